import { useEffect, useRef } from 'react';
import { useAtlas, useAtlasDispatch } from '../../state/atlas-store';

/** Header checkbox: selects every visible method, or deselects them when all are selected. */
export function SelectAllVisible({ ids }: { ids: readonly string[] }) {
  const { state } = useAtlas();
  const dispatch = useAtlasDispatch();
  const ref = useRef<HTMLInputElement>(null);
  const selected = new Set(state.selection);
  const held = ids.filter((id) => selected.has(id)).length;
  const all = ids.length > 0 && held === ids.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = held > 0 && !all;
  }, [held, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={all}
      disabled={ids.length === 0}
      aria-label="Select all visible methods"
      onChange={() => dispatch(all ? { type: 'deselectMany', ids } : { type: 'selectMany', ids })}
    />
  );
}
