import { useCallback, useMemo } from 'react';
import { countHeld } from '../../query/bitset';
import { listPositions } from '../../query/list-positions';
import {
  useAtlasDispatch,
  useAtlasSelector,
  useAtlasState,
  useCatalogue,
  type AtlasSnapshot,
} from '../../state/atlas-store';
import { MAX_COMPARED } from '../../state/atlas-state';
import { SelectionExport } from './selection-export';
import { SelectionReview } from './selection-review';
import { SharedSelectionNote } from './shared-selection-note';
import './selection-bar.css';

/**
 * The selection's count and controls, and export of the selection or of
 * everything visible (see SelectionExport).
 */
export function SelectionBar() {
  const catalogue = useCatalogue();
  const selection = useAtlasState((state) => state.selection);
  const selectedOnly = useAtlasState((state) => state.filters.selectedOnly);
  const dispatch = useAtlasDispatch();
  const selected = useMemo(() => listPositions(catalogue, selection), [catalogue, selection]);
  // A number, not the query: a filter change or a keystroke renders the bar again only
  // when it changes how many selected methods the filters hide.
  const countHidden = useCallback(
    (snapshot: AtlasSnapshot) => selected.length - countHeld(snapshot.query.visible, selected),
    [selected],
  );
  const hiddenSelected = useAtlasSelector(countHidden);
  return (
    <div className="selection-bar" role="region" aria-label="Selection and export">
      <SharedSelectionNote />
      <div className="selection-summary">
        <span data-testid="selection-count">
          <strong>{selected.length}</strong> selected
          {hiddenSelected > 0 && (
            <span className="selection-hidden"> ({hiddenSelected} hidden by filters)</span>
          )}
        </span>
        <SelectionReview positions={selected} />
        <button
          type="button"
          className="button"
          aria-pressed={selectedOnly}
          disabled={!selectedOnly && selected.length === 0}
          title="Filter every view to the selected methods"
          onClick={() => dispatch({ type: 'setSelectedOnly', on: !selectedOnly })}
        >
          Show only selected
        </button>
        <button
          type="button"
          className="button"
          disabled={selected.length === 0}
          onClick={() => dispatch({ type: 'clearSelection' })}
        >
          Clear selection
        </button>
        {selected.length >= 2 && (
          <button
            type="button"
            className="button"
            disabled={selected.length > MAX_COMPARED}
            title={
              selected.length > MAX_COMPARED
                ? `Compare takes 2 to ${MAX_COMPARED} methods`
                : 'Line up the selected methods side by side'
            }
            onClick={() =>
              dispatch({
                type: 'compareMethods',
                ids: selected.map((position) => catalogue.methods[position]!.id),
              })
            }
          >
            Compare
          </button>
        )}
      </div>
      <SelectionExport selected={selected} />
    </div>
  );
}
