import { useEffect, useRef } from 'react';
import { hasInBitset } from '../../query/bitset';
import { toVisibleIds } from '../../query/run-query';
import {
  useAtlasDispatch,
  useAtlasQuery,
  useAtlasState,
  useCatalogue,
} from '../../state/atlas-store';

/** Header checkbox: selects every visible method, or deselects them when all are selected. */
export function SelectAllVisible() {
  const catalogue = useCatalogue();
  const query = useAtlasQuery();
  const selection = useAtlasState((state) => state.selection);
  const dispatch = useAtlasDispatch();
  const ref = useRef<HTMLInputElement>(null);
  // Walks the selection (a few ids), not the visible methods (up to the whole catalogue).
  let held = 0;
  for (const id of selection) {
    const position = catalogue.indexOf.get(id);
    if (position !== undefined && hasInBitset(query.visible, position)) held++;
  }
  const total = query.positions.length;
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
        const ids = toVisibleIds(query);
        dispatch(all ? { type: 'deselectMany', ids } : { type: 'selectMany', ids });
      }}
    />
  );
}
