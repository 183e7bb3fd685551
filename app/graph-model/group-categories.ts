import type { Catalogue, DimensionKey, Method } from '../catalogue/catalogue-types';
import { hasInBitset, type Bitset } from '../query/bitset';
import { getFacetValues } from '../query/facet-values';

/** What the graph can colour by and the timeline can stack by. */
export type GroupingKey = 'paradigm' | DimensionKey;

/** The category of a method holding two or more values of a dimension. */
export const SEVERAL_VALUES = 'several';

export interface GroupCategory {
  value: string;
  label: string;
  code: string;
}

const SEVERAL_CATEGORY: GroupCategory = {
  value: SEVERAL_VALUES,
  label: 'Two or more',
  code: '2+',
};

/**
 * The one category a method falls in when grouping by a key: its paradigm,
 * or its single value of a dimension, or "several" when it holds two or
 * more (so stacks add up to the number of methods, and every node has one
 * colour).
 */
export function toGroupCategory(method: Method, key: GroupingKey): string {
  if (key === 'paradigm') return method.paradigm;
  const values = method[key];
  return values.length === 1 ? values[0]! : SEVERAL_VALUES;
}

/**
 * The categories of a grouping in taxonomy order, with "Two or more" last
 * when some method of the catalogue holds several values.
 */
export function listGroupCategories(catalogue: Catalogue, key: GroupingKey): GroupCategory[] {
  const values = getFacetValues(catalogue, key).map(({ value, label, code }) => ({
    value,
    label,
    code,
  }));
  if (key === 'paradigm') return values;
  const hasSeveral = catalogue.methods.some((method) => method[key].length > 1);
  return hasSeveral ? [...values, SEVERAL_CATEGORY] : values;
}

/** Methods per year of the catalogue's year extent, split by category. */
export interface YearCounts {
  year: number;
  /** Count per category value, in the order of `listGroupCategories`. */
  counts: number[];
  total: number;
}

/**
 * Counts the methods of `bits` per year and category, for every year of
 * the catalogue's extent (empty years included, so axes stay fixed).
 */
export function countByYearAndGroup(
  catalogue: Catalogue,
  bits: Bitset,
  key: GroupingKey,
): YearCounts[] {
  const categories = listGroupCategories(catalogue, key);
  const slot = new Map(categories.map((category, index) => [category.value, index]));
  const [first, last] = catalogue.yearExtent;
  const rows: YearCounts[] = [];
  for (let year = first; catalogue.methods.length > 0 && year <= last; year++) {
    rows.push({ year, counts: categories.map(() => 0), total: 0 });
  }
  catalogue.methods.forEach((method, position) => {
    if (!hasInBitset(bits, position)) return;
    const row = rows[method.year - first];
    const index = slot.get(toGroupCategory(method, key));
    if (!row || index === undefined) return;
    row.counts[index]!++;
    row.total++;
  });
  return rows;
}
