import { toKeyName } from '../../catalogue/catalogue-vocabulary';
import { isStackKey, listStackKeys } from '../../state/atlas-state';
import { useAtlasDispatch, useAtlasState, useCatalogue } from '../../state/atlas-store';

/** "2022" for one year, "2021–2023" for several. */
function formatYears([from, to]: readonly [number, number]): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/**
 * What the bars stack by, whether they count each year or the running total,
 * and the first-posted range the brush has set.
 */
export function TimelineToolbar({ brushedCount }: { brushedCount: number }) {
  const catalogue = useCatalogue();
  const dispatch = useAtlasDispatch();
  const { stackBy, cumulative } = useAtlasState((state) => state.timeline);
  const posted = useAtlasState((state) => state.filters.posted);
  return (
    <div className="timeline-toolbar">
      <label>
        Stack by
        <select
          autoComplete="off"
          value={stackBy}
          onChange={(event) => {
            if (isStackKey(catalogue, event.target.value))
              dispatch({ type: 'setTimelineOptions', options: { stackBy: event.target.value } });
          }}
        >
          {listStackKeys(catalogue).map((key) => (
            <option key={key} value={key}>
              {toKeyName(catalogue, key)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="timeline-mode">
        <legend className="visually-hidden">Bars count</legend>
        {[
          { value: false, label: 'Per year' },
          { value: true, label: 'Cumulative' },
        ].map((mode) => (
          <label key={mode.label} className={cumulative === mode.value ? 'is-chosen' : undefined}>
            <input
              autoComplete="off"
              type="radio"
              name="timeline-mode"
              checked={cumulative === mode.value}
              onChange={() =>
                dispatch({ type: 'setTimelineOptions', options: { cumulative: mode.value } })
              }
            />
            {mode.label}
          </label>
        ))}
      </fieldset>
      <p className="timeline-range" aria-live="polite" data-testid="timeline-range">
        {posted ? (
          <>
            First posted <strong>{formatYears(posted)}</strong>: {brushedCount} method
            {brushedCount === 1 ? '' : 's'}
            <button
              type="button"
              className="button-link"
              onClick={() => dispatch({ type: 'setPosted', posted: null })}
            >
              Clear first-posted years
            </button>
          </>
        ) : (
          <>All years. Drag across the bars to filter every view to the years first posted.</>
        )}
      </p>
    </div>
  );
}
