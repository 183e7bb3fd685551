import type { Catalogue } from '../catalogue/catalogue-types';
import { getFirstPosted } from '../catalogue/first-posted';
import {
  addToBitset,
  countIntersection,
  hasInBitset,
  intersectBitsets,
  makeBitset,
  makeFullBitset,
  uniteBitsets,
  type Bitset,
} from './bitset';
import { getValueBitsets } from './facet-index';
import { getFacetValues } from './facet-values';
import { getFacetKeys, type FacetKey, type FilterState } from './filter-state';
import { isRunnable } from './find-runnable';
import { listPositions } from './list-positions';
import { searchMethods, type SearchOutcome } from './search-methods';
import { DEFAULT_SORT, getSortOrder, type SortState } from './sort-methods';

/** What every view renders: the visible methods in order and the counts beside each facet value. */
export interface QueryResult {
  catalogue: Catalogue;
  /** Visible method positions, in display order. */
  positions: number[];
  /** The same methods as a set. */
  visible: Bitset;
  /**
   * Per facet the catalogue has (see `getFacetKeys`) and value: how many methods would
   * be visible with that value chosen, the facet's own selection left out.
   */
  facetCounts: Partial<Record<FacetKey, Map<string, number>>>;
  /** Methods passing every clause but the first-posted range (what the timeline draws). */
  withoutPosted: Bitset;
  /** Methods passing every clause but the matrix cell (what the matrix counts). */
  withoutCell: Bitset;
  /** Methods passing every clause but the finder's choice (where its near misses come from). */
  withoutFinder: Bitset;
  search: SearchOutcome | null;
  /** Methods the search matches that the other clauses hide (0 without a search). */
  hiddenMatches: number;
  /** The order applied: the reader's, search relevance, or the default. */
  order: SortState | 'relevance';
}

type ClauseKey =
  FacetKey | 'years' | 'posted' | 'search' | 'cell' | 'finder' | 'since' | 'selected';

/** Each active clause as a set of methods; inactive clauses are absent. */
function buildClauses(
  catalogue: Catalogue,
  filters: FilterState,
  search: SearchOutcome | null,
  selection: readonly string[],
) {
  const size = catalogue.methods.length;
  const clauses = new Map<ClauseKey, Bitset>();
  for (const key of getFacetKeys(catalogue)) {
    const selected = filters.facets[key];
    if (!selected || selected.length === 0) continue;
    const byValue = getValueBitsets(catalogue, key);
    const clause = makeBitset(size);
    for (const value of selected) {
      const bits = byValue.get(value);
      if (bits) uniteBitsets(clause, bits, clause);
    }
    clauses.set(key, clause);
  }
  if (filters.years) {
    const [from, to] = filters.years;
    const clause = makeBitset(size);
    for (const [year, bits] of getValueBitsets(catalogue, 'year')) {
      if (Number(year) >= from && Number(year) <= to) uniteBitsets(clause, bits, clause);
    }
    clauses.set('years', clause);
  }
  if (filters.posted) {
    const [from, to] = filters.posted;
    const clause = makeBitset(size);
    getFirstPosted(catalogue).byPosition.forEach(({ year }, position) => {
      if (year >= from && year <= to) addToBitset(clause, position);
    });
    clauses.set('posted', clause);
  }
  if (search) clauses.set('search', search.bits);
  if (filters.since !== null) {
    const clause = makeBitset(size);
    catalogue.methods.forEach((method, position) => {
      if (method.added > filters.since!) addToBitset(clause, position);
    });
    clauses.set('since', clause);
  }
  if (filters.cell) {
    const { rowAxis, rowValue, colAxis, colValue } = filters.cell;
    const rows = getValueBitsets(catalogue, rowAxis).get(rowValue);
    const cols = getValueBitsets(catalogue, colAxis).get(colValue);
    clauses.set('cell', rows && cols ? intersectBitsets(rows, cols) : makeBitset(size));
  }
  if (filters.selectedOnly) {
    const clause = makeBitset(size);
    for (const position of listPositions(catalogue, selection)) addToBitset(clause, position);
    clauses.set('selected', clause);
  }
  if (filters.finder) {
    const clause = makeBitset(size);
    for (let position = 0; position < size; position++) {
      if (isRunnable(catalogue, position, filters.finder)) addToBitset(clause, position);
    }
    clauses.set('finder', clause);
  }
  return clauses;
}

/** AND of every active clause except `leftOut`. */
function intersectClauses(
  size: number,
  clauses: Map<ClauseKey, Bitset>,
  leftOut?: ClauseKey,
): Bitset {
  const result = makeFullBitset(size);
  for (const [key, clause] of clauses)
    if (key !== leftOut) intersectBitsets(result, clause, result);
  return result;
}

/**
 * The one query every view reads: catalogue + filters + sort -> visible
 * methods in order, and for every facet value the count choosing it would
 * give. OR within a facet (a method may hold several values), AND across
 * facets, publication and first-posted year ranges, search, matrix cell,
 * the finder's choice and, with `selectedOnly`, the ids in `selection`
 * (ids not in the catalogue are skipped). Pure: Node runs it as is.
 */
export function runQuery(
  catalogue: Catalogue,
  filters: FilterState,
  sort: SortState | null,
  selection: readonly string[] = [],
): QueryResult {
  const size = catalogue.methods.length;
  const search = searchMethods(catalogue, filters.search);
  const clauses = buildClauses(catalogue, filters, search, selection);
  const visible = intersectClauses(size, clauses);

  const facetCounts: Partial<Record<FacetKey, Map<string, number>>> = {};
  for (const key of getFacetKeys(catalogue)) {
    const base = clauses.has(key) ? intersectClauses(size, clauses, key) : visible;
    const byValue = getValueBitsets(catalogue, key);
    const counts = new Map<string, number>();
    for (const { value } of getFacetValues(catalogue, key)) {
      const bits = byValue.get(value);
      counts.set(value, bits ? countIntersection(base, bits) : 0);
    }
    facetCounts[key] = counts;
  }

  let positions: number[];
  let order: QueryResult['order'];
  if (sort === null && search) {
    positions = search.ranked.filter((position) => hasInBitset(visible, position));
    order = 'relevance';
  } else {
    order = sort ?? DEFAULT_SORT;
    positions = [];
    for (const position of getSortOrder(catalogue, order)) {
      if (hasInBitset(visible, position)) positions.push(position);
    }
  }

  return {
    catalogue,
    positions,
    visible,
    facetCounts,
    withoutPosted: clauses.has('posted') ? intersectClauses(size, clauses, 'posted') : visible,
    withoutCell: clauses.has('cell') ? intersectClauses(size, clauses, 'cell') : visible,
    withoutFinder: clauses.has('finder') ? intersectClauses(size, clauses, 'finder') : visible,
    search,
    hiddenMatches: search ? search.ranked.length - countIntersection(visible, search.bits) : 0,
    order,
  };
}

/** Ids of the visible methods, in display order. */
export function toVisibleIds(result: QueryResult): string[] {
  return result.positions.map((position) => result.catalogue.methods[position]!.id);
}
