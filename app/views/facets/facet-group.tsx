import { memo, useState } from 'react';
import { getFacetValues, type FacetValue } from '../../query/facet-values';
import type { FacetKey } from '../../query/filter-state';
import {
  useAtlasDispatch,
  useAtlasSelector,
  useAtlasState,
  useCatalogue,
} from '../../state/atlas-store';
import { toKeyTitle } from '../../catalogue/catalogue-vocabulary';

/** Values beyond this many are folded behind "Show all". */
const FOLDED_AFTER = 8;
const NONE: readonly string[] = [];

/** Two count maps holding the same counts: a facet whose counts did not change skips rendering. */
const NO_COUNTS: ReadonlyMap<string, number> = new Map();

function isSameCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [key, count] of a) if (b.get(key) !== count) return false;
  return true;
}

interface FacetValueProps {
  facet: FacetKey;
  value: FacetValue;
  count: number;
  checked: boolean;
}

interface FacetCheckboxProps {
  facet: FacetKey;
  value: string;
  checked: boolean;
  disabled: boolean;
}

/**
 * The checkbox alone, memoised apart from its count: React writes every input it renders
 * again (its type and name attributes, and so a restyle), so a count that changes must not
 * render the checkbox beside it.
 */
const FacetCheckbox = memo(function FacetCheckbox({
  facet,
  value,
  checked,
  disabled,
}: FacetCheckboxProps) {
  const dispatch = useAtlasDispatch();
  return (
    <input
      autoComplete="off"
      type="checkbox"
      checked={checked}
      disabled={disabled}
      onChange={() => dispatch({ type: 'toggleFacet', facet, value })}
    />
  );
});

/** One value; memoised, so a toggle re-renders only the values whose count or check changed. */
const FacetValueItem = memo(function FacetValueItem({
  facet,
  value,
  count,
  checked,
}: FacetValueProps) {
  const isEmpty = count === 0 && !checked;
  return (
    <li>
      <label className={isEmpty ? 'is-empty' : undefined} title={value.definition}>
        <FacetCheckbox facet={facet} value={value.value} checked={checked} disabled={isEmpty} />
        <span className="facet-name">{value.label}</span>
        <span className="facet-count">{count}</span>
      </label>
    </li>
  );
});

/**
 * One facet: a checkbox per value with the count choosing it would give.
 * A value with no method under the other filters is disabled but stays
 * listed; a selected value is never disabled, so it can always be removed.
 */
export function FacetGroup({ facet, foldable = false }: { facet: FacetKey; foldable?: boolean }) {
  const catalogue = useCatalogue();
  const dispatch = useAtlasDispatch();
  const [unfolded, setUnfolded] = useState(false);
  const selected = useAtlasState((state) => state.filters.facets[facet]) ?? NONE;
  const counts = useAtlasSelector(
    (snapshot) => snapshot.query.facetCounts[facet] ?? NO_COUNTS,
    isSameCounts,
  );
  const values = getFacetValues(catalogue, facet);
  const ordered = foldable
    ? [...values].sort((a, b) => (counts.get(b.value) ?? 0) - (counts.get(a.value) ?? 0))
    : values;
  const shown =
    foldable && !unfolded
      ? ordered.filter((value, index) => index < FOLDED_AFTER || selected.includes(value.value))
      : ordered;
  const title = toKeyTitle(catalogue, facet);
  return (
    <fieldset className="facet-group">
      <legend>
        <span>{title}</span>
        {selected.length > 0 && (
          <button
            type="button"
            className="button-link facet-clear"
            aria-label={`Clear ${title} filter`}
            onClick={() => dispatch({ type: 'clearFacet', facet })}
          >
            Clear
          </button>
        )}
      </legend>
      <ul>
        {shown.map((value) => (
          <FacetValueItem
            key={value.value}
            facet={facet}
            value={value}
            count={counts.get(value.value) ?? 0}
            checked={selected.includes(value.value)}
          />
        ))}
      </ul>
      {foldable && ordered.length > FOLDED_AFTER && (
        <button
          type="button"
          className="button-link facet-more"
          onClick={() => setUnfolded((open) => !open)}
        >
          {unfolded ? 'Show fewer' : `Show all ${ordered.length}`}
        </button>
      )}
    </fieldset>
  );
}
