import { memoisePerCatalogue, memoisePerCatalogueAndKey } from '../catalogue/catalogue-cache';
import type { Catalogue } from '../catalogue/catalogue-types';
import { getFacetValues } from './facet-values';
import { toMethodValues } from './filter-state';
import { getTableColumns, isColumnId, toTableColumn, type ColumnId } from './table-columns';

/** Columns the visible methods can be ordered by: every table column; the ids double as URL values. */
export const getSortColumns: (catalogue: Catalogue) => readonly ColumnId[] = memoisePerCatalogue(
  (catalogue) => getTableColumns(catalogue).map((column) => column.id),
);
export type SortColumn = ColumnId;

export interface SortState {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

/** True for a column the methods can be sorted by. */
export const isSortColumn = isColumnId;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Orders positions by a comparator once and returns each position's rank (ties share a rank). */
function rankBy(count: number, compare: (a: number, b: number) => number): Int32Array {
  const order = Array.from({ length: count }, (_, i) => i).sort(compare);
  const ranks = new Int32Array(count);
  order.forEach((position, rank) => {
    const previous = order[rank - 1];
    ranks[position] =
      previous !== undefined && compare(previous, position) === 0 ? ranks[previous]! : rank;
  });
  return ranks;
}

/**
 * Each method's rank on a column, computed once per catalogue: sorting the
 * visible methods then compares integers, which keeps 10,000 rows instant.
 */
export const getSortRanks: (catalogue: Catalogue, column: SortColumn) => Int32Array =
  memoisePerCatalogueAndKey(computeRanks);

/**
 * Ranks methods the way the column's registry entry says to order them; a column the
 * catalogue lacks (a sort kept from another catalogue) ranks by name.
 */
function computeRanks(catalogue: Catalogue, column: SortColumn): Int32Array {
  const { methods } = catalogue;
  const order = (toTableColumn(catalogue, column) ?? toTableColumn(catalogue, 'name')!).order;
  switch (order.by) {
    case 'number':
      return Int32Array.from(methods, (_, position) => order.number(catalogue, position));
    case 'vocabulary': {
      const known = getFacetValues(catalogue, order.key).map((value) => value.value);
      const keys = methods.map((method) =>
        toMethodValues(method, order.key)
          .map((value) => known.indexOf(value))
          .sort(),
      );
      return rankBy(methods.length, (a, b) => compareNumberLists(keys[a]!, keys[b]!));
    }
    case 'text': {
      const texts = methods.map(order.text);
      return rankBy(methods.length, (a, b) => collator.compare(texts[a]!, texts[b]!));
    }
  }
}

function compareNumberLists(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

/**
 * Orders method positions by a column; ties fall back to name, then to
 * catalogue order, so the order is total and the same in every browser.
 */
export function sortPositions(
  catalogue: Catalogue,
  positions: number[],
  sort: SortState,
): number[] {
  const ranks = getSortRanks(catalogue, sort.column);
  const names = getSortRanks(catalogue, 'name');
  const sign = sort.direction === 'asc' ? 1 : -1;
  return positions.sort((a, b) => sign * (ranks[a]! - ranks[b]!) || names[a]! - names[b]! || a - b);
}

const getSortOrders = memoisePerCatalogue(() => new Map<string, Int32Array>());

/**
 * Every method position in the order `sortPositions` gives, computed once per
 * catalogue, column and direction: a query then only walks it and keeps the
 * visible positions, with no sort at all.
 */
export function getSortOrder(catalogue: Catalogue, sort: SortState): Int32Array {
  const perCatalogue = getSortOrders(catalogue);
  const key = `${sort.column}:${sort.direction}`;
  const cached = perCatalogue.get(key);
  if (cached) return cached;
  const all = Array.from({ length: catalogue.methods.length }, (_, position) => position);
  const order = Int32Array.from(sortPositions(catalogue, all, sort));
  perCatalogue.set(key, order);
  return order;
}

/** The order shown when the reader has not chosen one: newest first. */
export const DEFAULT_SORT: SortState = { column: 'year', direction: 'desc' };
