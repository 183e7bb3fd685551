import { quadtree, range, select, type Quadtree, type ZoomTransform } from 'd3';
import { hasInBitset } from '../../query/bitset';
import { drawHoverLayer } from './canvas-hover-layer';
import type { LayerView } from './canvas-layer-frame';
import { CanvasLabels } from './canvas-labels';
import { toCanvasStyles, type CanvasStyles } from './canvas-styles';
import { drawTimelineAxis } from './canvas-timeline-frame';
import { isSameView, type GraphHooks, type GraphRenderer } from './graph-renderer';
import { toEdgeState, type GraphPaint, type GraphScene } from './graph-scene';
import { GRAPH_LOOK } from './graph-look';
import { GraphZoomController } from './graph-zoom-controller';
import { cancelIdleTask, runWhenIdle } from './idle-task';
import { LayerPainter } from './layer-painter';
import type { LayerDrawing } from './canvas-graph-layer';
import { formatNodeDescription } from './node-names';
import { ARROW_STEPS, stepReadingOrder } from './reading-order';

/** A zoom or pan gesture has ended once no zoom event came for this long: then redraw in full. */
export const SETTLE_MS = 120;
/**
 * Milliseconds of a frame the redraw after a gesture may take before the frame is shown
 * (with the kept layer moved, as during the gesture) and the redraw goes on in the next.
 */
const SETTLE_SLICE_MS = 8;

/**
 * The citation graph on a <canvas>, for catalogues too large for SVG to
 * zoom smoothly. The edges and circles are drawn once into an offscreen
 * layer; each frame copies that layer, then adds what changes often (the
 * hover highlight, the labels, the timeline axis). While a zoom or pan
 * gesture lasts, frames copy the layer scaled and moved by the change of
 * zoom (one image draw instead of thousands of shapes), and the layer is
 * drawn again at the new zoom once the gesture settles. Hit-testing goes
 * through a quadtree. The canvas takes the keyboard focus as one element:
 * arrow keys move a highlight between the shown methods in reading order, as
 * in the SVG, and name each one (GraphHooks.onAnnounce); Enter opens it.
 */
export class CanvasGraph implements GraphRenderer {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly layer: HTMLCanvasElement;
  private readonly layerContext: CanvasRenderingContext2D;
  private readonly painter = new LayerPainter();
  /** The whole graph at the fitted zoom, drawn when idle: what shows around the kept layer
   * while zooming out. */
  private readonly overview: HTMLCanvasElement;
  private overviewTransform: ZoomTransform | null = null;
  private idle = 0;
  private readonly hooks: GraphHooks;
  private readonly zoom: GraphZoomController<HTMLCanvasElement>;
  private readonly resize: ResizeObserver;
  private readonly labels = new CanvasLabels();
  private scene: GraphScene;
  private tree!: Quadtree<number>;
  private order!: number[];
  private maxRadius = 0;
  private current: GraphPaint | null = null;
  private styles: CanvasStyles | null = null;
  /** The transform the offscreen layer was drawn at; null when it must be drawn again. */
  private layerTransform: ZoomTransform | null = null;
  /** The redraw after a gesture, under way over several frames: what it draws, and at which zoom. */
  private settling: { drawing: LayerDrawing; styles: CanvasStyles; t: ZoomTransform } | null = null;
  private moving = false;
  private settleTimer = 0;
  private hovered = -1;
  /** The method the arrow keys reached, highlighted like a hovered one; -1 for none. */
  private keyed = -1;
  /** The method under the pointer when it was last pressed (-1: none), or null before a press. */
  private pressed: number | null = null;
  private frame = 0;
  private width = 0;
  private height = 0;

  constructor(canvas: HTMLCanvasElement, scene: GraphScene, hooks: GraphHooks) {
    this.canvas = canvas;
    this.context = canvas.getContext('2d')!;
    this.layer = document.createElement('canvas');
    this.layerContext = this.layer.getContext('2d')!;
    this.overview = document.createElement('canvas');
    this.scene = scene;
    this.hooks = hooks;
    this.index();

    this.zoom = new GraphZoomController(canvas, scene.layout, () => this.onZoom());
    select(canvas)
      .on('pointermove.graph', (event: PointerEvent) => {
        const p = this.pick(event);
        this.setHovered(p >= 0 ? p : this.keyed, p >= 0);
      })
      .on('pointerleave.graph', () => this.setHovered(this.keyed, false))
      .on('keydown.graph', (event: KeyboardEvent) => this.onKey(event))
      .on('blur.graph', () => this.setKeyed(-1))
      .on('pointerdown.graph', (event: PointerEvent) => {
        this.pressed = this.pick(event);
      })
      .on('click.graph', (event: MouseEvent) => {
        // The press's own position, which the pointer cursor showed: a click's coordinates
        // are whole pixels, so at a circle's edge they can miss the method that was pressed.
        const p = this.pressed ?? this.pick(event);
        this.pressed = null;
        if (p >= 0) this.hooks.onFocus(this.scene.catalogue.methods[p]!.id);
      });
    this.resize = new ResizeObserver(() => this.onResize());
    this.resize.observe(canvas);
    this.onResize();
  }

  paint(paint: GraphPaint): void {
    const focusMoved = paint.focus !== (this.current?.focus ?? -1);
    this.current = paint;
    this.styles = toCanvasStyles(this.scene, paint, this.order);
    this.overviewTransform = null;
    // A highlighted method that 'hide' mode takes away loses its highlight, by pointer or key.
    const hiddenNow = (p: number) =>
      p >= 0 && paint.filtered === 'hide' && !hasInBitset(paint.visible, p);
    if (hiddenNow(this.hovered)) this.hovered = -1;
    if (hiddenNow(this.keyed)) this.keyed = -1;
    this.layerTransform = null;
    if (focusMoved && paint.focus >= 0) this.reveal(paint.focus);
    this.schedule();
  }

  /** Takes new positions for the same catalogue (a layout still being refined): nothing else changes. */
  setScene(scene: GraphScene): void {
    if (scene === this.scene) return;
    const sameCatalogue = scene.catalogue === this.scene.catalogue;
    this.scene = scene;
    this.index();
    if (this.current && !sameCatalogue)
      this.styles = toCanvasStyles(scene, this.current, this.order);
    this.zoom.setLayout(scene.layout);
    if (!this.zoom.moved) this.fit(false);
    this.layerTransform = null;
    this.overviewTransform = null;
    this.schedule();
  }

  zoomBy(factor: number): void {
    this.zoom.zoomBy(factor);
  }

  fit(animate = true): void {
    this.zoom.fit(this.width, this.height, animate);
    if (!animate) this.settle();
  }

  destroy(): void {
    this.settling = null;
    cancelAnimationFrame(this.frame);
    cancelIdleTask(this.idle);
    window.clearTimeout(this.settleTimer);
    this.resize.disconnect();
    this.zoom.destroy();
    select(this.canvas).on('.graph', null);
    this.layer.width = this.overview.width = 0;
    this.layer.height = this.overview.height = 0;
  }

  /** Positions by circle size (small first, so large circles stay on top) and the hit-test tree. */
  private index(): void {
    const { layout } = this.scene;
    const all = range(layout.x.length);
    this.tree = quadtree<number>()
      .x((p) => layout.x[p]!)
      .y((p) => layout.y[p]!)
      .addAll(all);
    this.order = all.sort((a, b) => layout.radius[a]! - layout.radius[b]! || a - b);
    this.maxRadius = layout.radius.reduce((most, r) => Math.max(most, r), 0);
  }

  /** Pans so a method focused elsewhere is on screen. */
  private reveal(p: number): void {
    const { x, y } = this.scene.layout;
    this.zoom.reveal(x[p]!, y[p]!, this.width, this.height);
  }

  private onZoom(): void {
    this.moving = true;
    window.clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => this.settle(), SETTLE_MS);
    this.schedule();
  }

  /** The gesture is over: the next frame draws the layer again at the final zoom. */
  private settle(): void {
    window.clearTimeout(this.settleTimer);
    this.moving = false;
    this.schedule();
  }

  private onResize(): void {
    const box = this.canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    this.width = box.width;
    this.height = box.height;
    this.canvas.width = this.layer.width = this.overview.width = Math.round(box.width * ratio);
    this.canvas.height = this.layer.height = this.overview.height = Math.round(box.height * ratio);
    this.layerTransform = null;
    this.overviewTransform = null;
    if (!this.zoom.moved) this.fit(false);
    this.schedule();
  }

  private pick(event: MouseEvent): number {
    const box = this.canvas.getBoundingClientRect();
    const [x, y] = this.zoom.transform.invert([event.clientX - box.left, event.clientY - box.top]);
    const { layout } = this.scene;
    const near = this.tree.find(x, y, this.maxRadius + 4 / this.zoom.transform.k);
    if (near === undefined) return -1;
    const hidden = this.current?.filtered === 'hide' && !hasInBitset(this.current.visible, near);
    const distance = Math.hypot(layout.x[near]! - x, layout.y[near]! - y);
    return !hidden && distance <= layout.radius[near]! + 3 / this.zoom.transform.k ? near : -1;
  }

  /** Highlights method `p` (-1: none); `underPointer` when the pointer is on it, so it can be clicked. */
  private setHovered(p: number, underPointer: boolean): void {
    this.canvas.style.cursor = underPointer && p >= 0 ? 'pointer' : '';
    if (p === this.hovered) return;
    this.hovered = p;
    this.schedule();
  }

  /** Arrow keys move between shown methods in reading order; Enter or Space opens the one reached. */
  private onKey(event: KeyboardEvent): void {
    const methods = this.scene.catalogue.methods;
    if ((event.key === 'Enter' || event.key === ' ') && this.keyed >= 0) {
      event.preventDefault();
      this.hooks.onFocus(methods[this.keyed]!.id);
      return;
    }
    const step = ARROW_STEPS[event.key];
    if (step === undefined || !this.current) return;
    event.preventDefault();
    const { visible, focus } = this.current;
    const shown = (p: number) => hasInBitset(visible, p);
    // The first move lands on the method already focused, when it is shown.
    const startsOnFocus = this.keyed < 0 && focus >= 0 && shown(focus);
    const { x, y } = this.scene.layout;
    const next = startsOnFocus ? focus : stepReadingOrder(x, y, shown, this.keyed, step);
    if (next < 0) return;
    this.setKeyed(next);
    this.reveal(next);
    this.hooks.onAnnounce?.(formatNodeDescription(this.scene.catalogue, next));
  }

  private setKeyed(p: number): void {
    this.keyed = p;
    this.setHovered(p, false);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /**
   * Whether the canvas has pixels to draw on. A stage collapsed to no height (or no width),
   * as while a view is switched, or a graph destroyed, leaves its layers without any, and a
   * canvas cannot copy a layer of no pixels.
   */
  private hasRoom(): boolean {
    return this.layer.width > 0 && this.layer.height > 0;
  }

  private toView(transform: ZoomTransform): LayerView {
    const ratio = window.devicePixelRatio || 1;
    return { transform, ratio, width: this.width, height: this.height };
  }

  /**
   * One frame, in named steps bottom to top: the graph layer (drawn again, or the kept one
   * moved during a gesture), the hover highlight, the labels, the timeline axis.
   */
  private draw(): void {
    const { context: c } = this;
    const paint = this.current;
    const styles = this.styles;
    c.setTransform(1, 0, 0, 1, 0, 0);
    c.clearRect(0, 0, this.canvas.width, this.canvas.height);
    if (!paint || !styles || !this.hasRoom()) return;
    const t = this.zoom.transform;
    this.drawGraph(styles, t);
    this.drawHover(paint, styles, t);
    this.labels.draw(c, this.scene, paint, this.hovered, t, {
      width: this.width,
      height: this.height,
    });
    this.drawAxis(t);
  }

  /**
   * The edges and circles: drawn again at `t`; during a gesture, the kept layer moved; once a
   * gesture ends, the kept layer moved until the redraw at `t`, a slice a frame, is complete.
   */
  private drawGraph(styles: CanvasStyles, t: ZoomTransform): void {
    const started = performance.now();
    const kept = this.layerTransform;
    if (kept !== null && (isSameTransform(kept, t) || this.moving)) {
      this.settling = null;
      this.moveKept(kept, t);
      return;
    }
    const present = () => this.context.drawImage(this.layer, 0, 0);
    const under = this.settling;
    const settling =
      kept === null
        ? null
        : under && under.styles === styles && isSameTransform(under.t, t)
          ? under
          : this.makeSettling(styles, t);
    this.settling = settling;
    if (!settling)
      this.painter.draw(this.layerContext, this.scene, styles, this.toView(t), present);
    else if (settling.drawing.drawUntil(started + SETTLE_SLICE_MS)) present();
    else {
      this.moveKept(kept!, t);
      this.schedule();
      return;
    }
    this.settling = null;
    this.layerTransform = t;
    if (this.overviewTransform === null) this.idle = runWhenIdle(() => this.drawOverview());
  }

  /** A redraw at `t` to draw over several frames; null when it must be drawn at once. */
  private makeSettling(styles: CanvasStyles, t: ZoomTransform) {
    const drawing = this.painter.makeDrawing(this.layerContext, this.scene, styles, this.toView(t));
    return drawing ? { drawing, styles, t } : null;
  }

  /** The kept layer, scaled and moved from its transform to `t`; where it does not reach
   * (zooming out), the overview of the whole graph. */
  private moveKept(kept: ZoomTransform, t: ZoomTransform): void {
    if (isSameTransform(kept, t)) this.blit(this.layer, kept, t);
    else if (!this.covers(kept, t)) {
      if (this.overviewTransform === null) this.drawOverview();
      this.blit(this.overview, this.overviewTransform!, t);
      this.blit(this.layer, kept, t, true);
    } else this.blit(this.layer, kept, t);
  }

  /** The hovered method, its neighbours and the cites between them, over a veil. */
  private drawHover(paint: GraphPaint, styles: CanvasStyles, t: ZoomTransform): void {
    if (this.hovered < 0) return;
    const scene = this.scene;
    const { colour, node } = GRAPH_LOOK;
    drawHoverLayer(
      this.context,
      scene,
      styles,
      this.toView(t),
      this.hovered,
      (edge) => toEdgeState(scene, paint, edge) !== 'hidden',
      (p) => {
        const visible = hasInBitset(paint.visible, p);
        if (!visible && paint.filtered === 'hide') return null;
        return {
          colour: paint.colours[p] ?? colour.unknownNode,
          alpha: visible ? 1 : node.fadedOpacity,
        };
      },
    );
  }

  /** The timeline layout's years and paradigm names, in screen pixels. */
  private drawAxis(t: ZoomTransform): void {
    if (this.scene.layout.kind !== 'timeline') return;
    const ratio = window.devicePixelRatio || 1;
    this.context.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawTimelineAxis(this.context, this.scene.layout, this.scene.catalogue.taxonomy.paradigms, t, {
      width: this.width,
      height: this.height,
    });
  }

  /** Does the layer drawn at `kept` still cover the whole canvas at `t`? */
  private covers(kept: ZoomTransform, t: ZoomTransform): boolean {
    const s = t.k / kept.k;
    const left = t.x - s * kept.x;
    const top = t.y - s * kept.y;
    return (
      left <= 0 &&
      top <= 0 &&
      left + s * this.width >= this.width &&
      top + s * this.height >= this.height
    );
  }

  /** Copies a layer drawn at transform `from` as it would look at `to`; `opaque` clears under it. */
  private blit(source: HTMLCanvasElement, from: ZoomTransform, to: ZoomTransform, opaque = false) {
    const c = this.context;
    const ratio = window.devicePixelRatio || 1;
    const s = to.k / from.k;
    c.setTransform(s, 0, 0, s, ratio * (to.x - s * from.x), ratio * (to.y - s * from.y));
    if (opaque) c.clearRect(0, 0, source.width, source.height);
    c.drawImage(source, 0, 0);
    c.setTransform(1, 0, 0, 1, 0, 0);
  }

  /** Draws the whole graph at the fitted zoom into the overview. */
  private drawOverview(): void {
    cancelIdleTask(this.idle);
    this.idle = 0;
    // It shares the pixel buffer with a redraw under way, which then starts again.
    this.settling = null;
    const styles = this.styles;
    if (!styles || !this.hasRoom()) return;
    const fitted = this.zoom.toFitted(this.width, this.height);
    const context = this.overview.getContext('2d')!;
    const kept = this.layerTransform;
    if (kept && isSameView(kept, fitted)) {
      // The view is the fitted one: the overview is a copy of the kept layer, not drawn again.
      context.clearRect(0, 0, this.overview.width, this.overview.height);
      context.drawImage(this.layer, 0, 0);
    } else this.painter.drawOverview(context, this.scene, styles, this.toView(fitted));
    this.overviewTransform = fitted;
  }
}

function isSameTransform(a: ZoomTransform, b: ZoomTransform): boolean {
  return a.k === b.k && a.x === b.x && a.y === b.y;
}
