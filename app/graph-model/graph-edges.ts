import { memoisePerCatalogue } from '../catalogue/catalogue-cache';
import type { Catalogue } from '../catalogue/catalogue-types';
import { hasInBitset, type Bitset } from '../query/bitset';

/** Every cite between catalogue methods, as parallel arrays: edge i runs source[i] -> target[i]. */
export interface CiteEdges {
  /** The citing method's position. */
  source: Int32Array;
  /** The cited method's position. */
  target: Int32Array;
  /** 1 when the citing paper's text confirms the cite, 0 when it was recalled. */
  confirmed: Uint8Array;
  /** How often each method is cited within the catalogue, by position. */
  citedByCount: Int32Array;
}

/**
 * The citation edges of the whole catalogue in a fixed order (by citing
 * method, then in the order of its `cites`), so edge indices are stable
 * while filters change. Cites to ids outside the catalogue are left out.
 */
export const getCiteEdges = memoisePerCatalogue((catalogue): CiteEdges => {
  const source: number[] = [];
  const target: number[] = [];
  const confirmed: number[] = [];
  catalogue.methods.forEach((method, citing) => {
    for (const cite of method.cites) {
      const cited = catalogue.indexOf.get(cite.id);
      if (cited === undefined || cited === citing) continue;
      source.push(citing);
      target.push(cited);
      confirmed.push(cite.basis === 'confirmed' ? 1 : 0);
    }
  });
  const citedByCount = Int32Array.from(catalogue.citedByOf, (list) => list.length);
  const edges: CiteEdges = {
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    confirmed: Uint8Array.from(confirmed),
    citedByCount,
  };
  return edges;
});

export interface EdgeCounts {
  total: number;
  confirmed: number;
  recalled: number;
}

/** True when both ends of edge `index` are visible (and, with `confirmedOnly`, the cite is confirmed). */
export function isEdgeShown(
  edges: CiteEdges,
  index: number,
  visible: Bitset,
  confirmedOnly = false,
): boolean {
  if (confirmedOnly && edges.confirmed[index] !== 1) return false;
  return hasInBitset(visible, edges.source[index]!) && hasInBitset(visible, edges.target[index]!);
}

/**
 * How many cites run between visible methods, and how many of those the
 * citing paper's text confirms or were recalled: the graph's completeness note.
 */
export function countVisibleEdges(catalogue: Catalogue, visible: Bitset): EdgeCounts {
  const counts = new Int32Array(2);
  addVisibleEdges(getCiteEdges(catalogue), visible, counts);
  const total = counts[0]!;
  const confirmed = counts[1]!;
  return { total, confirmed, recalled: total - confirmed };
}

/**
 * Adds to `counts[0]` the cites between visible methods and to `counts[1]` those of them
 * confirmed. Runs over every cite (50,000 at 10,000 methods) on each filter change, reading
 * the visibility bits in place as isEdgeShown reads them. A loop-only function (see
 * app/views/README.md, "Loops over every edge").
 */
function addVisibleEdges(edges: CiteEdges, visible: Bitset, counts: Int32Array): void {
  const { source, target, confirmed } = edges;
  for (let i = 0; i < source.length; i++) {
    const s = source[i]!;
    const t = target[i]!;
    const shown = (visible[s >>> 5]! >>> (s & 31)) & (visible[t >>> 5]! >>> (t & 31)) & 1;
    counts[0]! += shown;
    counts[1]! += shown & confirmed[i]!;
  }
}
