import { drag, range, select, type Selection, type ZoomTransform } from 'd3';
import { hasInBitset } from '../../query/bitset';
import type { GraphHooks, GraphRenderer } from './graph-renderer';
import {
  toEdgeEnds,
  toEdgeLineage,
  toEdgeState,
  type GraphPaint,
  type GraphScene,
} from './graph-scene';
import { GraphZoomController } from './graph-zoom-controller';
import { placeLabels } from './place-labels';
import { makeTimelineFrame, type TimelineFrame } from './timeline-frame';

type Group = Selection<SVGGElement, unknown, null, undefined>;
const LABEL_SIZE = 12;

/**
 * The citation graph in SVG. d3 owns the one <g> it is handed: it joins one
 * <g role="button" data-id> per method and one <line data-source data-target>
 * per cite, and attaches zoom, pan, drag, hover and keyboard movement.
 * `paint` only toggles classes and styles; positions stay those of the
 * whole-catalogue layout (until the reader drags a node).
 */
export class SvgGraph implements GraphRenderer {
  private readonly svg: SVGSVGElement;
  private readonly scene: GraphScene;
  private readonly hooks: GraphHooks;
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly root: Group;
  private readonly layer: Group;
  private readonly nodeEls: SVGGElement[] = [];
  private readonly edgeEls: SVGLineElement[] = [];
  private readonly labelEls = new Map<number, SVGTextElement>();
  private readonly labelWidths = new Map<SVGTextElement, number>();
  private readonly hoverLabel: SVGTextElement;
  private readonly focusLabel: SVGTextElement;
  private readonly frame: TimelineFrame | null;
  private readonly zoom: GraphZoomController<SVGSVGElement>;
  private readonly resize: ResizeObserver;
  private current: GraphPaint | null = null;
  private hovered = -1;

  constructor(svg: SVGSVGElement, rootEl: SVGGElement, scene: GraphScene, hooks: GraphHooks) {
    this.svg = svg;
    this.scene = scene;
    this.hooks = hooks;
    const { layout, edges, catalogue } = scene;
    this.x = Float64Array.from(layout.x);
    this.y = Float64Array.from(layout.y);
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
      .attr('aria-label', (p) => catalogue.methods[p]!.name)
      .each((p, k, all) => {
        this.nodeEls[p] = all[k]!;
        this.placeNode(p);
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

    const labels = this.layer.append('g').attr('class', 'graph-labels').attr('aria-hidden', 'true');
    for (const p of scene.labelled) {
      const text = labels
        .append('text')
        .attr('class', 'graph-label')
        .text(catalogue.methods[p]!.name);
      this.labelEls.set(p, text.node()!);
    }
    this.focusLabel = labels.append('text').attr('class', 'graph-label is-focus-label').node()!;
    this.hoverLabel = labels.append('text').attr('class', 'graph-label is-hover-label').node()!;

    this.zoom = new GraphZoomController(svg, layout, (transform) => this.applyTransform(transform));
    this.resize = new ResizeObserver(() => {
      if (!this.zoom.moved) this.fit(false);
    });
    this.resize.observe(svg);
    this.fit(false);
  }

  paint(paint: GraphPaint): void {
    const focusMoved = paint.focus !== (this.current?.focus ?? -1);
    this.current = paint;
    if (focusMoved && paint.focus >= 0) this.reveal(paint.focus);
    const { scene } = this;
    const hide = paint.filtered === 'hide';
    const shown = (p: number) => hasInBitset(paint.visible, p);
    this.root.classed('has-focus', paint.focus >= 0);
    let tabStop = paint.focus >= 0 && shown(paint.focus) ? paint.focus : -1;
    this.nodeEls.forEach((el, p) => {
      const visible = shown(p);
      if (tabStop < 0 && visible) tabStop = p;
      const side = paint.lineage.get(p);
      el.setAttribute('data-visible', String(visible));
      el.classList.toggle('is-faded', !visible && !hide);
      el.classList.toggle('is-focused', p === paint.focus);
      el.classList.toggle('is-ancestor', side === 'ancestor');
      el.classList.toggle('is-descendant', side === 'descendant');
      el.style.display = !visible && hide ? 'none' : '';
      el.firstElementChild?.setAttribute('fill', paint.colors[p] ?? '#8a94a1');
      if (p === paint.focus) el.setAttribute('aria-current', 'true');
      else el.removeAttribute('aria-current');
    });
    this.nodeEls.forEach((el, p) => el.setAttribute('tabindex', p === tabStop ? '0' : '-1'));
    this.edgeEls.forEach((el, i) => {
      const state = toEdgeState(scene, paint, i);
      const lineage = toEdgeLineage(scene, paint, i);
      el.setAttribute('data-visible', String(state === 'shown'));
      el.classList.toggle('is-faded', state === 'faded');
      el.classList.toggle('is-lineage', lineage !== null);
      el.style.display = state === 'hidden' ? 'none' : '';
      el.setAttribute('marker-end', `url(#${lineage ? 'atlas-arrow-strong' : 'atlas-arrow'})`);
    });
    for (const [p, el] of this.labelEls) {
      el.style.display = !shown(p) && hide ? 'none' : '';
      el.classList.toggle('is-faded', !shown(p) && !hide);
      el.classList.toggle('is-focus-label', p === paint.focus);
    }
    const focusText =
      paint.focus >= 0 && !this.labelEls.has(paint.focus) && (shown(paint.focus) || !hide);
    this.focusLabel.textContent = focusText ? scene.catalogue.methods[paint.focus]!.name : '';
    this.layoutLabels();
    if (this.hovered >= 0) this.hover(this.hovered);
  }

  zoomBy(factor: number): void {
    this.zoom.zoomBy(factor);
  }

  fit(animate = true): void {
    const { width, height } = this.svg.getBoundingClientRect();
    this.zoom.fit(width, height, animate);
  }

  destroy(): void {
    this.resize.disconnect();
    this.zoom.destroy();
    this.root.selectAll('*').remove();
    this.root.classed('has-focus', false).classed('is-hovering', false);
  }

  private applyTransform(transform: ZoomTransform): void {
    this.layer.attr('transform', transform.toString());
    this.layer.style('font-size', `${LABEL_SIZE / transform.k}px`);
    this.layoutLabels();
    this.frame?.update(transform, this.svg.getBoundingClientRect());
  }

  private placeNode(p: number): void {
    this.nodeEls[p]?.setAttribute('transform', `translate(${this.x[p]},${this.y[p]})`);
    for (const edge of this.scene.edgesOf[p] ?? []) this.placeEdge(edge);
    if (this.labelEls.has(p) || p === this.current?.focus || p === this.hovered)
      this.layoutLabels();
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

  /** Labels keep their screen size at any zoom and move to a free side of their node, or hide. */
  private layoutLabels(): void {
    const t = this.zoom.transform;
    const entries: [SVGTextElement, number, boolean][] = [];
    const focus = this.current?.focus ?? -1;
    if (focus >= 0 && this.focusLabel.textContent) entries.push([this.focusLabel, focus, true]);
    if (this.hovered >= 0 && this.hoverLabel.textContent)
      entries.push([this.hoverLabel, this.hovered, true]);
    for (const [p, el] of this.labelEls)
      if (el.style.display !== 'none') entries.push([el, p, false]);
    const spots = placeLabels(
      entries.map(([el, p, always]) => ({
        x: t.applyX(this.x[p]!),
        y: t.applyY(this.y[p]!),
        r: this.scene.layout.radius[p]! * t.k,
        width: this.measure(el, always),
        height: LABEL_SIZE + 2,
        always,
      })),
    );
    entries.forEach(([el, ,], index) => {
      const spot = spots[index];
      el.style.visibility = spot ? '' : 'hidden';
      if (!spot) return;
      el.setAttribute('x', String((spot.x - t.x) / t.k));
      el.setAttribute('y', String((spot.y - t.y) / t.k));
      el.setAttribute('text-anchor', spot.anchor);
    });
  }

  /** On-screen width of a label; fixed labels are measured once. */
  private measure(el: SVGTextElement, changing: boolean): number {
    const known = changing ? undefined : this.labelWidths.get(el);
    if (known !== undefined) return known;
    const width = el.getComputedTextLength() * this.zoom.transform.k;
    if (!changing && width > 0) this.labelWidths.set(el, width);
    return width;
  }

  /** Hovering (or keyboard focus on) a node highlights it, its neighbours and their edges. */
  private hover(p: number): void {
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
    this.nodeEls.forEach((el, q) => {
      el.classList.toggle('is-hovered', q === p);
      el.classList.toggle('is-neighbour', near.has(q) && q !== p);
    });
    this.edgeEls.forEach((el, i) => el.classList.toggle('is-adjacent', adjacent.has(i)));
    for (const [q, el] of this.labelEls) el.classList.toggle('is-near', q === p || near.has(q));
    const method = this.scene.catalogue.methods[p];
    const labelled = this.labelEls.has(p) || p === paint?.focus;
    this.hoverLabel.textContent = method && !labelled ? `${method.name}, ${method.year}` : '';
    this.layoutLabels();
  }

  /** Arrow keys move between shown methods left to right; Enter or Space focuses one. */
  private onKey(event: KeyboardEvent, p: number): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.hooks.onFocus(this.scene.catalogue.methods[p]!.id);
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const paint = this.current;
    const order = this.nodeEls
      .map((_, q) => q)
      .filter((q) => !paint || hasInBitset(paint.visible, q) || q === p)
      .sort((a, b) => this.x[a]! - this.x[b]! || this.y[a]! - this.y[b]! || a - b);
    const next = order[(order.indexOf(p) + step + order.length) % order.length];
    if (next === undefined) return;
    this.nodeEls[p]?.setAttribute('tabindex', '-1');
    this.nodeEls[next]?.setAttribute('tabindex', '0');
    this.reveal(next);
    this.nodeEls[next]?.focus();
  }

  /** Pans so a node reached by keyboard or focused elsewhere is on screen. */
  private reveal(p: number): void {
    const { width, height } = this.svg.getBoundingClientRect();
    this.zoom.reveal(this.x[p]!, this.y[p]!, width, height);
  }
}
