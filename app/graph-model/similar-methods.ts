import type { Catalogue, Method } from '../catalogue/catalogue-types';

function jaccard(a: readonly string[], b: readonly string[]): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 0;
  let shared = 0;
  for (const value of new Set(a)) if (b.includes(value)) shared++;
  return shared / union.size;
}

/**
 * How alike two taxonomy profiles are, from 0 to 1: the mean Jaccard
 * similarity over the taxonomy's dimensions and the paradigm.
 */
export function compareProfiles(a: Method, b: Method): number {
  const parts = Object.keys(a.dimensions).map((key) =>
    jaccard(a.dimensions[key] ?? [], b.dimensions[key] ?? []),
  );
  parts.push(a.paradigm === b.paradigm ? 1 : 0);
  return parts.reduce((sum, part) => sum + part, 0) / parts.length;
}

export interface SimilarMethod {
  position: number;
  similarity: number;
}

/**
 * The methods whose taxonomy profile is closest to the one at `position`,
 * most similar first; ties go to the more cited method, then to the name.
 */
export function findSimilarMethods(
  catalogue: Catalogue,
  position: number,
  limit = 5,
): SimilarMethod[] {
  const target = catalogue.methods[position];
  if (!target) return [];
  return catalogue.methods
    .map((method, index) => ({
      position: index,
      similarity: index === position ? -1 : compareProfiles(target, method),
    }))
    .filter((entry) => entry.similarity >= 0)
    .sort(
      (a, b) =>
        b.similarity - a.similarity ||
        catalogue.citedByOf[b.position]!.length - catalogue.citedByOf[a.position]!.length ||
        catalogue.methods[a.position]!.name.localeCompare(
          catalogue.methods[b.position]!.name,
          'en',
        ),
    )
    .slice(0, limit);
}
