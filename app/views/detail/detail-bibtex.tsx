import { useState } from 'react';
import type { Method } from '../../catalogue/catalogue-types';
import { formatBibtex } from '../../export/bibtex';
import { useCatalogue } from '../../state/atlas-store';
import { copyText } from '../../ui/copy-text';

/** The method's BibTeX entry with a copy button. */
export function DetailBibtex({ method }: { method: Method }) {
  const catalogue = useCatalogue();
  const [status, setStatus] = useState('');
  const bibtex = formatBibtex([method], catalogue);
  return (
    <section aria-labelledby="detail-bibtex">
      <div className="detail-bibtex-head">
        <h3 id="detail-bibtex">BibTeX</h3>
        <button
          type="button"
          className="button"
          onClick={() =>
            void copyText(bibtex).then((ok) =>
              setStatus(ok ? 'Copied' : 'Copy failed: select the text instead'),
            )
          }
        >
          Copy BibTeX
        </button>
        <span role="status" className="detail-copy-status">
          {status}
        </span>
      </div>
      <pre className="detail-bibtex" tabIndex={0} aria-label={`BibTeX entry of ${method.name}`}>
        {bibtex}
      </pre>
    </section>
  );
}
