import { drag, range, select, type Selection, type ZoomTransform } from 'd3';
import { formatNodeDescription } from './node-names';
import { hasInBitset } from '../../query/bitset';
import type { GraphHooks, GraphRenderer } from './graph-renderer';
import { toEdgeEnds, toEdgeState, type GraphPaint, type GraphScene } from './graph-scene';
import { GRAPH_LOOK } from './graph-look';
import { GraphZoomController } from './graph-zoom-controller';
import { SvgLabels } from './svg-labels';
import { applyEdgeFlags, applyNodeFlags, toEdgeFlags, toNodeFlags } from './svg-restyle';
import { ARROW_STEPS, stepReadingOrder } from './reading-order';
import { makeTimelineFrame, type TimelineFrame } from './timeline-frame';

type Group = Selection<SVGGElement, unknown, null, undefined>;
/**
 * The citation graph in SVG. d3 owns the one <g> it is handed: it joins one
 * <g role="button" data-id> per method and one <line data-source data-target>
 * per cite, and attaches zoom, pan, drag, hover and keyboard movement.
 * `paint` only toggles classes and styles; positions stay those of the
 * whole-catalogue layout (until the reader drags a node).
 */
export class SvgGraph implements GraphRenderer {
  private readonly scene: GraphScene;
  private readonly hooks: GraphHooks;
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly root: Group;
  private readonly layer: Group;
  private readonly nodeEls: SVGGElement[] = [];
  private readonly edgeEls: SVGLineElement[] = [];
  private readonly frame: TimelineFrame | null;
  private readonly labels: SvgLabels;
  private readonly zoom: GraphZoomController<SVGSVGElement>;
  private readonly resize: ResizeObserver;
  private current: GraphPaint | null = null;
  private hovered = -1;
  /** The flags each element was last styled with (see svg-restyle), so a paint only touches changes. */
  private readonly nodeState: Int32Array;
  private readonly nodeFill: string[] = [];
  private readonly edgeState: Int32Array;
  private tabStop = -1;
  private hasFocusClass = false;
  /** The hovered method's neighbours and edges, as last highlighted. */
  private near = new Set<number>();
  private adjacent = new Set<number>();
  /** Size of the <svg>, kept by the resize observer so zooming never reads layout. */
  private box = { width: 0, height: 0 };

  constructor(svg: SVGSVGElement, rootEl: SVGGElement, scene: GraphScene, hooks: GraphHooks) {
    this.scene = scene;
    this.hooks = hooks;
    const { layout, edges, catalogue } = scene;
    this.x = Float64Array.from(layout.x);
    this.y = Float64Array.from(layout.y);
    this.nodeState = new Int32Array(catalogue.methods.length).fill(-1);
    this.edgeState = new Int32Array(edges.source.length).fill(-1);
    this.root = select(rootEl);
    this.root.selectAll('*').remove();
    this.layer = this.root.append('g').attr('class', 'graph-zoom-layer');
    this.frame =
      layout.kind === 'timeline' ? makeTimelineFrame(this.layer, this.root, scene) : null;

    const idOf = (position: number) => catalogue.methods[position]!.id;
    this.layer
      .append('g')
      .attr('class', 'graph-edges')
      .attr('aria-hidden', 'true')
      .selectAll('line')
      .data(range(edges.source.length))
      .join('line')
      .attr('class', (i) => (edges.confirmed[i] ? 'graph-edge' : 'graph-edge is-recalled'))
      .attr('data-source', (i) => idOf(edges.source[i]!))
      .attr('data-target', (i) => idOf(edges.target[i]!))
      .attr('data-basis', (i) => (edges.confirmed[i] ? 'confirmed' : 'recalled'))
      .each((i, k, all) => {
        this.edgeEls[i] = all[k] as SVGLineElement;
        this.placeEdge(i);
      });

    // Small circles first, so the most cited sit on top and stay clickable.
    const order = range(catalogue.methods.length).sort(
      (a, b) => layout.radius[a]! - layout.radius[b]! || a - b,
    );
    const nodes = this.layer
      .append('g')
      .attr('class', 'graph-nodes')
      .selectAll<SVGGElement, number>('g')
      .data(order)
      .join('g')
      .attr('class', 'graph-node')
      .attr('data-id', idOf)
      .attr('role', 'button')
      .attr('tabindex', -1)
      .attr('aria-label', (p) => formatNodeDescription(catalogue, p))
      .each((p, k, all) => {
        this.nodeEls[p] = all[k]!;
        all[k]!.setAttribute('transform', `translate(${this.x[p]},${this.y[p]})`);
      });
    nodes.append('circle').attr('r', (p) => layout.radius[p]!);
    nodes
      .on('click', (_event, p) => this.hooks.onFocus(idOf(p)))
      .on('pointerenter focus', (_event, p) => this.hover(p))
      .on('pointerleave blur', () => this.hover(-1))
      .on('keydown', (event: KeyboardEvent, p) => this.onKey(event, p))
      .call(
        drag<SVGGElement, number>()
          .clickDistance(4)
          .subject((_event, p) => ({ x: this.x[p]!, y: this.y[p]! }))
          .on('drag', (event: { x: number; y: number }, p) => {
            this.x[p] = event.x;
            this.y[p] = event.y;
            this.placeNode(p);
          }),
      );

    this.labels = new SvgLabels(this.layer, scene);

    const { width, height } = svg.getBoundingClientRect();
    this.box = { width, height };
    this.zoom = new GraphZoomController(svg, layout, (transform) => this.applyTransform(transform));
    this.resize = new ResizeObserver((entries) => {
      const size = entries.at(-1)?.contentRect;
      if (size) this.box = { width: size.width, height: size.height };
      if (!this.zoom.moved) this.fit(false);
      else this.frame?.update(this.zoom.transform, this.box);
    });
    this.resize.observe(svg);
    this.fit(false);
  }

  /**
   * Restyles for a paint, in named steps: the focus class, the nodes, the tab stop, the
   * edges, the labels. Only elements whose look changed are touched: a facet toggle restyles
   * what it filters.
   */
  paint(paint: GraphPaint): void {
    const focusMoved = paint.focus !== (this.current?.focus ?? -1);
    this.current = paint;
    if (focusMoved && paint.focus >= 0) this.reveal(paint.focus);
    this.applyFocusClass(paint);
    this.applyNodeStyles(paint);
    this.applyTabStop(paint);
    this.applyEdgeStyles(paint);
    this.labels.restyle(paint);
    if (this.hovered >= 0) this.hover(this.hovered);
    else this.layoutLabels();
  }

  private applyFocusClass(paint: GraphPaint): void {
    if (this.hasFocusClass === paint.focus >= 0) return;
    this.hasFocusClass = paint.focus >= 0;
    this.root.classed('has-focus', this.hasFocusClass);
  }

  private applyNodeStyles(paint: GraphPaint): void {
    this.nodeEls.forEach((el, p) => {
      const flags = toNodeFlags(paint, p);
      applyNodeFlags(el, flags, this.nodeState[p]!);
      this.nodeState[p] = flags;
      const fill = paint.colours[p] ?? GRAPH_LOOK.colour.unknownNode;
      if (this.nodeFill[p] !== fill) {
        this.nodeFill[p] = fill;
        el.firstElementChild?.setAttribute('fill', fill);
      }
    });
  }

  /** One node is in the tab order: the focused method if shown, else the first shown one. */
  private applyTabStop(paint: GraphPaint): void {
    const shown = (p: number) => hasInBitset(paint.visible, p);
    let tabStop = paint.focus >= 0 && shown(paint.focus) ? paint.focus : -1;
    for (let p = 0; tabStop < 0 && p < this.nodeEls.length; p++) if (shown(p)) tabStop = p;
    if (tabStop === this.tabStop) return;
    this.nodeEls[this.tabStop]?.setAttribute('tabindex', '-1');
    this.nodeEls[tabStop]?.setAttribute('tabindex', '0');
    this.tabStop = tabStop;
  }

  private applyEdgeStyles(paint: GraphPaint): void {
    this.edgeEls.forEach((el, i) => {
      const flags = toEdgeFlags(this.scene, paint, i);
      applyEdgeFlags(el, flags, this.edgeState[i]!);
      this.edgeState[i] = flags;
    });
  }

  zoomBy(factor: number): void {
    this.zoom.zoomBy(factor);
  }

  fit(animate = true): void {
    this.zoom.fit(this.box.width, this.box.height, animate);
  }

  destroy(): void {
    this.resize.disconnect();
    this.zoom.destroy();
    this.root.selectAll('*').remove();
    this.root.classed('has-focus', false).classed('is-hovering', false);
  }

  private applyTransform(transform: ZoomTransform): void {
    this.layer.attr('transform', transform.toString());
    this.labels.setScale(transform.k);
    this.layoutLabels();
    this.frame?.update(transform, this.box);
  }

  private placeNode(p: number): void {
    this.nodeEls[p]?.setAttribute('transform', `translate(${this.x[p]},${this.y[p]})`);
    for (const edge of this.scene.edgesOf[p] ?? []) this.placeEdge(edge);
    if (this.labels.has(p) || p === this.current?.focus || p === this.hovered) this.layoutLabels();
  }

  private placeEdge(edge: number): void {
    const el = this.edgeEls[edge];
    if (!el) return;
    const [x1, y1, x2, y2] = toEdgeEnds(this.scene, this.x, this.y, edge);
    el.setAttribute('x1', String(x1));
    el.setAttribute('y1', String(y1));
    el.setAttribute('x2', String(x2));
    el.setAttribute('y2', String(y2));
  }

  /**
   * Labels keep their screen size at any zoom and move to a free side of their node inside the
   * drawing, or hide.
   */
  private layoutLabels(): void {
    const focus = this.current?.focus ?? -1;
    this.labels.place(this.zoom.transform, this.x, this.y, focus, this.hovered, this.box);
  }

  /** Hovering (or keyboard focus on) a node highlights it, its neighbours and their edges. */
  private hover(p: number): void {
    const previous = this.hovered;
    this.hovered = p;
    const paint = this.current;
    this.root.classed('is-hovering', p >= 0);
    const near = new Set<number>();
    const adjacent = new Set<number>();
    if (p >= 0 && paint) {
      for (const edge of this.scene.edgesOf[p] ?? []) {
        if (toEdgeState(this.scene, paint, edge) === 'hidden') continue;
        adjacent.add(edge);
        near.add(this.scene.edges.source[edge]!);
        near.add(this.scene.edges.target[edge]!);
      }
    }
    // Only the old and the new neighbourhood change class.
    const nodes = new Set([...this.near, ...near, previous, p]);
    for (const q of nodes) {
      const el = this.nodeEls[q];
      if (!el) continue;
      el.classList.toggle('is-hovered', q === p);
      el.classList.toggle('is-neighbour', near.has(q) && q !== p);
    }
    for (const edge of new Set([...this.adjacent, ...adjacent]))
      this.edgeEls[edge]?.classList.toggle('is-adjacent', adjacent.has(edge));
    this.near = near;
    this.adjacent = adjacent;
    this.labels.hover(p, near, paint?.focus ?? -1);
    this.layoutLabels();
  }

  /** Arrow keys move between shown methods left to right; Enter or Space focuses one. */
  private onKey(event: KeyboardEvent, p: number): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.hooks.onFocus(this.scene.catalogue.methods[p]!.id);
      return;
    }
    const step = ARROW_STEPS[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const paint = this.current;
    const shown = (q: number) => !paint || hasInBitset(paint.visible, q);
    const next = stepReadingOrder(this.x, this.y, shown, p, step);
    if (next < 0) return;
    this.nodeEls[this.tabStop]?.setAttribute('tabindex', '-1');
    this.nodeEls[p]?.setAttribute('tabindex', '-1');
    this.nodeEls[next]?.setAttribute('tabindex', '0');
    this.tabStop = next;
    this.reveal(next);
    this.nodeEls[next]?.focus();
  }

  /** Pans so a node reached by keyboard or focused elsewhere is on screen. */
  private reveal(p: number): void {
    this.zoom.reveal(this.x[p]!, this.y[p]!, this.box.width, this.box.height);
  }
}
