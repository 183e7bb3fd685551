import { useMemo } from 'react';
import { findCitationPath, listSharedCitations } from '../../graph-model/citation-path';
import { useAtlasDispatch, useCatalogue } from '../../state/atlas-store';
import { MethodButtonList } from '../../ui/method-button-list';

/** What the compared methods all cite, what cites them all, and the citation chain between two. */
export function CompareCitations({ positions }: { positions: readonly number[] }) {
  const catalogue = useCatalogue();
  const dispatch = useAtlasDispatch();
  const shared = useMemo(() => listSharedCitations(catalogue, positions), [catalogue, positions]);
  const path = useMemo(
    () =>
      positions.length === 2 ? findCitationPath(catalogue, positions[0]!, positions[1]!) : null,
    [catalogue, positions],
  );
  const open = (id: string) => dispatch({ type: 'focusMethod', id });
  const toItems = (list: readonly number[]) =>
    list.map((position) => {
      const method = catalogue.methods[position]!;
      return { id: method.id, name: method.name, meta: method.year };
    });
  return (
    <>
      <section aria-labelledby="compare-shared" className="compare-section">
        <h3 id="compare-shared">Shared citations</h3>
        {shared.references.length + shared.citers.length === 0 && (
          <p>No method in the catalogue is cited by all of them, and none cites them all.</p>
        )}
        {shared.references.length > 0 && (
          <>
            <h4>Cited by each of them ({shared.references.length})</h4>
            <MethodButtonList items={toItems(shared.references)} onOpen={open} />
          </>
        )}
        {shared.citers.length > 0 && (
          <>
            <h4>Citing each of them ({shared.citers.length})</h4>
            <MethodButtonList items={toItems(shared.citers)} onOpen={open} />
          </>
        )}
      </section>
      {positions.length === 2 && (
        <section aria-labelledby="compare-path" className="compare-section">
          <h3 id="compare-path">Citation path</h3>
          {path ? (
            <ol className="compare-path">
              {path.map((position, step) => (
                <li key={position}>
                  {catalogue.methods[position]!.name}
                  {step < path.length - 1 ? ', which cites' : ''}
                </li>
              ))}
            </ol>
          ) : (
            <p>Neither method reaches the other through citations in the catalogue.</p>
          )}
        </section>
      )}
    </>
  );
}
