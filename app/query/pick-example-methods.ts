import type { Catalogue } from '../catalogue/catalogue-types';
import { toPositions } from './bitset';
import { getValueBitsets } from './facet-index';
import type { AxisKey, FacetKey } from './filter-state';
import { getSortRanks } from './sort-methods';

/**
 * Orders method positions by how often other catalogued methods cite them,
 * most cited first; ties go by name, then catalogue order, so the order is
 * the same everywhere.
 */
export function rankByCitations(catalogue: Catalogue, positions: readonly number[]): number[] {
  const names = getSortRanks(catalogue, 'name');
  const citedBy = (position: number) => catalogue.citedByOf[position]?.length ?? 0;
  return [...positions].sort((a, b) => citedBy(b) - citedBy(a) || names[a]! - names[b]! || a - b);
}

/**
 * The `count` most cited methods of the whole catalogue that hold a value:
 * examples that stay put while the reader filters.
 */
export function pickExampleMethods(
  catalogue: Catalogue,
  key: FacetKey | AxisKey,
  value: string,
  count = 3,
): number[] {
  const bits = getValueBitsets(catalogue, key).get(value);
  if (!bits) return [];
  return rankByCitations(catalogue, toPositions(bits)).slice(0, count);
}
