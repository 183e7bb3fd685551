import type { Catalogue, DimensionKey, Method } from '../catalogue/catalogue-types';
import { getFirstPosted } from '../catalogue/first-posted';
import { hasInBitset, type Bitset } from '../query/bitset';
import { getFacetValues } from '../query/facet-values';

/** What the graph can colour by and the timeline can stack by. */
export type GroupingKey = 'paradigm' | DimensionKey;

/** What the timeline can stack by: a grouping, or the modality. */
export type StackingKey = GroupingKey | 'modality';

/** The category of a method holding two or more values of a dimension. */
export const SEVERAL_VALUES = 'several';

/** The category of a method whose one modality is not among the most common. */
export const OTHER_VALUES = 'other';

/** How many modalities get a category (and a colour) of their own; the rest share one. */
export const SHOWN_MODALITIES = 4;

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

const OTHER_MODALITY_CATEGORY: GroupCategory = {
  value: OTHER_VALUES,
  label: 'Other modalities',
  code: 'other',
};

/**
 * The one category a method falls in when grouping by a key: its paradigm,
 * or its single value of a dimension, or "several" when it holds two or
 * more (so stacks add up to the number of methods, and every node has one
 * colour).
 */
export function toGroupCategory(method: Method, key: GroupingKey): string {
  if (key === 'paradigm') return method.paradigm;
  const values = method.dimensions[key] ?? [];
  return values.length === 1 ? values[0]! : SEVERAL_VALUES;
}

/**
 * The categories of a grouping in taxonomy order, with "Two or more" last
 * when some method of the catalogue holds several values. Modalities are too
 * many to tell apart by colour: the four most methods hold alone (ties in
 * taxonomy order) keep their own category, the rest share "Other modalities".
 */
export function listGroupCategories(catalogue: Catalogue, key: StackingKey): GroupCategory[] {
  const values = getFacetValues(catalogue, key).map(({ value, label, code }) => ({
    value,
    label,
    code,
  }));
  if (key === 'paradigm') return values;
  const valuesOf = (method: Method) =>
    key === 'modality' ? method.modalities : (method.dimensions[key] ?? []);
  const hasSeveral = catalogue.methods.some((method) => valuesOf(method).length > 1);
  if (key !== 'modality') return hasSeveral ? [...values, SEVERAL_CATEGORY] : values;
  const shown = listShownModalities(catalogue);
  const hasOther = catalogue.methods.some(
    (method) => method.modalities.length === 1 && !shown.has(method.modalities[0]!),
  );
  return [
    ...values.filter((category) => shown.has(category.value)),
    ...(hasOther ? [OTHER_MODALITY_CATEGORY] : []),
    ...(hasSeveral ? [SEVERAL_CATEGORY] : []),
  ];
}

/** The modalities most methods hold as their only one, at most SHOWN_MODALITIES. */
function listShownModalities(catalogue: Catalogue): Set<string> {
  const alone = new Map<string, number>();
  for (const method of catalogue.methods) {
    const [only] = method.modalities;
    if (only !== undefined && method.modalities.length === 1)
      alone.set(only, (alone.get(only) ?? 0) + 1);
  }
  const order = catalogue.taxonomy.modalities.map((modality) => modality.value);
  const ranked = [...alone.keys()].sort(
    (a, b) => alone.get(b)! - alone.get(a)! || order.indexOf(a) - order.indexOf(b),
  );
  return new Set(ranked.slice(0, SHOWN_MODALITIES));
}

/**
 * The category each method falls in when stacking by a key: `toGroupCategory`
 * for a grouping; for the modality, its one modality ("Other modalities" when
 * that is not one of the shown ones) or "several".
 */
export function makeStackCategoriser(
  catalogue: Catalogue,
  key: StackingKey,
): (method: Method) => string {
  if (key !== 'modality') return (method) => toGroupCategory(method, key);
  const shown = new Set(listGroupCategories(catalogue, key).map((category) => category.value));
  return (method) => {
    if (method.modalities.length !== 1) return SEVERAL_VALUES;
    const only = method.modalities[0]!;
    return shown.has(only) ? only : OTHER_VALUES;
  };
}

/** Methods per first-posted year of the catalogue, split by category. */
export interface YearCounts {
  year: number;
  /** Count per category value, in the order of `listGroupCategories`. */
  counts: number[];
  total: number;
}

/**
 * Counts the methods of `bits` per year they were first posted (arXiv month,
 * else venue year) and category, for every year from the first posting to the
 * last (empty years included, so axes stay fixed).
 */
export function countByPostedYearAndGroup(
  catalogue: Catalogue,
  bits: Bitset,
  key: StackingKey,
): YearCounts[] {
  const categories = listGroupCategories(catalogue, key);
  const slot = new Map(categories.map((category, index) => [category.value, index]));
  const categoryOf = makeStackCategoriser(catalogue, key);
  const { byPosition, yearExtent } = getFirstPosted(catalogue);
  const [first, last] = yearExtent;
  const rows: YearCounts[] = [];
  for (let year = first; catalogue.methods.length > 0 && year <= last; year++) {
    rows.push({ year, counts: categories.map(() => 0), total: 0 });
  }
  catalogue.methods.forEach((method, position) => {
    if (!hasInBitset(bits, position)) return;
    const row = rows[byPosition[position]!.year - first];
    const index = slot.get(categoryOf(method));
    if (!row || index === undefined) return;
    row.counts[index]!++;
    row.total++;
  });
  return rows;
}

/** Running totals: each year's counts added to every year before it. */
export function toCumulativeCounts(rows: readonly YearCounts[]): YearCounts[] {
  const counts: number[] = [];
  let total = 0;
  return rows.map((row) => {
    row.counts.forEach((count, index) => (counts[index] = (counts[index] ?? 0) + count));
    total += row.total;
    return { year: row.year, counts: [...counts], total };
  });
}
