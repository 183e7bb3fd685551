import { useEffect, useRef } from 'react';
import { hasInBitset } from '../../query/bitset';
import { toVisibleIds } from '../../query/run-query';
import type { Catalogue } from '../../catalogue/catalogue-types';
import {
  useAtlasDispatch,
  useAtlasSelector,
  useAtlasState,
  useCatalogue,
  useLatestSnapshot,
} from '../../state/atlas-store';
import type { QueryResult } from '../../query/run-query';

/** How many of the selected methods are visible. Walks the selection (a few ids), not the visible methods (up to the whole catalogue). */
function countVisibleSelected(
  catalogue: Catalogue,
  selection: readonly string[],
  query: QueryResult,
): number {
  let held = 0;
  for (const id of selection) {
    const position = catalogue.indexOf.get(id);
    if (position !== undefined && hasInBitset(query.visible, position)) held++;
  }
  return held;
}

/** Header checkbox: selects every visible method, or deselects them when all are selected. */
export function SelectAllVisible() {
  const catalogue = useCatalogue();
  const selection = useAtlasState((state) => state.selection);
  // Two numbers, not the query: the checkbox renders again only when one of them changes.
  const held = useAtlasSelector((snapshot) =>
    countVisibleSelected(catalogue, selection, snapshot.query),
  );
  const total = useAtlasSelector((snapshot) => snapshot.query.positions.length);
  const readLatest = useLatestSnapshot();
  const dispatch = useAtlasDispatch();
  const ref = useRef<HTMLInputElement>(null);
  const all = total > 0 && held === total;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = held > 0 && !all;
  }, [held, all]);
  return (
    <input
      autoComplete="off"
      ref={ref}
      type="checkbox"
      checked={all}
      disabled={total === 0}
      aria-label="Select all visible methods"
      onChange={() => {
        const ids = toVisibleIds(readLatest().query);
        dispatch(all ? { type: 'deselectMany', ids } : { type: 'selectMany', ids });
      }}
    />
  );
}
