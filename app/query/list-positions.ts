import type { Catalogue } from '../catalogue/catalogue-types';

/** The positions of the methods `ids` name, in the order given; ids the catalogue lacks are left out. */
export function listPositions(catalogue: Catalogue, ids: readonly string[]): number[] {
  const positions: number[] = [];
  for (const id of ids) {
    const position = catalogue.indexOf.get(id);
    if (position !== undefined) positions.push(position);
  }
  return positions;
}
