import { getFacetValues } from '../../query/facet-values';
import { getFacetKeys, isUnfiltered } from '../../query/filter-state';
import { normaliseSearch } from '../../query/search-methods';
import { useAtlasDispatch, useAtlasState, useCatalogue } from '../../state/atlas-store';
import { toKeyTitle } from '../../catalogue/catalogue-vocabulary';

/** "2022" for one year, "2021–2023" for several. */
function formatYearRange([from, to]: readonly [number, number]): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** The active filters as removable chips, with one button to clear them all. */
export function ActiveFilters() {
  const catalogue = useCatalogue();
  const filters = useAtlasState((state) => state.filters);
  const selected = useAtlasState((state) => state.selection.length);
  const dispatch = useAtlasDispatch();
  // The row keeps its place with no filter set: if it came and went with the first chip, every
  // view below would change height on a facet click, and the graph and the table be laid out anew.
  if (isUnfiltered(filters) && !filters.search)
    return <p className="active-filters is-empty">No filter set: every method is shown.</p>;
  const labelOf = (facet: Parameters<typeof getFacetValues>[1], value: string) =>
    getFacetValues(catalogue, facet).find((v) => v.value === value)?.label ?? value;
  const chips: { key: string; text: string; remove: () => void }[] = [];
  for (const facet of getFacetKeys(catalogue)) {
    for (const value of filters.facets[facet] ?? []) {
      chips.push({
        key: `${facet}:${value}`,
        text: `${toKeyTitle(catalogue, facet)}: ${labelOf(facet, value)}`,
        remove: () => dispatch({ type: 'toggleFacet', facet, value }),
      });
    }
  }
  if (filters.years) {
    chips.push({
      key: 'years',
      text: `Published ${formatYearRange(filters.years)}`,
      remove: () => dispatch({ type: 'setYears', years: null }),
    });
  }
  if (filters.posted) {
    chips.push({
      key: 'posted',
      text: `First posted ${formatYearRange(filters.posted)}`,
      remove: () => dispatch({ type: 'setPosted', posted: null }),
    });
  }
  if (filters.since) {
    chips.push({
      key: 'since',
      text: `Added after ${filters.since}`,
      remove: () => dispatch({ type: 'setSince', since: null }),
    });
  }
  const search = normaliseSearch(filters.search);
  if (search) {
    chips.push({
      key: 'search',
      text: `Search: “${search}”`,
      remove: () => dispatch({ type: 'setSearch', text: '' }),
    });
  }
  const cell = filters.cell;
  if (cell) {
    chips.push({
      key: 'cell',
      text: `Matrix cell: ${labelOf(cell.rowAxis, cell.rowValue)} × ${labelOf(cell.colAxis, cell.colValue)}`,
      remove: () => dispatch({ type: 'toggleCell', cell }),
    });
  }
  const finder = filters.finder;
  if (finder) {
    const modality = finder.modality ? `, ${labelOf('modality', finder.modality)}` : '';
    chips.push({
      key: 'finder',
      text: `Can run with: ${labelOf('access', finder.access)}, ${labelOf('data', finder.data)}${modality}`,
      remove: () => dispatch({ type: 'setFinder', finder: null }),
    });
  }
  if (filters.selectedOnly) {
    chips.push({
      key: 'selected',
      text: `Only the selected (${selected})`,
      remove: () => dispatch({ type: 'setSelectedOnly', on: false }),
    });
  }
  return (
    <div className="active-filters" aria-label="Active filters" role="group">
      {chips.map((chip) => (
        <span key={chip.key} className="chip">
          <span className="chip-text">{chip.text}</span>
          <button type="button" aria-label={`Remove filter ${chip.text}`} onClick={chip.remove}>
            ×
          </button>
        </span>
      ))}
      <button
        type="button"
        className="button-link"
        onClick={() => dispatch({ type: 'clearFilters' })}
      >
        Clear all filters
      </button>
    </div>
  );
}
