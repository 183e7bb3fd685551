import { useState } from 'react';
import type { Method } from '../../catalogue/catalogue-types';
import { formatBibtex } from '../../export/bibtex';
import { toExportFileName } from '../../export/export-file-name';
import { useCatalogue } from '../../state/atlas-store';
import { downloadText } from '../../ui/copy-text';

/** Downloads the compared methods as one BibTeX file and says so. */
export function CompareExport({ methods }: { methods: readonly Method[] }) {
  const catalogue = useCatalogue();
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        className="button button-primary"
        onClick={() => {
          downloadText(
            formatBibtex(methods, catalogue),
            toExportFileName('bib', methods.length, new Date()),
            'application/x-bibtex',
          );
          setStatus(`Saved ${methods.length} BibTeX entries`);
        }}
      >
        Download these as BibTeX
      </button>
      <span role="status" className="compare-status">
        {status}
      </span>
    </>
  );
}
