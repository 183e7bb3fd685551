import { useMemo } from 'react';
import type { Catalogue } from '../../catalogue/catalogue-types';
import { useAtlasDispatch, useAtlasState, useCatalogue } from '../../state/atlas-store';

/** Each date the catalogue grew on, oldest first, with how many methods came after it. */
function listAdditionDates(catalogue: Catalogue): { date: string; after: number }[] {
  const dates = [...new Set(catalogue.methods.map((method) => method.added))].sort();
  return dates.map((date) => ({
    date,
    after: catalogue.methods.filter((method) => method.added > date).length,
  }));
}

/**
 * "New since": shows only the methods added after a date. It offers the dates the
 * catalogue grew on (a URL may hold any other date; it is listed too).
 */
export function NewSince() {
  const catalogue = useCatalogue();
  const since = useAtlasState((state) => state.filters.since);
  const dispatch = useAtlasDispatch();
  const dates = useMemo(() => listAdditionDates(catalogue), [catalogue]);
  const choices = dates.filter((entry) => entry.after > 0);
  if (since && !choices.some((entry) => entry.date === since)) {
    choices.push({ date: since, after: catalogue.methods.filter((m) => m.added > since).length });
    choices.sort((a, b) => (a.date < b.date ? -1 : 1));
  }
  return (
    <fieldset className="facet-group new-since">
      <legend>
        <span>New since</span>
        {since && (
          <button
            type="button"
            className="button-link facet-clear"
            aria-label="Clear New since filter"
            onClick={() => dispatch({ type: 'setSince', since: null })}
          >
            Clear
          </button>
        )}
      </legend>
      <label>
        Added after
        <select
          autoComplete="off"
          value={since ?? ''}
          onChange={(event) => dispatch({ type: 'setSince', since: event.target.value || null })}
        >
          <option value="">any date</option>
          {choices.map((entry) => (
            <option key={entry.date} value={entry.date}>
              {entry.date} ({entry.after} new)
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
