import type { Catalogue } from '../../catalogue/catalogue-types';
import type { FacetKey } from '../../query/filter-state';

/** The heading a facet shows: dimension name and symbol from the taxonomy, or a plain name. */
export function toFacetTitle(catalogue: Catalogue, facet: FacetKey): string {
  const dimension = catalogue.taxonomy.dimensions.find((d) => d.key === facet);
  if (dimension) return `${dimension.name} ${dimension.symbol}`;
  return (
    {
      paradigm: 'Paradigm',
      modality: 'Modality',
      venue: 'Venue',
      scope: 'Scope',
      access: 'Access needed',
      data: 'Labelled data needed',
      code: 'Code',
      fit: 'Label fit',
    }[facet as string] ?? facet
  );
}
