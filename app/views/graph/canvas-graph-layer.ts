import type { ZoomTransform } from 'd3';
import { EDGE_COLOR, type CanvasStyles } from './canvas-styles';
import { drawTimelineBack } from './canvas-timeline-frame';
import { toRgb, type PixelLayer } from './pixel-layer';
import type { GraphScene } from './graph-scene';

export const INK = '#1b2430';
export const FOCUS = '#b3470b';
/** Up to this many recalled edges on screen are drawn dashed. */
export const DASHED_EDGE_LIMIT = 800;
/** Circles smaller than this radius in device pixels are drawn as squares of the same area. */
const SQUARE_BELOW = 1.25;
/** In a crowded view, circles smaller than this radius (device pixels) go to the pixel layer. */
const DISC_BELOW = 6;
/** The smallest disc the pixel layer draws, so every method shows as at least a dot. */
const MIN_DISC = 0.7;
const SQUARE_HALF = Math.sqrt(Math.PI) / 2;
/** Above this many device pixels of edge on screen, lines go through the pixel layer. */
export const PIXEL_LAYER_FROM = 1_500_000;
/** Above this many lineage edges on screen they are drawn as hairlines. */
const WIDE_STRONG_LIMIT = 1500;
const EDGE_RGB = toRgb(EDGE_COLOR);

/** How much edge a layer drew: device pixels of line, and whether they went to the pixel layer. */
export interface LayerCost {
  edgePixels: number;
  crowded: boolean;
}

/** What part of the layout is on screen, and at which scale. */
export interface LayerView {
  transform: ZoomTransform;
  /** Device pixels per CSS pixel. */
  ratio: number;
  /** Canvas size in CSS pixels. */
  width: number;
  height: number;
}

/**
 * Draws the edges and circles of the graph, as filtered and focused, at one
 * zoom transform: the picture the canvas keeps while the reader zooms. Only
 * what is on screen is drawn; edges shorter than a device pixel are skipped
 * (their circles cover them) and tiny circles are drawn as squares, which a
 * software rasteriser fills several times faster. Given a pixel layer, a
 * crowded view (many pixels of edge on screen) draws its edges and small
 * circles through it. Returns how much edge was on screen.
 */
export function drawGraphLayer(
  c: CanvasRenderingContext2D,
  scene: GraphScene,
  styles: CanvasStyles,
  view: LayerView,
  pixelLayer: PixelLayer | null,
): LayerCost {
  const { transform: t, ratio } = view;
  c.setTransform(1, 0, 0, 1, 0, 0);
  c.clearRect(0, 0, c.canvas.width, c.canvas.height);
  c.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  const { layout } = scene;
  if (layout.kind === 'timeline') drawTimelineBack(c, layout, t.k);

  const device = t.k * ratio;
  const margin = 2 / t.k;
  const left = (0 - t.x) / t.k - margin;
  const top = (0 - t.y) / t.k - margin;
  const right = (view.width - t.x) / t.k + margin;
  const bottom = (view.height - t.y) / t.k + margin;
  const ends = scene.ends;
  const minLength2 = 1 / (device * device);

  // The on-screen edges of each look, and how many pixels of line they make together.
  let pixels = 0;
  const onScreen = (list: Int32Array): [Int32Array, number] => {
    const kept = new Int32Array(list.length);
    let count = 0;
    for (let k = 0; k < list.length; k++) {
      const e = list[k]! * 4;
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
      kept[count++] = list[k]!;
      pixels += Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1));
    }
    return [kept, count];
  };
  const faded = onScreen(styles.faded);
  const confirmed = onScreen(styles.confirmed);
  const recalled = onScreen(styles.recalled);
  const strong = onScreen(styles.strong);
  pixels *= device;
  const trace = ([list, count]: [Int32Array, number]) => {
    for (let k = 0; k < count; k++) {
      const e = list[k]! * 4;
      c.moveTo(ends[e]!, ends[e + 1]!);
      c.lineTo(ends[e + 2]!, ends[e + 3]!);
    }
  };
  const confirmedAlpha = styles.dimmed ? 0.2 : 0.6;
  // Dashing thousands of lines costs a software rasteriser tens of milliseconds a frame:
  // recalled edges are dashed once few enough are on screen, and drawn lighter until then.
  const dashed = recalled[1] <= DASHED_EDGE_LIMIT;
  const recalledAlpha = dashed ? confirmedAlpha : styles.dimmed ? 0.12 : 0.3;

  // Crowded: lines and small circles go through the pixel buffer (see PixelLayer), if given.
  const crowded = pixels > PIXEL_LAYER_FROM && pixelLayer !== null;
  // Small circles join the pixel layer too, unless a lineage is drawn: its edges go under them.
  const discs = crowded && strong[1] === 0;
  const { x, y, radius } = layout;
  if (crowded) {
    // At most one buffer pixel per CSS pixel: on dense screens the haze is scaled up.
    const scale = Math.min(ratio, 1);
    const bufferWidth = Math.round(view.width * scale);
    const bufferHeight = Math.round(view.height * scale);
    const ks = t.k * scale;
    pixelLayer.begin(bufferWidth, bufferHeight);
    pixelLayer.addLines(ends, faded[0], faded[1], 0.12, ks, t.x * scale, t.y * scale);
    pixelLayer.addLines(
      ends,
      confirmed[0],
      confirmed[1],
      confirmedAlpha,
      ks,
      t.x * scale,
      t.y * scale,
    );
    if (!dashed)
      pixelLayer.addLines(
        ends,
        recalled[0],
        recalled[1],
        recalledAlpha,
        ks,
        t.x * scale,
        t.y * scale,
      );
    // Few recalled edges among many others stay dashed: the canvas draws them below.
    pixelLayer.paintLines(EDGE_RGB);
    for (const batch of discs ? styles.fills : []) {
      const rgb = toRgb(batch.color);
      for (let k = 0; k < batch.nodes.length; k++) {
        const p = batch.nodes[k]!;
        const r = radius[p]!;
        if (r * device >= DISC_BELOW) continue;
        const cx = x[p]!;
        const cy = y[p]!;
        if (cx + r < left || cx - r > right || cy + r < top || cy - r > bottom) continue;
        const disc = Math.max(r * ks, MIN_DISC);
        pixelLayer.addDisc(cx * ks + t.x * scale, cy * ks + t.y * scale, disc, rgb, batch.alpha);
      }
    }
    c.setTransform(ratio / scale, 0, 0, ratio / scale, 0, 0);
    pixelLayer.drawOnto(c);
    c.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  }

  // Just under one device pixel: Skia draws these as hairlines, many times faster than wider strokes.
  c.lineWidth = 0.98 / device;
  c.strokeStyle = EDGE_COLOR;
  if (!crowded) {
    c.globalAlpha = 0.12;
    c.beginPath();
    trace(faded);
    c.stroke();
    c.globalAlpha = confirmedAlpha;
    c.beginPath();
    trace(confirmed);
    c.stroke();
  }
  if (!crowded || dashed) {
    c.globalAlpha = recalledAlpha;
    c.beginPath();
    trace(recalled);
    if (dashed) c.setLineDash([4 / t.k, 3 / t.k]);
    c.stroke();
    c.setLineDash([]);
  }
  c.globalAlpha = 1;
  c.strokeStyle = INK;
  // Wide strokes are very slow on a software rasteriser: a long lineage is drawn in hairlines.
  c.lineWidth = strong[1] > WIDE_STRONG_LIMIT ? 0.98 / device : 1.6 / t.k;
  c.beginPath();
  trace(strong);
  c.stroke();

  /** Adds the on-screen circles (or, when tiny, squares) of `list` to the current path. */
  const outline = (list: Int32Array) => {
    for (let k = 0; k < list.length; k++) {
      const p = list[k]!;
      const r = radius[p]!;
      const cx = x[p]!;
      const cy = y[p]!;
      if (cx + r < left || cx - r > right || cy + r < top || cy - r > bottom) continue;
      if (discs && r * device < DISC_BELOW) continue;
      if (r * device < SQUARE_BELOW) {
        const half = Math.max(r * SQUARE_HALF, 0.5 / device);
        c.rect(cx - half, cy - half, 2 * half, 2 * half);
      } else {
        c.moveTo(cx + r, cy);
        c.arc(cx, cy, r, 0, 2 * Math.PI);
      }
    }
  };
  for (const batch of styles.fills) {
    c.globalAlpha = batch.alpha;
    c.fillStyle = batch.color;
    c.beginPath();
    outline(batch.nodes);
    c.fill();
  }
  c.globalAlpha = 1;
  if (styles.rings.length > 0) {
    c.lineWidth = 1.5 / t.k;
    c.strokeStyle = INK;
    c.beginPath();
    outline(styles.rings);
    c.stroke();
  }
  if (styles.focus >= 0) {
    c.lineWidth = 3 / t.k;
    c.strokeStyle = FOCUS;
    c.beginPath();
    c.arc(x[styles.focus]!, y[styles.focus]!, radius[styles.focus]!, 0, 2 * Math.PI);
    c.stroke();
  }
  return { edgePixels: pixels, crowded };
}

/**
 * Hovering: the kept picture fades behind a veil, and the hovered method,
 * its neighbours and the edges between them are drawn on top at full
 * strength; no full redraw needed.
 */
export function drawHoverLayer(
  c: CanvasRenderingContext2D,
  scene: GraphScene,
  styles: CanvasStyles,
  view: LayerView,
  hovered: number,
  isShown: (edge: number) => boolean,
  colorOf: (position: number) => { color: string; alpha: number } | null,
): void {
  const { transform: t, ratio } = view;
  c.setTransform(1, 0, 0, 1, 0, 0);
  c.globalAlpha = 0.65;
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, c.canvas.width, c.canvas.height);
  c.globalAlpha = 1;
  c.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  const ends = scene.ends;
  const near = new Set<number>([hovered]);
  c.beginPath();
  for (const edge of scene.edgesOf[hovered] ?? []) {
    if (!isShown(edge)) continue;
    near.add(scene.edges.source[edge]!);
    near.add(scene.edges.target[edge]!);
    const e = edge * 4;
    c.moveTo(ends[e]!, ends[e + 1]!);
    c.lineTo(ends[e + 2]!, ends[e + 3]!);
  }
  c.strokeStyle = INK;
  c.lineWidth = 1.6 / t.k;
  c.stroke();
  const { x, y, radius } = scene.layout;
  for (const p of near) {
    const look = colorOf(p);
    if (!look) continue;
    c.globalAlpha = look.alpha;
    c.fillStyle = look.color;
    c.beginPath();
    c.arc(x[p]!, y[p]!, radius[p]!, 0, 2 * Math.PI);
    c.fill();
  }
  c.globalAlpha = 1;
  c.lineWidth = 1.5 / t.k;
  c.strokeStyle = styles.focus === hovered ? FOCUS : INK;
  c.beginPath();
  c.arc(x[hovered]!, y[hovered]!, radius[hovered]!, 0, 2 * Math.PI);
  c.stroke();
}
