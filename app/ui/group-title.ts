import type { Catalogue } from '../catalogue/catalogue-types';

/** The name a grouping shows in menus and legends: "Paradigm", "Location", "Output alignment". */
export function toGroupTitle(catalogue: Catalogue, key: string): string {
  if (key === 'paradigm') return 'Paradigm';
  return catalogue.taxonomy.dimensions.find((d) => d.key === key)?.name ?? key;
}
