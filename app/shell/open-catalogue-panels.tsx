import type { ReadCatalogueResult } from '../catalogue/read-catalogue-files';
import { toRawMethod } from '../catalogue/method-record';
import type { StoredCatalogue } from '../state/user-catalogue-store';
import { CatalogueProblems } from './catalogue-problems';

/** A catalogue the worker read and validated, waiting for the reader to confirm it. */
export type Opened = Extract<ReadCatalogueResult, { ok: true }>;
/** Files the worker refused, with every problem it found. */
export interface Refused {
  names: string;
  result: ReadCatalogueResult;
}

interface PanelsProps {
  refused: Refused | null;
  pending: Opened | null;
  onApply: (catalogue: StoredCatalogue) => void;
  onClose: () => void;
}

/** The problem list of a refused file, or the confirm panel of a valid one. */
export function OpenCataloguePanels({ refused, pending, onApply, onClose }: PanelsProps) {
  return (
    <>
      {refused && !refused.result.ok && (
        <section className="open-catalogue-panel" role="alert" aria-label="Catalogue not opened">
          <h2>
            {refused.names} was not opened: {refused.result.problems.length}{' '}
            {refused.result.problems.length === 1 ? 'problem' : 'problems'}
          </h2>
          <p>The catalogue you had stays open. Fix these and open the file again.</p>
          <CatalogueProblems problems={refused.result.problems} entryCount={0} />
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </section>
      )}
      {pending && (
        <section className="open-catalogue-panel" aria-label="Confirm the catalogue">
          <h2>
            {pending.name}: {pending.methods.length}{' '}
            {pending.methods.length === 1 ? 'method' : 'methods'}
          </h2>
          <p>
            {pending.inferred
              ? 'No taxonomy was given, so these dimensions and values come from the keywords:'
              : 'Its taxonomy:'}
          </p>
          <ul className="open-catalogue-taxonomy">
            <li>
              <strong>Paradigms</strong>: {pending.taxonomy.paradigms.map((p) => p.code).join(', ')}
            </li>
            {pending.taxonomy.dimensions.map((dimension) => (
              <li key={dimension.key}>
                <strong>{dimension.name}</strong>:{' '}
                {dimension.values.map((value) => value.value).join(', ')}
              </li>
            ))}
          </ul>
          {pending.notes.length > 0 && (
            <details>
              <summary>{pending.notes.length} things in the file were not used</summary>
              <CatalogueProblems problems={pending.notes} entryCount={0} />
            </details>
          )}
          <p>It stays in this browser only; nothing is uploaded.</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              onApply({
                name: pending.name,
                savedAt: new Date().toISOString(),
                taxonomy: pending.taxonomy,
                methods: pending.methods.map(toRawMethod),
              });
            }}
          >
            Use this catalogue
          </button>{' '}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </section>
      )}
    </>
  );
}
