import { useEffect, useMemo, useRef } from 'react';
import { countHeld } from '../../query/bitset';
import { listPositions } from '../../query/list-positions';
import { toVisibleIds } from '../../query/run-query';
import {
  useAtlasDispatch,
  useAtlasSelector,
  useAtlasState,
  useCatalogue,
  useLatestSnapshot,
} from '../../state/atlas-store';

/** Header checkbox: selects every visible method, or deselects them when all are selected. */
export function SelectAllVisible() {
  const catalogue = useCatalogue();
  const selection = useAtlasState((state) => state.selection);
  const selected = useMemo(() => listPositions(catalogue, selection), [catalogue, selection]);
  // Two numbers, not the query: the checkbox renders again only when one of them changes.
  // The count walks the selection (a few methods), not the visible methods.
  const held = useAtlasSelector((snapshot) => countHeld(snapshot.query.visible, selected));
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
