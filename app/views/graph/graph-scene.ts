import type { Catalogue } from '../../catalogue/catalogue-types';
import { memoisePerCatalogue } from '../../catalogue/catalogue-cache';
import { hasInBitset, type Bitset } from '../../query/bitset';
import { getCiteEdges, type CiteEdges } from '../../graph-model/graph-edges';
import type { GraphLayout } from '../../layout/graph-layout';

/** How many of the most cited methods carry a permanent label. */
export const LABELLED_COUNT = 15;

/** What stays fixed while filters change: positions, edges and who carries a label. */
export interface GraphScene {
  catalogue: Catalogue;
  layout: GraphLayout;
  edges: CiteEdges;
  /** Positions of the most cited methods, most cited first. */
  labelled: readonly number[];
  /** Edge indices touching each method, by position. */
  edgesOf: readonly number[][];
  /** Where each edge's line starts and ends (x1, y1, x2, y2 per edge), computed once per layout. */
  ends: Float64Array;
}

type SceneBase = Omit<GraphScene, 'layout' | 'ends'>;
/** What a scene keeps of its catalogue whatever the layout: edges, labelled nodes, edges per node. */
const getSceneBase = memoisePerCatalogue((catalogue): SceneBase => {
  const edges = getCiteEdges(catalogue);
  const edgesOf: number[][] = catalogue.methods.map(() => []);
  for (let i = 0; i < edges.source.length; i++) {
    edgesOf[edges.source[i]!]!.push(i);
    edgesOf[edges.target[i]!]!.push(i);
  }
  const labelled = catalogue.methods
    .map((_, position) => position)
    .filter((position) => edges.citedByCount[position]! > 0)
    .sort((a, b) => edges.citedByCount[b]! - edges.citedByCount[a]! || a - b)
    .slice(0, LABELLED_COUNT);
  return { catalogue, edges, labelled, edgesOf };
});

export type LineageSide = 'ancestor' | 'descendant';

/** What changes with filters, colour and focus: restyles nodes, never moves them. */
export interface GraphPaint {
  colours: readonly string[];
  visible: Bitset;
  filtered: 'hide' | 'fade';
  confirmedOnly: boolean;
  /** Position of the focused method, or -1. */
  focus: number;
  lineage: ReadonlyMap<number, LineageSide>;
}

/**
 * The fixed part of the graph for a catalogue and a layout. What does not
 * depend on positions is computed once per catalogue, so a layout that is
 * still being refined makes a new scene cheaply.
 */
export function makeGraphScene(catalogue: Catalogue, layout: GraphLayout): GraphScene {
  const base = getSceneBase(catalogue);
  const count = base.edges.source.length;
  const ends = new Float64Array(count * 4);
  const scene: GraphScene = { ...base, layout, ends };
  for (let i = 0; i < count; i++) ends.set(toEdgeEnds(scene, layout.x, layout.y, i), i * 4);
  return scene;
}

/** Where an edge's line starts and ends: at the rims of its circles, not their centres. */
export function toEdgeEnds(
  scene: GraphScene,
  x: Float64Array,
  y: Float64Array,
  edge: number,
): [number, number, number, number] {
  const source = scene.edges.source[edge]!;
  const target = scene.edges.target[edge]!;
  const dx = x[target]! - x[source]!;
  const dy = y[target]! - y[source]!;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const rs = scene.layout.radius[source]!;
  const rt = scene.layout.radius[target]! + 1.5;
  return [x[source]! + ux * rs, y[source]! + uy * rs, x[target]! - ux * rt, y[target]! - uy * rt];
}

/** Is the edge drawn at all (hidden only by "confirmed only" or by 'hide' mode)? */
export function toEdgeState(
  scene: GraphScene,
  paint: GraphPaint,
  edge: number,
): 'shown' | 'faded' | 'hidden' {
  if (paint.confirmedOnly && scene.edges.confirmed[edge] !== 1) return 'hidden';
  const source = scene.edges.source[edge]!;
  const target = scene.edges.target[edge]!;
  const both = hasInBitset(paint.visible, source) && hasInBitset(paint.visible, target);
  if (both) return 'shown';
  return paint.filtered === 'hide' ? 'hidden' : 'faded';
}

/** Which side of the focused method's lineage an edge lies on, if any. */
export function toEdgeLineage(
  scene: GraphScene,
  paint: GraphPaint,
  edge: number,
): LineageSide | null {
  if (paint.focus < 0) return null;
  const source = scene.edges.source[edge]!;
  const target = scene.edges.target[edge]!;
  const sideOf = (position: number) =>
    position === paint.focus ? 'focus' : paint.lineage.get(position);
  const from = sideOf(source);
  const to = sideOf(target);
  if ((from === 'focus' || from === 'ancestor') && to === 'ancestor') return 'ancestor';
  if (from === 'descendant' && (to === 'focus' || to === 'descendant')) return 'descendant';
  return null;
}
