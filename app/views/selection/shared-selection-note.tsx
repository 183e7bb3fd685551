import { useAtlasDispatch, useAtlasState } from '../../state/atlas-store';
import type { SharedSelectionChoice } from '../../state/atlas-state';

/**
 * While a link's selection is viewed, says that the reader's own is kept aside and
 * offers the other choices: add the shown methods to theirs, take them instead, or go
 * back to their own.
 */
export function SharedSelectionNote() {
  const shared = useAtlasState((state) => state.sharedSelection);
  const dispatch = useAtlasDispatch();
  if (!shared || shared.asking) return null;
  const count = shared.own.length;
  const choose = (choice: SharedSelectionChoice) =>
    dispatch({ type: 'settleSharedSelection', choice });
  return (
    <div className="shared-selection-note" role="group" aria-label="Selection from a link">
      <span>
        You are viewing a link&rsquo;s selection; your own {count}{' '}
        {count === 1 ? 'method stays' : 'methods stay'} saved.
      </span>
      <button type="button" className="button" onClick={() => choose('add')}>
        Add to mine
      </button>
      <button type="button" className="button" onClick={() => choose('replace')}>
        Replace mine
      </button>
      <button type="button" className="button" onClick={() => choose('own')}>
        Back to mine
      </button>
    </div>
  );
}
