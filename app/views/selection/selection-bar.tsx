import { useState } from 'react';
import type { Method } from '../../catalogue/catalogue-types';
import { formatBibtex } from '../../export/bibtex';
import { formatCsv } from '../../export/csv';
import { toExportFileName } from '../../export/export-file-name';
import { formatJson } from '../../export/json';
import { hasInBitset } from '../../query/bitset';
import {
  useAtlasDispatch,
  useAtlasQuery,
  useAtlasState,
  useCatalogue,
} from '../../state/atlas-store';
import { MAX_COMPARED } from '../../state/atlas-state';
import { copyText, downloadText } from '../../ui/copy-text';
import { SelectionReview } from './selection-review';
import './selection-bar.css';

type ExportScope = 'selection' | 'visible';

/**
 * The selection's count and controls, and export of the selection or of
 * everything visible as BibTeX (download or copy), CSV or JSON.
 */
export function SelectionBar() {
  const catalogue = useCatalogue();
  const query = useAtlasQuery();
  const selection = useAtlasState((state) => state.selection);
  const dispatch = useAtlasDispatch();
  const [chosenScope, setScope] = useState<ExportScope | null>(null);
  const [status, setStatus] = useState('');
  const selected = selection
    .map((id) => catalogue.indexOf.get(id))
    .filter((position): position is number => position !== undefined);
  const hiddenSelected = selected.filter(
    (position) => !hasInBitset(query.visible, position),
  ).length;
  const scope: ExportScope = chosenScope ?? (selected.length > 0 ? 'selection' : 'visible');
  const exported: Method[] = (scope === 'selection' ? selected : query.positions).map(
    (position) => catalogue.methods[position]!,
  );
  const count = exported.length;
  const now = new Date();
  const announce = (text: string) => setStatus(text);

  const download = (kind: 'bib' | 'csv' | 'json') => {
    const text =
      kind === 'bib'
        ? formatBibtex(exported, catalogue)
        : kind === 'csv'
          ? formatCsv(exported, catalogue)
          : formatJson(exported);
    const mime =
      kind === 'bib' ? 'application/x-bibtex' : kind === 'csv' ? 'text/csv' : 'application/json';
    downloadText(text, toExportFileName(kind, count, now), mime);
    announce(
      `Downloaded ${count} ${count === 1 ? 'entry' : 'entries'} as ${kind === 'bib' ? 'BibTeX' : kind.toUpperCase()}`,
    );
  };

  return (
    <div className="selection-bar" role="region" aria-label="Selection and export">
      <div className="selection-summary">
        <span data-testid="selection-count">
          <strong>{selected.length}</strong> selected
          {hiddenSelected > 0 && (
            <span className="selection-hidden"> ({hiddenSelected} hidden by filters)</span>
          )}
        </span>
        <SelectionReview positions={selected} />
        <button
          type="button"
          className="button"
          disabled={selected.length === 0}
          onClick={() => dispatch({ type: 'clearSelection' })}
        >
          Clear selection
        </button>
        {selected.length >= 2 && (
          <button
            type="button"
            className="button"
            disabled={selected.length > MAX_COMPARED}
            title={
              selected.length > MAX_COMPARED
                ? `Compare takes between two and ${MAX_COMPARED} methods`
                : 'Line up the selected methods side by side'
            }
            onClick={() =>
              dispatch({
                type: 'compareMethods',
                ids: selected.map((position) => catalogue.methods[position]!.id),
              })
            }
          >
            Compare
          </button>
        )}
      </div>
      <div className="selection-export">
        <label>
          Export{' '}
          <select value={scope} onChange={(event) => setScope(event.target.value as ExportScope)}>
            <option value="selection">selected ({selected.length})</option>
            <option value="visible">visible ({query.positions.length})</option>
          </select>
        </label>
        <button
          type="button"
          className="button button-primary"
          disabled={count === 0}
          onClick={() => download('bib')}
        >
          Download .bib
        </button>
        <button
          type="button"
          className="button"
          disabled={count === 0}
          onClick={() =>
            void copyText(formatBibtex(exported, catalogue)).then((ok) =>
              announce(
                ok ? `Copied ${count} BibTeX ${count === 1 ? 'entry' : 'entries'}` : 'Copy failed',
              ),
            )
          }
        >
          Copy BibTeX
        </button>
        <button
          type="button"
          className="button"
          disabled={count === 0}
          onClick={() => download('csv')}
        >
          CSV
        </button>
        <button
          type="button"
          className="button"
          disabled={count === 0}
          onClick={() => download('json')}
        >
          JSON
        </button>
        <span role="status" className="selection-status">
          {status}
        </span>
      </div>
    </div>
  );
}
