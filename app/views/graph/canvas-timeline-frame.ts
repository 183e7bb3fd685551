import type { ZoomTransform } from 'd3';
import type { Paradigm } from '../../catalogue/catalogue-types';
import type { GraphLayout } from '../../layout/graph-layout';

const AXIS_HEIGHT = 24;

/** Year stripes and paradigm rules behind the timeline layout, in layout units. */
export function drawTimelineBack(c: CanvasRenderingContext2D, layout: GraphLayout, k: number) {
  const [x0, y0, x1, y1] = layout.bounds;
  c.fillStyle = '#f5f7fa';
  layout.yearBands.forEach((band, index) => {
    if (index % 2 === 1) c.fillRect(band.x0, y0, band.x1 - band.x0, y1 - y0);
  });
  c.strokeStyle = '#d3d9e1';
  c.lineWidth = 1 / k;
  c.setLineDash([2 / k, 3 / k]);
  c.beginPath();
  for (const lane of layout.lanes.slice(1)) {
    c.moveTo(x0, lane.y0);
    c.lineTo(x1, lane.y0);
  }
  c.stroke();
  c.setLineDash([]);
}

/** Year labels along the top and paradigm names along the left, in screen pixels. */
export function drawTimelineAxis(
  c: CanvasRenderingContext2D,
  layout: GraphLayout,
  paradigms: readonly Paradigm[],
  t: ZoomTransform,
  box: { width: number; height: number },
) {
  c.fillStyle = 'rgb(255 255 255 / 88%)';
  c.fillRect(0, 0, box.width, AXIS_HEIGHT);
  c.fillStyle = '#4a5563';
  c.font = '600 12px system-ui, sans-serif';
  c.textAlign = 'center';
  c.textBaseline = 'alphabetic';
  for (const band of layout.yearBands) {
    const left = t.applyX(band.x0);
    const right = t.applyX(band.x1);
    const text = right - left < 40 ? `’${String(band.year).slice(-2)}` : String(band.year);
    c.fillText(text, (left + right) / 2, 16);
  }
  c.fillStyle = '#6b7684';
  c.font = '600 11px system-ui, sans-serif';
  for (const lane of layout.lanes) {
    const top = Math.max(AXIS_HEIGHT, t.applyY(lane.y0));
    const bottom = Math.min(box.height, t.applyY(lane.y1));
    if (bottom - top < 24) continue;
    const paradigm = paradigms[lane.lane];
    c.save();
    c.translate(14, (top + bottom) / 2);
    c.rotate(-Math.PI / 2);
    c.fillText((bottom - top > 150 ? paradigm?.name : paradigm?.code) ?? '', 0, 4);
    c.restore();
  }
}
