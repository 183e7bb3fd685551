import type { Catalogue } from '../catalogue/catalogue-types';

export interface SharedCitations {
  /** Methods every compared method cites, oldest first. */
  references: number[];
  /** Methods that cite every compared method, oldest first. */
  citers: number[];
}

function intersectAll(lists: readonly (readonly number[])[]): number[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  const sets = rest.map((list) => new Set(list));
  return [...new Set(first)].filter((position) => sets.every((set) => set.has(position)));
}

/**
 * The citations two or more methods share within the catalogue: what they all
 * cite and what cites them all (never one of them: nothing cites itself).
 */
export function listSharedCitations(
  catalogue: Catalogue,
  positions: readonly number[],
): SharedCitations {
  if (positions.length < 2) return { references: [], citers: [] };
  const byAge = (a: number, b: number) =>
    catalogue.methods[a]!.year - catalogue.methods[b]!.year || a - b;
  const pick = (of: readonly (readonly number[])[]) =>
    intersectAll(positions.map((position) => of[position] ?? [])).sort(byAge);
  return { references: pick(catalogue.citesOf), citers: pick(catalogue.citedByOf) };
}

function shortestCitePath(catalogue: Catalogue, from: number, to: number): number[] | null {
  const previous = new Map<number, number>([[from, from]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const position of frontier) {
      for (const cited of catalogue.citesOf[position] ?? []) {
        if (previous.has(cited)) continue;
        previous.set(cited, position);
        if (cited === to) {
          const path = [to];
          while (path[0] !== from) path.unshift(previous.get(path[0]!)!);
          return path;
        }
        next.push(cited);
      }
    }
    frontier = next;
  }
  return null;
}

/**
 * The shortest chain of citations from one method to the other, following
 * "cites" from the citing side: [a, ..., b] when a builds on b, [b, ..., a]
 * when b builds on a (tried in that order), null when neither does.
 */
export function findCitationPath(catalogue: Catalogue, a: number, b: number): number[] | null {
  if (a === b) return null;
  return shortestCitePath(catalogue, a, b) ?? shortestCitePath(catalogue, b, a);
}
