import { getFacetValues } from '../../query/facet-values';
import { useAtlasDispatch, useAtlasState, useCatalogue } from '../../state/atlas-store';

/** From/to year pickers; picking the full extent clears the range. */
export function YearRange() {
  const catalogue = useCatalogue();
  const range = useAtlasState((state) => state.filters.years);
  const dispatch = useAtlasDispatch();
  const years = getFacetValues(catalogue, 'year').map((value) => Number(value.value));
  const [first, last] = catalogue.yearExtent;
  const [from, to] = range ?? [first, last];
  const setRange = (nextFrom: number, nextTo: number) => {
    const [low, high] = nextFrom <= nextTo ? [nextFrom, nextTo] : [nextTo, nextFrom];
    dispatch({ type: 'setYears', years: low <= first && high >= last ? null : [low, high] });
  };
  return (
    <fieldset className="facet-group year-range">
      <legend>
        <span>Year</span>
        {range && (
          <button
            type="button"
            className="button-link facet-clear"
            aria-label="Clear Year filter"
            onClick={() => dispatch({ type: 'setYears', years: null })}
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
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
}
