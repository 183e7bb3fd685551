import { MAX_COMPARED } from '../../state/atlas-state';
import { useAtlasDispatch, useAtlasState } from '../../state/atlas-store';

/** Adds the method to the comparison or takes it out, and opens the comparison once it has two. */
export function DetailCompare({ id }: { id: string }) {
  const dispatch = useAtlasDispatch();
  const compared = useAtlasState((state) => state.compare);
  const inView = useAtlasState((state) => state.view === 'compare');
  const held = compared.includes(id);
  const full = !held && compared.length >= MAX_COMPARED;
  return (
    <div className="detail-compare">
      <button
        type="button"
        className="button"
        aria-pressed={held}
        disabled={full}
        title={full ? `The comparison already holds ${MAX_COMPARED} methods` : undefined}
        onClick={() => dispatch({ type: 'toggleCompared', id })}
      >
        {held ? 'In the comparison' : 'Add to comparison'}
      </button>
      {compared.length >= 2 && !inView && (
        <button
          type="button"
          className="button-link"
          onClick={() => dispatch({ type: 'setView', view: 'compare' })}
        >
          Open the comparison ({compared.length})
        </button>
      )}
    </div>
  );
}
