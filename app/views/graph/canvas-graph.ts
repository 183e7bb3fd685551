import { quadtree, range, select, type Quadtree } from 'd3';
import { hasInBitset } from '../../query/bitset';
import type { GraphHooks, GraphRenderer } from './graph-renderer';
import {
  toEdgeEnds,
  toEdgeLineage,
  toEdgeState,
  type GraphPaint,
  type GraphScene,
} from './graph-scene';
import { drawTimelineAxis, drawTimelineBack } from './canvas-timeline-frame';
import { GraphZoomController } from './graph-zoom-controller';
import { placeLabels } from './place-labels';

const INK = '#1b2430';
const EDGE = '#8a94a1';
const FOCUS = '#b3470b';
const LABEL_FONT = '600 12px system-ui, sans-serif';
/** Up to this many recalled edges on screen are drawn dashed. */
export const DASHED_EDGE_LIMIT = 800;

/**
 * The citation graph on a <canvas>, for catalogues too large for SVG to
 * zoom smoothly: one redraw per animation frame, edges batched into a few
 * paths, hit-testing through a quadtree. Keyboard and screen-reader users
 * reach methods through the lineage list and the other views.
 */
export class CanvasGraph implements GraphRenderer {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly scene: GraphScene;
  private readonly hooks: GraphHooks;
  private readonly tree: Quadtree<number>;
  private readonly order: number[];
  private readonly maxRadius: number;
  private readonly zoom: GraphZoomController<HTMLCanvasElement>;
  private readonly resize: ResizeObserver;
  private current: GraphPaint | null = null;
  private hovered = -1;
  private frame = 0;
  private width = 0;
  private height = 0;

  constructor(canvas: HTMLCanvasElement, scene: GraphScene, hooks: GraphHooks) {
    this.canvas = canvas;
    this.context = canvas.getContext('2d')!;
    this.scene = scene;
    this.hooks = hooks;
    const { layout } = scene;
    const all = range(layout.x.length);
    this.tree = quadtree<number>()
      .x((p) => layout.x[p]!)
      .y((p) => layout.y[p]!)
      .addAll(all);
    this.order = all.sort((a, b) => layout.radius[a]! - layout.radius[b]! || a - b);
    this.maxRadius = Math.max(0, ...layout.radius);

    this.zoom = new GraphZoomController(canvas, layout, () => this.schedule());
    select(canvas)
      .on('pointermove.graph', (event: PointerEvent) => this.setHovered(this.pick(event)))
      .on('pointerleave.graph', () => this.setHovered(-1))
      .on('click.graph', (event: MouseEvent) => {
        const p = this.pick(event);
        if (p >= 0) this.hooks.onFocus(scene.catalogue.methods[p]!.id);
      });
    this.resize = new ResizeObserver(() => this.onResize());
    this.resize.observe(canvas);
    this.onResize();
  }

  paint(paint: GraphPaint): void {
    const focusMoved = paint.focus !== (this.current?.focus ?? -1);
    this.current = paint;
    if (focusMoved && paint.focus >= 0) this.reveal(paint.focus);
    this.schedule();
  }

  /** Pans so a method focused elsewhere is on screen. */
  private reveal(p: number): void {
    const { x, y } = this.scene.layout;
    this.zoom.reveal(x[p]!, y[p]!, this.width, this.height);
  }

  zoomBy(factor: number): void {
    this.zoom.zoomBy(factor);
  }

  fit(animate = true): void {
    this.zoom.fit(this.width, this.height, animate);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.resize.disconnect();
    this.zoom.destroy();
    select(this.canvas).on('.graph', null);
  }

  private onResize(): void {
    const box = this.canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    this.width = box.width;
    this.height = box.height;
    this.canvas.width = Math.round(box.width * ratio);
    this.canvas.height = Math.round(box.height * ratio);
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

  private setHovered(p: number): void {
    if (p === this.hovered) return;
    this.hovered = p;
    this.canvas.style.cursor = p >= 0 ? 'pointer' : '';
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const paint = this.current;
    const { context: c, scene } = this;
    const t = this.zoom.transform;
    const ratio = window.devicePixelRatio || 1;
    c.setTransform(1, 0, 0, 1, 0, 0);
    c.clearRect(0, 0, this.canvas.width, this.canvas.height);
    if (!paint) return;
    c.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
    const { layout } = scene;
    const x = layout.x;
    const y = layout.y;
    const hover = this.hovered;
    if (layout.kind === 'timeline') drawTimelineBack(c, layout, t.k);
    const adjacent = new Set(hover >= 0 ? (scene.edgesOf[hover] ?? []) : []);

    // Edges, batched by look: faded, recalled (dashed), confirmed, then highlighted.
    const batches = { faded: new Path2D(), recalled: new Path2D(), confirmed: new Path2D() };
    const strong = new Path2D();
    let recalledCount = 0;
    // What is on screen, in layout units: edges and circles wholly outside it are skipped.
    const [left, top] = t.invert([0, 0]);
    const [right, bottom] = t.invert([this.width, this.height]);
    const outside = (x0: number, y0: number, x1: number, y1: number) =>
      Math.max(x0, x1) < left ||
      Math.min(x0, x1) > right ||
      Math.max(y0, y1) < top ||
      Math.min(y0, y1) > bottom;
    for (let i = 0; i < scene.edges.source.length; i++) {
      const state = toEdgeState(scene, paint, i);
      if (state === 'hidden') continue;
      const [x1, y1, x2, y2] = toEdgeEnds(scene, x, y, i);
      if (outside(x1, y1, x2, y2)) continue;
      const path =
        toEdgeLineage(scene, paint, i) || adjacent.has(i)
          ? strong
          : state === 'faded'
            ? batches.faded
            : scene.edges.confirmed[i]
              ? batches.confirmed
              : batches.recalled;
      if (path === batches.recalled) recalledCount++;
      path.moveTo(x1, y1);
      path.lineTo(x2, y2);
    }
    const dimmed = paint.focus >= 0 || hover >= 0;
    // Just under one device pixel: Skia draws these as hairlines, many times faster than wider strokes.
    c.lineWidth = 0.98 / (t.k * ratio);
    c.strokeStyle = EDGE;
    c.globalAlpha = 0.12;
    c.stroke(batches.faded);
    c.globalAlpha = dimmed ? 0.2 : 0.6;
    c.stroke(batches.confirmed);
    // Dashing thousands of lines costs a software rasteriser tens of milliseconds a frame:
    // recalled edges are dashed once few enough are on screen, and drawn lighter until then.
    if (recalledCount <= DASHED_EDGE_LIMIT) c.setLineDash([4 / t.k, 3 / t.k]);
    else c.globalAlpha = dimmed ? 0.12 : 0.3;
    c.stroke(batches.recalled);
    c.setLineDash([]);
    c.globalAlpha = 1;
    c.strokeStyle = INK;
    c.lineWidth = 1.6 / t.k;
    c.stroke(strong);

    const near = new Set<number>();
    for (const edge of adjacent) {
      near.add(scene.edges.source[edge]!);
      near.add(scene.edges.target[edge]!);
    }
    // Circles batched into one path per colour and opacity: a few fills instead of thousands.
    const fills = new Map<string, Path2D>();
    const rings = new Path2D();
    const focusRing = new Path2D();
    for (const p of this.order) {
      const visible = hasInBitset(paint.visible, p);
      if (!visible && paint.filtered === 'hide') continue;
      const inLineage = p === paint.focus || paint.lineage.has(p);
      const lit = hover >= 0 ? near.has(p) || p === hover : paint.focus < 0 || inLineage;
      const key = `${!visible ? 0.15 : lit ? 1 : 0.3}|${paint.colors[p] ?? EDGE}`;
      let path = fills.get(key);
      if (!path) fills.set(key, (path = new Path2D()));
      const r = layout.radius[p]!;
      if (outside(x[p]! - r, y[p]! - r, x[p]! + r, y[p]! + r)) continue;
      path.moveTo(x[p]! + r, y[p]!);
      path.arc(x[p]!, y[p]!, r, 0, 2 * Math.PI);
      if (p === paint.focus || p === hover || inLineage) {
        const ring = p === paint.focus ? focusRing : rings;
        ring.moveTo(x[p]! + r, y[p]!);
        ring.arc(x[p]!, y[p]!, r, 0, 2 * Math.PI);
      }
    }
    for (const [key, path] of fills) {
      const [alpha, color] = key.split('|');
      c.globalAlpha = Number(alpha);
      c.fillStyle = color!;
      c.fill(path);
    }
    c.globalAlpha = 1;
    c.lineWidth = 1.5 / t.k;
    c.strokeStyle = INK;
    c.stroke(rings);
    c.lineWidth = 3 / t.k;
    c.strokeStyle = FOCUS;
    c.stroke(focusRing);
    c.globalAlpha = 1;
    this.drawLabels(paint);
    if (layout.kind === 'timeline') {
      drawTimelineAxis(c, layout, scene.catalogue.taxonomy.paradigms, t, {
        width: this.width,
        height: this.height,
      });
    }
  }

  /** Labels in screen space, so they stay 12px at any zoom, each on a free side of its node. */
  private drawLabels(paint: GraphPaint): void {
    const { context: c, scene } = this;
    const t = this.zoom.transform;
    const ratio = window.devicePixelRatio || 1;
    c.setTransform(ratio, 0, 0, ratio, 0, 0);
    c.font = LABEL_FONT;
    c.textBaseline = 'middle';
    c.lineJoin = 'round';
    const wanted: [number, boolean][] = [];
    if (paint.focus >= 0) wanted.push([paint.focus, true]);
    if (this.hovered >= 0 && this.hovered !== paint.focus) wanted.push([this.hovered, true]);
    for (const p of scene.labelled)
      if (p !== paint.focus && p !== this.hovered) wanted.push([p, false]);
    const shown = wanted.filter(
      ([p]) => hasInBitset(paint.visible, p) || paint.filtered === 'fade',
    );
    const names = shown.map(([p]) => scene.catalogue.methods[p]!.name);
    const spots = placeLabels(
      shown.map(([p, always], index) => ({
        x: t.applyX(scene.layout.x[p]!),
        y: t.applyY(scene.layout.y[p]!),
        r: scene.layout.radius[p]! * t.k,
        width: c.measureText(names[index]!).width,
        height: 14,
        always,
      })),
    );
    shown.forEach(([p], index) => {
      const spot = spots[index];
      if (!spot) return;
      c.textAlign = spot.anchor === 'middle' ? 'center' : spot.anchor === 'end' ? 'right' : 'left';
      c.globalAlpha = hasInBitset(paint.visible, p) ? 1 : 0.45;
      c.lineWidth = 3;
      c.strokeStyle = '#ffffff';
      c.strokeText(names[index]!, spot.x, spot.y);
      c.fillStyle = p === paint.focus ? FOCUS : INK;
      c.fillText(names[index]!, spot.x, spot.y);
    });
    c.globalAlpha = 1;
  }
}
