import { memoisePerCatalogue } from '../catalogue/catalogue-cache';
import type { Catalogue } from '../catalogue/catalogue-types';
import { getFirstPosted } from '../catalogue/first-posted';
import { placeByForce } from './force-layout';
import type { LayoutLink, LayoutNode } from './layout-simulation';
import { placeByTimeline } from './timeline-layout';
import type { GraphLayout, GraphLayoutInput, GraphLayoutKind } from './layout-types';

export type {
  GraphLayout,
  GraphLayoutInput,
  GraphLayoutKind,
  LayoutLane,
  YearBand,
} from './layout-types';
/** Circle radius for a method cited `citedBy` times within the catalogue (area grows with it). */
export function toNodeRadius(citedBy: number): number {
  return 4 + 1.6 * Math.sqrt(citedBy);
}

/**
 * The plain input the layout runs on, taken from a catalogue. Methods are dated by
 * when they were first posted (arXiv month, else venue year), not by their venue's
 * year, so a journal version published late does not sit after the work citing it.
 */
export function toGraphLayoutInput(catalogue: Catalogue): GraphLayoutInput {
  const laneOf = new Map(catalogue.taxonomy.paradigms.map((p, index) => [p.code, index]));
  const posted = getFirstPosted(catalogue).byPosition;
  return {
    years: posted.map((date) => date.year),
    months: posted.map((date) => date.month ?? 0),
    lanes: catalogue.methods.map((method) => laneOf.get(method.paradigm) ?? 0),
    laneCount: Math.max(1, catalogue.taxonomy.paradigms.length),
    citesOf: catalogue.citesOf.map((list) => [...list]),
    citedByCount: catalogue.citedByOf.map((list) => list.length),
  };
}

/** Reported while a layout runs: ticks done of the total, and the positions so far on demand. */
export type LayoutProgress = (done: number, total: number, snapshot: () => GraphLayout) => void;

/**
 * Positions for every method of the catalogue, the same for the same input
 * (no Math.random, a fixed number of ticks, fixed initial positions). The
 * force layout clusters paradigms in sectors, older methods nearer the
 * middle; the timeline layout puts each first-posted year in a column (left
 * to right, earlier months further left within it) and each paradigm in a row. Pure: the Web Worker, Node and the tests run it.
 * `onProgress`, called after every tick, can take intermediate positions
 * (the Web Worker posts some so a large graph draws before it settles); it
 * never changes the result.
 */
export function computeGraphLayout(
  input: GraphLayoutInput,
  kind: GraphLayoutKind,
  onProgress?: LayoutProgress,
): GraphLayout {
  const radius = Float64Array.from(input.citedByCount, toNodeRadius);
  const nodes: LayoutNode[] = input.years.map((_, index) => ({
    index,
    x: 0,
    y: 0,
    r: radius[index]!,
  }));
  const links: LayoutLink[] = input.citesOf.flatMap((targets, source) =>
    targets.filter((target) => target !== source).map((target) => ({ source, target })),
  );
  let frame: Pick<GraphLayout, 'yearBands' | 'lanes'> = { yearBands: [], lanes: [] };
  const snapshot = () => toLayout(kind, nodes, radius, frame);
  const onTick = onProgress && ((done: number, total: number) => onProgress(done, total, snapshot));
  if (kind === 'force') placeByForce(input, nodes, links, onTick);
  else frame = placeByTimeline(input, nodes, onTick, (sized) => (frame = sized));
  return snapshot();
}

function toLayout(
  kind: GraphLayoutKind,
  nodes: LayoutNode[],
  radius: Float64Array,
  frame: Pick<GraphLayout, 'yearBands' | 'lanes'>,
): GraphLayout {
  const x = Float64Array.from(nodes, (node) => node.x);
  const y = Float64Array.from(nodes, (node) => node.y);
  const lastBand = frame.yearBands.at(-1);
  const lastLane = frame.lanes.at(-1);
  // The timeline's frame is its columns and rows, so empty years still show.
  const bounds: GraphLayout['bounds'] =
    lastBand && lastLane ? [0, 0, lastBand.x1, lastLane.y1] : toBounds(nodes);
  return { kind, x, y, radius: radius.slice(), bounds, ...frame };
}

function toBounds(nodes: LayoutNode[]): [number, number, number, number] {
  if (nodes.length === 0) return [0, 0, 0, 0];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    minX = Math.min(minX, node.x - node.r);
    minY = Math.min(minY, node.y - node.r);
    maxX = Math.max(maxX, node.x + node.r);
    maxY = Math.max(maxY, node.y + node.r);
  }
  return [minX, minY, maxX, maxY];
}

/** Layouts kept per catalogue, by kind, whether computed here or in the worker. */
const getKeptLayouts = memoisePerCatalogue(() => new Map<GraphLayoutKind, GraphLayout>());

/** A layout already computed for this catalogue (here or in the worker), if any. */
export function peekGraphLayout(
  catalogue: Catalogue,
  kind: GraphLayoutKind,
): GraphLayout | undefined {
  return getKeptLayouts(catalogue).get(kind);
}

/** Keeps a layout computed elsewhere (the worker) so it is computed once per catalogue. */
export function rememberGraphLayout(catalogue: Catalogue, layout: GraphLayout): void {
  getKeptLayouts(catalogue).set(layout.kind, layout);
}

/** `computeGraphLayout` for a catalogue, memoised per catalogue and kind. */
export function getGraphLayout(catalogue: Catalogue, kind: GraphLayoutKind): GraphLayout {
  const cached = peekGraphLayout(catalogue, kind);
  if (cached) return cached;
  const layout = computeGraphLayout(toGraphLayoutInput(catalogue), kind);
  rememberGraphLayout(catalogue, layout);
  return layout;
}
