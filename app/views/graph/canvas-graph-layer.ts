import type { CanvasStyles, NodeBatch } from './canvas-styles';
import { drawTimelineBack } from './canvas-timeline-frame';
import {
  setLayoutTransform,
  toLayerFrame,
  traceEdges,
  type LayerFrame,
  type LayerView,
} from './canvas-layer-frame';
import { GRAPH_LOOK } from './graph-look';
import type { GraphScene } from './graph-scene';
import { toRgb, type PixelLayer } from './pixel-layer';
import { toPixelPlan, type PixelPlan } from './pixel-plan';

/** Circles smaller than this radius in device pixels are drawn as squares of the same area. */
const SQUARE_BELOW = 1.25;
/** In a crowded view, circles smaller than this radius (device pixels) go to the pixel layer. */
const DISC_BELOW = 6;
/** The smallest disc the pixel layer draws, so every method shows as at least a dot. */
const MIN_DISC = 0.7;
const SQUARE_HALF = Math.sqrt(Math.PI) / 2;
/** Above this many lineage edges on screen they are drawn as hairlines. */
const WIDE_STRONG_LIMIT = 1500;
const { colour, edge, node } = GRAPH_LOOK;
const EDGE_RGB = toRgb(colour.edge);

/** How much edge a layer drew: device pixels of line, and whether they went to the pixel layer. */
export interface LayerCost {
  edgePixels: number;
  crowded: boolean;
}

/** Clears the layer; behind the timeline layout, its year stripes and paradigm rules. */
function drawBackdrop(frame: LayerFrame): void {
  const { c, scene, t } = frame;
  c.setTransform(1, 0, 0, 1, 0, 0);
  c.clearRect(0, 0, c.canvas.width, c.canvas.height);
  setLayoutTransform(frame);
  if (scene.layout.kind === 'timeline') drawTimelineBack(c, scene.layout, t.k);
}

/** How a crowded view maps layout units to the pixel layer's buffer. */
interface PixelView {
  /** Buffer pixels per CSS pixel: at most one, so on dense screens the haze is scaled up. */
  scale: number;
  k: number;
  tx: number;
  ty: number;
}

function toPixelView(frame: LayerFrame): PixelView {
  const { view, t } = frame;
  const scale = Math.min(view.ratio, 1);
  return { scale, k: t.k * scale, tx: t.x * scale, ty: t.y * scale };
}

/**
 * A crowded view, once its lines are in the pixel buffer (see PixelLayer): the lines and the
 * small circles are painted and the buffer is drawn onto the layer in one image.
 */
function drawCrowdedPixels(frame: LayerFrame, plan: PixelPlan | null): void {
  const { c, pixelLayer, view, styles } = frame;
  if (!pixelLayer || !plan) return;
  const pixels = toPixelView(frame);
  pixelLayer.paintLines(EDGE_RGB, plan.confirmedWeight, plan.recalledWeight);
  for (const batch of frame.discs ? styles.fills : [])
    addSmallDiscs(frame, pixelLayer, batch, pixels);
  const { scale } = pixels;
  c.setTransform(view.ratio / scale, 0, 0, view.ratio / scale, 0, 0);
  pixelLayer.drawOnto(c);
  setLayoutTransform(frame);
}

/**
 * Adds the batch's circles that are small on screen to the pixel layer. A loop-only
 * function (see app/views/README.md, "Loops over every edge").
 */
function addSmallDiscs(
  frame: LayerFrame,
  pixelLayer: PixelLayer,
  batch: NodeBatch,
  { k, tx, ty }: PixelView,
): void {
  const { x, y, radius } = frame.scene.layout;
  const rgb = toRgb(batch.colour);
  for (let n = 0; n < batch.nodes.length; n++) {
    const p = batch.nodes[n]!;
    const r = radius[p]!;
    if (r * frame.device >= DISC_BELOW || !isOnScreen(frame, p)) continue;
    const disc = Math.max(r * k, MIN_DISC);
    pixelLayer.addDisc(x[p]! * k + tx, y[p]! * k + ty, disc, rgb, batch.alpha);
  }
}

/** The cites off the lineage, as hairlines in the edge grey; recalled ones dashed when few. */
function drawEdges(frame: LayerFrame): void {
  const { c, device, t, pixelLayer, dashed } = frame;
  const ends = frame.scene.ends;
  // Just under one device pixel: Skia draws these as hairlines, many times faster than wider strokes.
  c.lineWidth = 0.98 / device;
  c.strokeStyle = colour.edge;
  if (!pixelLayer) {
    c.globalAlpha = edge.fadedOpacity;
    c.beginPath();
    traceEdges(c, ends, frame.faded);
    c.stroke();
    c.globalAlpha = frame.confirmedAlpha;
    c.beginPath();
    traceEdges(c, ends, frame.confirmed);
    c.stroke();
  }
  if (!pixelLayer || dashed) {
    c.globalAlpha = frame.recalledAlpha;
    c.beginPath();
    traceEdges(c, ends, frame.recalled);
    if (dashed) c.setLineDash(edge.recalledDash.map((length) => length / t.k));
    c.stroke();
    c.setLineDash([]);
  }
  c.globalAlpha = 1;
}

/** The focused method's lineage, in ink; wide strokes are slow in software, so a long one thinner. */
function drawLineageEdges(frame: LayerFrame): void {
  const { c, strong, device, t } = frame;
  c.strokeStyle = colour.ink;
  c.lineWidth = strong.count > WIDE_STRONG_LIMIT ? 0.98 / device : edge.canvasLineageWidth / t.k;
  c.beginPath();
  traceEdges(c, frame.scene.ends, strong);
  c.stroke();
}

function isOnScreen(frame: LayerFrame, p: number): boolean {
  const { x, y, radius } = frame.scene.layout;
  const r = radius[p]!;
  const cx = x[p]!;
  const cy = y[p]!;
  return !(
    cx + r < frame.left ||
    cx - r > frame.right ||
    cy + r < frame.top ||
    cy - r > frame.bottom
  );
}

/** Adds the on-screen circles (or, when tiny, squares) of `list` to the current path. */
function outlineNodes(frame: LayerFrame, list: Int32Array): void {
  const { c, device } = frame;
  const { x, y, radius } = frame.scene.layout;
  for (let k = 0; k < list.length; k++) {
    const p = list[k]!;
    const r = radius[p]!;
    if (!isOnScreen(frame, p)) continue;
    if (frame.discs && r * device < DISC_BELOW) continue;
    const cx = x[p]!;
    const cy = y[p]!;
    if (r * device < SQUARE_BELOW) {
      const half = Math.max(r * SQUARE_HALF, 0.5 / device);
      c.rect(cx - half, cy - half, 2 * half, 2 * half);
    } else {
      c.moveTo(cx + r, cy);
      c.arc(cx, cy, r, 0, 2 * Math.PI);
    }
  }
}

/** The circles, one fill per batch of colour and opacity, faint batches first. */
function drawNodes(frame: LayerFrame): void {
  const { c } = frame;
  for (const batch of frame.styles.fills) {
    c.globalAlpha = batch.alpha;
    c.fillStyle = batch.colour;
    c.beginPath();
    outlineNodes(frame, batch.nodes);
    c.fill();
  }
  c.globalAlpha = 1;
}

/** Ink rings round the methods of the focused lineage. */
function drawLineageRings(frame: LayerFrame): void {
  const { c, styles, t } = frame;
  if (styles.rings.length === 0) return;
  c.lineWidth = node.lineageRingWidth / t.k;
  c.strokeStyle = colour.ink;
  c.beginPath();
  outlineNodes(frame, styles.rings);
  c.stroke();
}

/** The focus colour's ring round the focused method. */
function drawFocusRing(frame: LayerFrame): void {
  const { c, styles, t } = frame;
  const p = styles.focus;
  if (p < 0) return;
  const { x, y, radius } = frame.scene.layout;
  c.lineWidth = node.canvasFocusRingWidth / t.k;
  c.strokeStyle = colour.focus;
  c.beginPath();
  c.arc(x[p]!, y[p]!, radius[p]!, 0, 2 * Math.PI);
  c.stroke();
}

/** The stages of a layer, bottom to top. */
const LAYER_STAGES = [
  drawBackdrop,
  drawCrowdedPixels,
  drawEdges,
  drawLineageEdges,
  drawNodes,
  drawLineageRings,
  drawFocusRing,
] as const;

/**
 * Edges added to the pixel buffer between two looks at the clock when a layer is drawn in
 * slices. A line costs a step per pixel, and zoomed in, lines are hundreds of pixels long:
 * with 2,048 a batch, slices meant to stop at 8 ms ran to 20 and once to 43 ms.
 */
const LINES_PER_SLICE = 256;

/** A layer being drawn, perhaps over several frames. */
export interface LayerDrawing {
  /** How much edge the layer has on screen. */
  readonly cost: LayerCost;
  /**
   * Draws until the layer is complete or `deadline` (a `performance.now()` time) has
   * passed, whichever comes first; true once the layer is complete. Only a crowded view's
   * lines are added in slices, into the pixel buffer: the layer's canvas is cleared and
   * drawn in the call that completes it, so until then it still holds the previous picture.
   * With a finite deadline, that call adds no lines: it starts once they are all added.
   */
  drawUntil(deadline: number): boolean;
}

/**
 * Makes the drawing of the edges and circles of the graph, as filtered and focused,
 * at one zoom transform: the picture the canvas keeps while the reader zooms.
 * Only what is on screen is drawn; edges shorter than a device pixel are
 * skipped and tiny circles are drawn as squares, which a software rasteriser
 * fills several times faster. Given a pixel layer, a crowded view (many
 * pixels of edge on screen) draws its edges and small circles through it;
 * nothing else may use that pixel layer until the drawing is complete. With
 * `keepCounts` (the layer on screen, not the overview), the pixel layer keeps
 * counts of the view's lines, so that the next paint at the same view adds
 * only the lines whose look changed (see toPixelPlan).
 */
export function makeLayerDrawing(
  c: CanvasRenderingContext2D,
  scene: GraphScene,
  styles: CanvasStyles,
  view: LayerView,
  pixelLayer: PixelLayer | null,
  keepCounts = false,
): LayerDrawing {
  const frame = toLayerFrame(c, scene, styles, view, pixelLayer);
  const plan = frame.pixelLayer ? toPixelPlan(frame, keepCounts) : null;
  const jobs = plan?.jobs ?? [];
  const pixels = toPixelView(frame);
  let current = 0;
  let next = 0;
  let begun = false;
  let done = false;
  return {
    cost: { edgePixels: frame.edgePixels, crowded: frame.pixelLayer !== null },
    drawUntil(deadline) {
      if (done) return true;
      if (!begun) {
        frame.pixelLayer?.begin(
          Math.round(view.width * pixels.scale),
          Math.round(view.height * pixels.scale),
        );
        if (plan?.counts) frame.pixelLayer!.beginCounts();
        begun = true;
      }
      const linesLeft = current < jobs.length;
      while (current < jobs.length) {
        const { run, weight, into } = jobs[current]!;
        const to = Math.min(run.count, next + LINES_PER_SLICE);
        frame.pixelLayer!.addLines(
          into,
          scene.ends,
          run.list,
          next,
          to,
          weight,
          pixels.k,
          pixels.tx,
          pixels.ty,
        );
        next = to;
        if (next >= run.count) {
          current++;
          next = 0;
        }
        if (current < jobs.length && performance.now() >= deadline) return false;
      }
      // The stages and the copy on screen that follows them take a frame's work of their
      // own: in slices, they start in a call that added no lines.
      if (linesLeft && deadline !== Infinity) return false;
      if (plan?.counts) frame.pixelLayer!.markCounted(plan.counts);
      for (const stage of LAYER_STAGES) stage(frame, plan);
      done = true;
      return true;
    },
  };
}

/** Draws a whole layer at once (see makeLayerDrawing); returns how much edge was on screen. */
export function drawGraphLayer(
  c: CanvasRenderingContext2D,
  scene: GraphScene,
  styles: CanvasStyles,
  view: LayerView,
  pixelLayer: PixelLayer | null,
  keepCounts = false,
): LayerCost {
  const drawing = makeLayerDrawing(c, scene, styles, view, pixelLayer, keepCounts);
  drawing.drawUntil(Infinity);
  return drawing.cost;
}
