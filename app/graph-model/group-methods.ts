import type { Catalogue } from '../catalogue/catalogue-types';
import { getFacetValues } from '../query/facet-values';
import { toMethodValues, type AxisKey } from '../query/filter-state';

/** Methods sharing the same values on one axis, in the order they were given. */
export interface MethodGroup {
  /** The values held, in taxonomy order, joined with "+": "embedding+hidden". */
  key: string;
  /** What a heading shows: "Embedding + Hidden". */
  label: string;
  positions: number[];
}

function compareIndexLists(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

/**
 * Splits method positions into groups by what each method holds on an axis.
 * Every method lands in exactly one group: a method holding two values sits
 * in the group of that combination ("Embedding + Hidden"), so the groups add
 * up to the positions given. Groups follow taxonomy order (years ascending),
 * a combination right after its first value; within a group the given order
 * is kept.
 */
export function groupMethods(
  catalogue: Catalogue,
  positions: readonly number[],
  axis: AxisKey,
): MethodGroup[] {
  const values = getFacetValues(catalogue, axis);
  const indexOfValue = new Map(values.map((value, index) => [value.value, index]));
  const groups = new Map<string, MethodGroup & { order: number[] }>();
  for (const position of positions) {
    const held = [...new Set(toMethodValues(catalogue.methods[position]!, axis))];
    // Values the taxonomy does not list sort last, by their own spelling.
    const order = held
      .map((value) => indexOfValue.get(value) ?? values.length)
      .sort((a, b) => a - b);
    held.sort(
      (a, b) =>
        (indexOfValue.get(a) ?? values.length) - (indexOfValue.get(b) ?? values.length) ||
        a.localeCompare(b),
    );
    const key = held.join('+');
    let group = groups.get(key);
    if (!group) {
      const label = held
        .map((value) => values.find((v) => v.value === value)?.label ?? value)
        .join(' + ');
      group = { key, label: label || 'None', positions: [], order };
      groups.set(key, group);
    }
    group.positions.push(position);
  }
  return [...groups.values()]
    .sort((a, b) => compareIndexLists(a.order, b.order) || a.key.localeCompare(b.key))
    .map(({ key, label, positions: grouped }) => ({ key, label, positions: grouped }));
}
