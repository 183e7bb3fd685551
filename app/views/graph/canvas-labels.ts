import type { ZoomTransform } from 'd3';
import { hasInBitset } from '../../query/bitset';
import { GRAPH_LOOK, LABEL_FONT } from './graph-look';
import { formatNodeName } from './node-names';
import type { GraphPaint, GraphScene } from './graph-scene';
import { placeLabels, type LabelBounds } from './place-labels';

const { colour, label } = GRAPH_LOOK;

/**
 * The canvas graph's labels: the most cited methods, the focused and the
 * hovered one, drawn in screen space so they stay 12px at any zoom, each on
 * a free side of its node inside the canvas. Widths are measured once per method.
 */
export class CanvasLabels {
  private readonly widths = new Map<number, number>();

  draw(
    c: CanvasRenderingContext2D,
    scene: GraphScene,
    paint: GraphPaint,
    hovered: number,
    t: ZoomTransform,
    bounds: LabelBounds,
  ): void {
    const ratio = window.devicePixelRatio || 1;
    c.setTransform(ratio, 0, 0, ratio, 0, 0);
    c.font = LABEL_FONT;
    c.textBaseline = 'middle';
    c.lineJoin = 'round';
    const wanted: [number, boolean][] = [];
    if (paint.focus >= 0) wanted.push([paint.focus, true]);
    if (hovered >= 0 && hovered !== paint.focus) wanted.push([hovered, true]);
    for (const p of scene.labelled) if (p !== paint.focus && p !== hovered) wanted.push([p, false]);
    const shown = wanted.filter(
      ([p]) => hasInBitset(paint.visible, p) || paint.filtered === 'fade',
    );
    const names = shown.map(([p]) => formatNodeName(scene.catalogue, p));
    const spots = placeLabels(
      shown.map(([p, always], index) => ({
        x: t.applyX(scene.layout.x[p]!),
        y: t.applyY(scene.layout.y[p]!),
        r: scene.layout.radius[p]! * t.k,
        width: this.measure(c, p, names[index]!),
        height: label.height,
        always,
      })),
      bounds,
    );
    shown.forEach(([p], index) => {
      const spot = spots[index];
      if (!spot) return;
      c.textAlign = spot.anchor === 'middle' ? 'center' : spot.anchor === 'end' ? 'right' : 'left';
      c.globalAlpha = hasInBitset(paint.visible, p) ? 1 : label.canvasFadedOpacity;
      c.lineWidth = label.canvasHaloWidth;
      c.strokeStyle = colour.paper;
      c.strokeText(names[index]!, spot.x, spot.y);
      c.fillStyle = p === paint.focus ? colour.focus : colour.ink;
      c.fillText(names[index]!, spot.x, spot.y);
    });
    c.globalAlpha = 1;
  }

  /** A label's width in CSS pixels (in the font set on `c`), measured once per method. */
  private measure(c: CanvasRenderingContext2D, p: number, name: string): number {
    const known = this.widths.get(p);
    if (known !== undefined) return known;
    const width = c.measureText(name).width;
    this.widths.set(p, width);
    return width;
  }
}
