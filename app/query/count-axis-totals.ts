import type { Catalogue } from '../catalogue/catalogue-types';
import { countIntersection, type Bitset } from './bitset';
import { getValueBitsets } from './facet-index';
import { getFacetValues } from './facet-values';
import type { AxisKey } from './filter-state';

/**
 * For every value of an axis, how many methods of `visible` hold it (the
 * margins of the matrix). A method with two values counts once under each,
 * so the totals can add up to more than the visible methods.
 */
export function countAxisTotals(
  catalogue: Catalogue,
  visible: Bitset,
  axis: AxisKey,
): Map<string, number> {
  const byValue = getValueBitsets(catalogue, axis);
  const totals = new Map<string, number>();
  for (const { value } of getFacetValues(catalogue, axis)) {
    const bits = byValue.get(value);
    totals.set(value, bits ? countIntersection(bits, visible) : 0);
  }
  return totals;
}
