import { findNeighbours, isSameNeighbours } from '../../query/find-neighbours';
import { useAtlasDispatch, useAtlasSelector, useCatalogue } from '../../state/atlas-store';

/** Steps to the method before or after this one in the order the views show, without closing the detail. */
export function DetailNeighbours({ position }: { position: number }) {
  const catalogue = useCatalogue();
  const dispatch = useAtlasDispatch();
  const around = useAtlasSelector(
    (snapshot) => findNeighbours(snapshot.query.positions, position),
    isSameNeighbours,
  );
  if (!around) return null;
  const previous = around.previous === undefined ? undefined : catalogue.methods[around.previous];
  const next = around.next === undefined ? undefined : catalogue.methods[around.next];
  return (
    <nav className="detail-neighbours" aria-label="Step through the shown methods">
      <button
        type="button"
        className="button"
        disabled={!previous}
        aria-label={previous ? `Previous: ${previous.name}` : 'Previous: none, this is the first'}
        onClick={() => previous && dispatch({ type: 'focusMethod', id: previous.id })}
      >
        ‹ Previous
      </button>
      <span className="detail-neighbours-at">
        {around.index + 1} of {around.count}
      </span>
      <button
        type="button"
        className="button"
        disabled={!next}
        aria-label={next ? `Next: ${next.name}` : 'Next: none, this is the last'}
        onClick={() => next && dispatch({ type: 'focusMethod', id: next.id })}
      >
        Next ›
      </button>
    </nav>
  );
}
