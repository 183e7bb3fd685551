import type { Selection, ZoomTransform } from 'd3';
import { hasInBitset } from '../../query/bitset';
import { GRAPH_LOOK } from './graph-look';
import { formatNodeName } from './node-names';
import type { GraphPaint, GraphScene } from './graph-scene';
import { placeLabels, type LabelBounds } from './place-labels';
import { formatMethodDates } from '../../ui/format-method-dates';

type Group = Selection<SVGGElement, unknown, null, undefined>;
const { size: LABEL_SIZE, height: LABEL_HEIGHT } = GRAPH_LOOK.label;

/**
 * The SVG graph's labels: one per most-cited method, one for the focused and
 * one for the hovered method. They keep their screen size at any zoom and
 * move to a free side of their node, or hide. Widths are measured on a
 * canvas in the labels' font (read once), so hovering and focusing never
 * force a layout; fixed labels are measured once.
 */
export class SvgLabels {
  private readonly scene: GraphScene;
  private readonly fixed = new Map<number, SVGTextElement>();
  private readonly widths = new Map<SVGTextElement, number>();
  private readonly hoverLabel: SVGTextElement;
  private readonly focusLabel: SVGTextElement;
  private readonly group: Group;
  private scale = 0;
  private measurer: CanvasRenderingContext2D | null | undefined;

  constructor(layer: Group, scene: GraphScene) {
    this.scene = scene;
    const labels = layer.append('g').attr('class', 'graph-labels').attr('aria-hidden', 'true');
    this.group = labels;
    for (const p of scene.labelled) {
      const text = labels
        .append('text')
        .attr('class', 'graph-label')
        .text(formatNodeName(scene.catalogue, p));
      this.fixed.set(p, text.node()!);
    }
    this.focusLabel = labels.append('text').attr('class', 'graph-label is-focus-label').node()!;
    this.hoverLabel = labels.append('text').attr('class', 'graph-label is-hover-label').node()!;
  }

  /** True when the method carries a permanent label. */
  has(p: number): boolean {
    return this.fixed.has(p);
  }

  /** Fades or hides labels of filtered-out methods and names the focused method. */
  restyle(paint: GraphPaint): void {
    const hide = paint.filtered === 'hide';
    const shown = (p: number) => hasInBitset(paint.visible, p);
    for (const [p, el] of this.fixed) {
      const hidden = !shown(p) && hide;
      if ((el.style.display === 'none') !== hidden) el.style.display = hidden ? 'none' : '';
      el.classList.toggle('is-faded', !shown(p) && !hide);
      el.classList.toggle('is-focus-label', p === paint.focus);
    }
    const named = paint.focus >= 0 && !this.has(paint.focus) && (shown(paint.focus) || !hide);
    const text = named ? formatNodeName(this.scene.catalogue, paint.focus) : '';
    if (this.focusLabel.textContent !== text) this.focusLabel.textContent = text;
  }

  /** Names the hovered method (unless it is labelled anyway) and marks its neighbours' labels. */
  hover(p: number, near: ReadonlySet<number>, focus: number): void {
    for (const [q, el] of this.fixed) el.classList.toggle('is-near', q === p || near.has(q));
    const method = this.scene.catalogue.methods[p];
    const labelled = this.has(p) || p === focus;
    const text =
      method && !labelled
        ? `${formatNodeName(this.scene.catalogue, p)}, ${formatMethodDates(method)}`
        : '';
    if (this.hoverLabel.textContent !== text) this.hoverLabel.textContent = text;
  }

  /**
   * Keeps the labels 12px on screen at zoom scale `k`. Set on the labels' own group, not the
   * zoomed layer: a font size there would restyle every node and edge on every zoom step.
   */
  setScale(k: number): void {
    if (k === this.scale) return;
    this.scale = k;
    this.group.style('font-size', `${LABEL_SIZE / k}px`);
  }

  /** Places every label at zoom `t`, nodes at (x, y), inside a drawing of size `bounds`. */
  place(
    t: ZoomTransform,
    x: Float64Array,
    y: Float64Array,
    focus: number,
    hovered: number,
    bounds: LabelBounds,
  ) {
    const entries: [SVGTextElement, number, boolean][] = [];
    if (focus >= 0 && this.focusLabel.textContent) entries.push([this.focusLabel, focus, true]);
    if (hovered >= 0 && this.hoverLabel.textContent) entries.push([this.hoverLabel, hovered, true]);
    for (const [p, el] of this.fixed) if (el.style.display !== 'none') entries.push([el, p, false]);
    const spots = placeLabels(
      entries.map(([el, p, always]) => ({
        x: t.applyX(x[p]!),
        y: t.applyY(y[p]!),
        r: this.scene.layout.radius[p]! * t.k,
        width: this.measure(el, always, t.k),
        height: LABEL_HEIGHT,
        always,
      })),
      bounds,
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
  private measure(el: SVGTextElement, changing: boolean, k: number): number {
    const known = changing ? undefined : this.widths.get(el);
    if (known !== undefined) return known;
    if (this.measurer === undefined) {
      this.measurer = document.createElement('canvas').getContext('2d');
      const style = getComputedStyle(el);
      if (this.measurer)
        this.measurer.font = `${style.fontWeight} ${LABEL_SIZE}px ${style.fontFamily}`;
    }
    const width = this.measurer
      ? this.measurer.measureText(el.textContent ?? '').width
      : el.getComputedTextLength() * k;
    if (!changing && width > 0) this.widths.set(el, width);
    return width;
  }
}
