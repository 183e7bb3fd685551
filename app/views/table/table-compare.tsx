import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_COMPARED } from '../../state/atlas-state';
import { useAtlasDispatch, useAtlasState } from '../../state/atlas-store';

interface Refusal {
  name: string;
  /** The comparison that was full; the message goes once it changes. */
  against: readonly string[];
}

/**
 * The rows' compare toggles: adds a method to the comparison or takes it out,
 * and remembers a method refused because the comparison already holds the most
 * it can. The toggle function stays the same, so rows do not render again.
 */
export function useRowCompare() {
  const compared = useAtlasState((state) => state.compare);
  const dispatch = useAtlasDispatch();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const current = useRef(compared);
  useEffect(() => {
    current.current = compared;
  }, [compared]);
  const onToggleCompared = useCallback(
    (id: string, name: string) => {
      const held = current.current;
      if (!held.includes(id) && held.length >= MAX_COMPARED) {
        setRefusal({ name, against: held });
        return;
      }
      dispatch({ type: 'toggleCompared', id });
    },
    [dispatch],
  );
  const refused = refusal && refusal.against === compared ? refusal.name : null;
  return { compared, refused, onToggleCompared };
}

/** How many methods the comparison holds, the way to it, and why a method was not added. */
export function TableCompareStatus({
  compared,
  refused,
}: {
  compared: readonly string[];
  refused: string | null;
}) {
  const dispatch = useAtlasDispatch();
  return (
    <span className="table-compare">
      {compared.length > 0 && (
        <span>
          {compared.length} of at most {MAX_COMPARED} to compare
          {compared.length >= 2 && (
            <>
              {' '}
              <button
                type="button"
                className="button-link"
                onClick={() => dispatch({ type: 'setView', view: 'compare' })}
              >
                Open the comparison
              </button>
            </>
          )}
        </span>
      )}
      <span role="status" className="table-compare-refused">
        {refused &&
          `The comparison holds at most ${MAX_COMPARED} methods: take one out before adding ${refused}.`}
      </span>
    </span>
  );
}
