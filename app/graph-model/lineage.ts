import type { Catalogue } from '../catalogue/catalogue-types';

/** A method in a lineage and how many citation steps away from the start it is. */
export interface LineageEntry {
  position: number;
  depth: number;
}

export interface Lineage {
  /** Methods the start builds on: reachable by following `cites`, nearest first. */
  ancestors: LineageEntry[];
  /** Methods that build on the start: reachable by following cited-by, nearest first. */
  descendants: LineageEntry[];
}

export interface LineageOptions {
  /** Follow only edges the citing paper's text confirms. */
  confirmedOnly?: boolean;
}

/**
 * What a method builds on and what builds on it, transitively, up to `depth`
 * citation steps. Breadth-first, so each method appears once, at its
 * shortest distance; the start itself never appears, even on a cycle, and
 * the walk ends on cycles because a method is visited once. Entries are
 * ordered by depth, then year, then position.
 */
export function traceLineage(
  catalogue: Catalogue,
  start: number,
  depth: number,
  options: LineageOptions = {},
): Lineage {
  if (start < 0 || start >= catalogue.methods.length) return { ancestors: [], descendants: [] };
  const keep = options.confirmedOnly
    ? (citing: number, cited: number) => isConfirmedCite(catalogue, citing, cited)
    : () => true;
  const ancestors = walk(catalogue, start, depth, (from) =>
    (catalogue.citesOf[from] ?? []).filter((to) => keep(from, to)),
  );
  const descendants = walk(catalogue, start, depth, (from) =>
    (catalogue.citedByOf[from] ?? []).filter((to) => keep(to, from)),
  );
  return { ancestors, descendants };
}

function walk(
  catalogue: Catalogue,
  start: number,
  depth: number,
  next: (from: number) => readonly number[],
): LineageEntry[] {
  const seen = new Set<number>([start]);
  const found: LineageEntry[] = [];
  let frontier = [start];
  for (let step = 1; step <= depth && frontier.length > 0; step++) {
    const reached: number[] = [];
    for (const from of frontier) {
      for (const to of next(from)) {
        if (seen.has(to)) continue;
        seen.add(to);
        reached.push(to);
      }
    }
    const year = (position: number) => catalogue.methods[position]?.year ?? 0;
    reached.sort((a, b) => year(a) - year(b) || a - b);
    for (const position of reached) found.push({ position, depth: step });
    frontier = reached;
  }
  return found;
}

/** True when `citing` lists `cited` with basis "confirmed". */
export function isConfirmedCite(catalogue: Catalogue, citing: number, cited: number): boolean {
  const citedId = catalogue.methods[cited]?.id;
  return (
    catalogue.methods[citing]?.cites.some(
      (cite) => cite.id === citedId && cite.basis === 'confirmed',
    ) ?? false
  );
}
