import { useState } from 'react';
import type { Catalogue, Method } from '../../catalogue/catalogue-types';
import { formatBibtex } from '../../export/bibtex';
import { formatCsv } from '../../export/csv';
import { toExportFileName, type ExportKind } from '../../export/export-file-name';
import { formatJson } from '../../export/json';
import { useAtlasSelector, useCatalogue, useLatestSnapshot } from '../../state/atlas-store';
import { copyText, downloadText } from '../../ui/copy-text';
import { Popover } from '../../ui/popover';

type ExportScope = 'selection' | 'visible';

interface ExportFormat {
  kind: ExportKind;
  /** The button's text and the format's name in the status line. */
  label: string;
  /** Who reads it, shown beside the button. */
  hint: string;
  mime: string;
  make: (methods: readonly Method[], catalogue: Catalogue) => string | Promise<string>;
}

const BIBTEX: ExportFormat = {
  kind: 'bib',
  label: 'BibTeX',
  hint: '',
  mime: 'application/x-bibtex',
  make: formatBibtex,
};

/**
 * The formats behind "More formats". RIS, CSL-JSON and the LaTeX table are fetched only
 * when asked for (RIS brings citation-js, about 38 KB gzipped), so the first page load
 * carries none of them.
 */
const MORE_FORMATS: readonly ExportFormat[] = [
  {
    kind: 'ris',
    label: 'RIS',
    hint: 'EndNote, Zotero, Mendeley',
    mime: 'application/x-research-info-systems',
    make: async (methods, catalogue) =>
      (await import('../../export/ris')).formatRis(methods, catalogue),
  },
  {
    kind: 'csl-json',
    label: 'CSL-JSON',
    hint: 'Zotero, Pandoc, citeproc',
    mime: 'application/vnd.citationstyles.csl+json',
    make: async (methods, catalogue) =>
      (await import('../../export/csl-json')).formatCslJson(methods, catalogue),
  },
  {
    kind: 'tex',
    label: 'LaTeX table',
    hint: 'the survey’s layout, keys of the .bib',
    mime: 'application/x-tex',
    make: async (methods, catalogue) =>
      (await import('../../export/latex-table')).formatLatexTable(methods, catalogue),
  },
  {
    kind: 'csv',
    label: 'CSV',
    hint: 'spreadsheets',
    mime: 'text/csv',
    make: formatCsv,
  },
  {
    kind: 'json',
    label: 'JSON',
    hint: 'Atlas’s own records',
    mime: 'application/json',
    make: (methods) => formatJson(methods),
  },
];

const entries = (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'}`;

/** The "visible" choice, with its count: the only part of the export that changes as one filters or types. */
function VisibleScopeOption() {
  const visible = useAtlasSelector((snapshot) => snapshot.query.positions.length);
  return <option value="visible">visible ({visible})</option>;
}

/**
 * Export of the selection or of everything visible: BibTeX as a download or a copy, and
 * behind "More formats" RIS, CSL-JSON, a LaTeX table in the survey's layout, CSV and JSON.
 */
export function SelectionExport({ selected }: { selected: readonly number[] }) {
  const catalogue = useCatalogue();
  // Whether any method is visible, not the visible methods: those are read when a button is
  // pressed, so the bar does not render again on every filter change and keystroke.
  const isNoneVisible = useAtlasSelector((snapshot) => snapshot.query.positions.length === 0);
  const readLatest = useLatestSnapshot();
  const [chosenScope, setScope] = useState<ExportScope | null>(null);
  const [status, setStatus] = useState('');
  const scope: ExportScope = chosenScope ?? (selected.length > 0 ? 'selection' : 'visible');
  const isEmpty = scope === 'selection' ? selected.length === 0 : isNoneVisible;
  const listExported = (): Method[] =>
    (scope === 'selection' ? selected : readLatest().query.positions).map(
      (position) => catalogue.methods[position]!,
    );

  const download = async (format: ExportFormat) => {
    const methods = listExported();
    setStatus(`Preparing ${format.label}…`);
    try {
      const text = await format.make(methods, catalogue);
      downloadText(text, toExportFileName(format.kind, methods.length, new Date()), format.mime);
      setStatus(`Downloaded ${entries(methods.length)} as ${format.label}`);
    } catch (error) {
      setStatus(
        `Could not make the ${format.label} file: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  return (
    <div className="selection-export">
      <label>
        Export{' '}
        <select
          autoComplete="off"
          value={scope}
          onChange={(event) => setScope(event.target.value as ExportScope)}
        >
          <option value="selection">selected ({selected.length})</option>
          <VisibleScopeOption />
        </select>
      </label>
      <button
        type="button"
        className="button button-primary"
        disabled={isEmpty}
        onClick={() => void download(BIBTEX)}
      >
        Download .bib
      </button>
      <button
        type="button"
        className="button"
        disabled={isEmpty}
        onClick={() => {
          const methods = listExported();
          const count = methods.length;
          void copyText(formatBibtex(methods, catalogue)).then((ok) =>
            setStatus(
              ok ? `Copied ${count} BibTeX ${count === 1 ? 'entry' : 'entries'}` : 'Copy failed',
            ),
          );
        }}
      >
        Copy BibTeX
      </button>
      <Popover className="export-menu" label="More formats" closeOnChoose>
        <ul aria-label="More export formats">
          {MORE_FORMATS.map((format) => (
            <li key={format.kind}>
              <button
                type="button"
                className="button"
                disabled={isEmpty}
                onClick={() => void download(format)}
              >
                {format.label}
              </button>
              <span className="export-hint">{format.hint}</span>
            </li>
          ))}
        </ul>
      </Popover>
      <span role="status" className="selection-status">
        {status}
      </span>
    </div>
  );
}
