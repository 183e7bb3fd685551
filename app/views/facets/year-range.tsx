import { memoisePerCatalogueAndKey } from '../../catalogue/catalogue-cache';
import { getFirstPosted } from '../../catalogue/first-posted';
import type { Catalogue } from '../../catalogue/catalogue-types';
import { getFacetValues } from '../../query/facet-values';
import { useAtlasDispatch, useAtlasState, useCatalogue } from '../../state/atlas-store';

/** Which year a range filters on: the venue's year, or the year first posted. */
type YearField = 'years' | 'posted';

const TITLES: Record<YearField, string> = { years: 'Published', posted: 'First posted' };
const HINTS: Record<YearField, string> = {
  years: 'year of the venue',
  posted: 'arXiv month, else venue year',
};

/**
 * The years a range can pick from, oldest first, and their extent: worked out once per
 * catalogue, not on every filter change (a pass over every method at 10,000 methods).
 */
const getYears = memoisePerCatalogueAndKey(
  (catalogue: Catalogue, field: YearField): [number[], readonly [number, number]] => {
    if (field === 'years') {
      const years = getFacetValues(catalogue, 'year').map((value) => Number(value.value));
      return [years, catalogue.yearExtent];
    }
    const posted = getFirstPosted(catalogue);
    const years = [...new Set(posted.byPosition.map((date) => date.year))].sort((a, b) => a - b);
    return [years, posted.yearExtent];
  },
);

/** From/to year pickers for one kind of year; picking the full extent clears the range. */
export function YearRange({ field }: { field: YearField }) {
  const catalogue = useCatalogue();
  const range = useAtlasState((state) => state.filters[field]);
  const dispatch = useAtlasDispatch();
  const [years, [first, last]] = getYears(catalogue, field);
  const [from, to] = range ?? [first, last];
  const set = (value: readonly [number, number] | null) =>
    dispatch(
      field === 'years' ? { type: 'setYears', years: value } : { type: 'setPosted', posted: value },
    );
  const setRange = (nextFrom: number, nextTo: number) => {
    const [low, high] = nextFrom <= nextTo ? [nextFrom, nextTo] : [nextTo, nextFrom];
    set(low <= first && high >= last ? null : [low, high]);
  };
  const title = TITLES[field];
  return (
    <fieldset className="facet-group year-range">
      <legend>
        <span>
          {title} <span className="year-range-hint">({HINTS[field]})</span>
        </span>
        {range && (
          <button
            type="button"
            className="button-link facet-clear"
            aria-label={`Clear ${title} filter`}
            onClick={() => set(null)}
          >
            Clear
          </button>
        )}
      </legend>
      <YearSelect label="From" years={years} value={from} onChange={(year) => setRange(year, to)} />
      <YearSelect label="to" years={years} value={to} onChange={(year) => setRange(from, year)} />
    </fieldset>
  );
}

interface YearSelectProps {
  label: string;
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
}

function YearSelect({ label, years, value, onChange }: YearSelectProps) {
  return (
    <label>
      {label}
      <select
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
}
