import type { ZoomTransform } from 'd3';
import type { Paradigm } from '../../catalogue/catalogue-types';
import type { GraphLayout } from '../../layout/graph-layout';
import { formatAxisYear, formatLaneName, GRAPH_LOOK } from './graph-look';

const { colour, axis } = GRAPH_LOOK;

/** Year stripes and paradigm rules behind the timeline layout, in layout units. */
export function drawTimelineBack(c: CanvasRenderingContext2D, layout: GraphLayout, k: number) {
  const [x0, y0, x1, y1] = layout.bounds;
  c.fillStyle = colour.yearBand;
  layout.yearBands.forEach((band, index) => {
    if (index % 2 === 1) c.fillRect(band.x0, y0, band.x1 - band.x0, y1 - y0);
  });
  c.strokeStyle = colour.laneRule;
  c.lineWidth = 1 / k;
  c.setLineDash(axis.laneRuleDash.map((length) => length / k));
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
  c.fillStyle = colour.axisBack;
  c.fillRect(0, 0, box.width, axis.height);
  c.fillStyle = colour.axisYear;
  c.font = `${axis.weight} ${axis.yearSize}px ${GRAPH_LOOK.label.family}`;
  c.textAlign = 'center';
  c.textBaseline = 'alphabetic';
  for (const band of layout.yearBands) {
    const left = t.applyX(band.x0);
    const right = t.applyX(band.x1);
    c.fillText(formatAxisYear(band.year, right - left), (left + right) / 2, axis.yearBaseline);
  }
  c.fillStyle = colour.axisLane;
  c.font = `${axis.weight} ${axis.laneSize}px ${GRAPH_LOOK.label.family}`;
  for (const lane of layout.lanes) {
    const top = Math.max(axis.height, t.applyY(lane.y0));
    const bottom = Math.min(box.height, t.applyY(lane.y1));
    const name = formatLaneName(paradigms[lane.lane], bottom - top);
    if (!name) continue;
    c.save();
    c.translate(axis.laneInset, (top + bottom) / 2);
    c.rotate(-Math.PI / 2);
    c.fillText(name, 0, 4);
    c.restore();
  }
}
