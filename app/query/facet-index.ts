import { memoisePerCatalogueAndKey } from '../catalogue/catalogue-cache';
import type { Catalogue } from '../catalogue/catalogue-types';
import { addToBitset, makeBitset, type Bitset } from './bitset';
import { toValuesAt, type AxisKey, type FacetKey } from './filter-state';

/**
 * For one facet or axis, the set of methods holding each value. Built once per
 * catalogue and key; a method with two values sits in both sets.
 */
export const getValueBitsets: (
  catalogue: Catalogue,
  key: FacetKey | AxisKey,
) => Map<string, Bitset> = memoisePerCatalogueAndKey((catalogue, key) => {
  const size = catalogue.methods.length;
  const byValue = new Map<string, Bitset>();
  catalogue.methods.forEach((_, position) => {
    for (const value of toValuesAt(catalogue, position, key)) {
      let bits = byValue.get(value);
      if (!bits) byValue.set(value, (bits = makeBitset(size)));
      addToBitset(bits, position);
    }
  });
  return byValue;
});
