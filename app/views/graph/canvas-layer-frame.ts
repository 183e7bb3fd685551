import type { ZoomTransform } from 'd3';
import type { CanvasStyles } from './canvas-styles';
import { GRAPH_LOOK } from './graph-look';
import type { GraphScene } from './graph-scene';
import type { PixelLayer } from './pixel-layer';

/** Up to this many recalled edges on screen are drawn dashed. */
export const DASHED_EDGE_LIMIT = 800;
/** Above this many device pixels of edge on screen, lines go through the pixel layer. */
export const PIXEL_LAYER_FROM = 1_500_000;

/** What part of the layout is on screen, and at which scale. */
export interface LayerView {
  transform: ZoomTransform;
  /** Device pixels per CSS pixel. */
  ratio: number;
  /** Canvas size in CSS pixels. */
  width: number;
  height: number;
}

/** Edge indices of one look that are on screen: the first `count` of `list`. */
export interface EdgeRun {
  list: Int32Array;
  count: number;
  /** How many of those edges are confirmed cites. */
  confirmed: number;
}

/**
 * Everything the drawing stages of a layer read, worked out once before any
 * of them draws: the zoom, the part of the layout on screen, the edges of
 * each look that lie on it, their opacities, and whether the view is
 * crowded enough to go through the pixel layer.
 */
export interface LayerFrame {
  c: CanvasRenderingContext2D;
  scene: GraphScene;
  styles: CanvasStyles;
  view: LayerView;
  t: ZoomTransform;
  /** Device pixels per layout unit. */
  device: number;
  /** The layout rectangle on screen, with a small margin. */
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** The same rectangle, with the shortest edge drawn: what toOnScreenEdges keeps. */
  box: ScreenBox;
  faded: EdgeRun;
  confirmed: EdgeRun;
  recalled: EdgeRun;
  strong: EdgeRun;
  /** Device pixels of edge on screen. */
  edgePixels: number;
  confirmedAlpha: number;
  recalledAlpha: number;
  /** Few enough recalled edges on screen to dash them. */
  dashed: boolean;
  /** Lines (and, with `discs`, small circles) go through this pixel layer; null when not crowded. */
  pixelLayer: PixelLayer | null;
  discs: boolean;
}

/** The layout rectangle on screen, and the shortest edge worth a line (squared, layout units). */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  minLength2: number;
}

/**
 * The edges of `list` with a part on screen and longer than a device pixel (how many of
 * them are confirmed cites, by `isConfirmed`), and their length in layout units along the
 * longer axis (about the pixels a line steps through).
 */
export function toOnScreenEdges(
  ends: Float64Array,
  isConfirmed: Uint8Array,
  list: Int32Array,
  box: ScreenBox,
): { run: EdgeRun; length: number } {
  const kept = new Int32Array(list.length);
  const sums = new Float64Array(2);
  const count = keepOnScreenEdges(ends, isConfirmed, list, box, kept, sums);
  return { run: { list: kept, count, confirmed: sums[1]! }, length: sums[0]! };
}

/**
 * Writes to `kept` the edges of `list` that toOnScreenEdges keeps, adds their lengths to
 * `sums[0]` and the confirmed cites among them to `sums[1]`, and returns how many it kept.
 * A loop-only function (see app/views/README.md, "Loops over every edge").
 */
function keepOnScreenEdges(
  ends: Float64Array,
  isConfirmed: Uint8Array,
  list: Int32Array,
  box: ScreenBox,
  kept: Int32Array,
  sums: Float64Array,
): number {
  const { left, top, right, bottom, minLength2 } = box;
  let count = 0;
  for (let k = 0; k < list.length; k++) {
    const edge = list[k]!;
    const e = edge * 4;
    const x1 = ends[e]!;
    const y1 = ends[e + 1]!;
    const x2 = ends[e + 2]!;
    const y2 = ends[e + 3]!;
    if (x1 < left && x2 < left) continue;
    if (x1 > right && x2 > right) continue;
    if (y1 < top && y2 < top) continue;
    if (y1 > bottom && y2 > bottom) continue;
    const length2 = (x2 - x1) ** 2 + (y2 - y1) ** 2;
    if (length2 < minLength2) continue;
    kept[count++] = edge;
    sums[0]! += Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1));
    sums[1]! += isConfirmed[edge]!;
  }
  return count;
}

/**
 * Normalises what a layer is drawn from into a frame. Edges off screen or
 * shorter than a device pixel (their circles cover them) are left out.
 */
export function toLayerFrame(
  c: CanvasRenderingContext2D,
  scene: GraphScene,
  styles: CanvasStyles,
  view: LayerView,
  pixelLayer: PixelLayer | null,
): LayerFrame {
  const { transform: t, ratio } = view;
  const device = t.k * ratio;
  const margin = 2 / t.k;
  const left = (0 - t.x) / t.k - margin;
  const top = (0 - t.y) / t.k - margin;
  const right = (view.width - t.x) / t.k + margin;
  const bottom = (view.height - t.y) / t.k + margin;

  const box = { left, top, right, bottom, minLength2: 1 / (device * device) };
  // The on-screen edges of each look, and how many pixels of line they make together.
  let pixels = 0;
  const onScreen = (list: Int32Array): EdgeRun => {
    const kept = toOnScreenEdges(scene.ends, scene.edges.confirmed, list, box);
    pixels += kept.length;
    return kept.run;
  };
  const faded = onScreen(styles.faded);
  const confirmed = onScreen(styles.confirmed);
  const recalled = onScreen(styles.recalled);
  const strong = onScreen(styles.strong);
  const edgePixels = pixels * device;

  const { edge } = GRAPH_LOOK;
  const confirmedAlpha = styles.dimmed ? edge.canvasOffLineageOpacity : edge.canvasOpacity;
  // Dashing thousands of lines costs a software rasteriser tens of milliseconds a frame:
  // recalled edges are dashed once few enough are on screen, and drawn lighter until then.
  const dashed = recalled.count <= DASHED_EDGE_LIMIT;
  const recalledAlpha = dashed
    ? confirmedAlpha
    : styles.dimmed
      ? edge.canvasUndashedOffLineageOpacity
      : edge.canvasUndashedOpacity;
  const crowded = edgePixels > PIXEL_LAYER_FROM && pixelLayer !== null;
  return {
    c,
    scene,
    styles,
    view,
    t,
    device,
    left,
    top,
    right,
    bottom,
    box,
    faded,
    confirmed,
    recalled,
    strong,
    edgePixels,
    confirmedAlpha,
    recalledAlpha,
    dashed,
    pixelLayer: crowded ? pixelLayer : null,
    // Small circles join the pixel layer too, unless a lineage is drawn: its edges go under them.
    discs: crowded && strong.count === 0,
  };
}

/** Adds the edges of a run to the current path, as lines between their ends. */
export function traceEdges(c: CanvasRenderingContext2D, ends: Float64Array, run: EdgeRun): void {
  for (let k = 0; k < run.count; k++) {
    const e = run.list[k]! * 4;
    c.moveTo(ends[e]!, ends[e + 1]!);
    c.lineTo(ends[e + 2]!, ends[e + 3]!);
  }
}

/** Sets the transform from layout units to device pixels. */
export function setLayoutTransform(frame: LayerFrame): void {
  const { t } = frame;
  const { ratio } = frame.view;
  frame.c.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
}
