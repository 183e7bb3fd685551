import type { Selection, ZoomTransform } from 'd3';
import { formatAxisYear, formatLaneName, GRAPH_LOOK } from './graph-look';
import type { GraphScene } from './graph-scene';

type Group = Selection<SVGGElement, unknown, null, undefined>;

/** The year columns and paradigm rows behind the timeline layout, with labels that stay on screen. */
export interface TimelineFrame {
  update(transform: ZoomTransform, box: { width: number; height: number }): void;
}

const { height: AXIS_HEIGHT, yearBaseline, laneInset } = GRAPH_LOOK.axis;

/**
 * Draws year stripes and paradigm separators in the zoomed layer, and a
 * year axis along the top and paradigm names along the left edge in screen
 * space, so they stay readable at any zoom.
 */
export function makeTimelineFrame(layer: Group, overlay: Group, scene: GraphScene): TimelineFrame {
  const { yearBands, lanes, bounds } = scene.layout;
  const paradigms = scene.catalogue.taxonomy.paradigms;
  const back = layer.append('g').attr('class', 'graph-frame').attr('aria-hidden', 'true');
  yearBands.forEach((band, index) => {
    back
      .append('rect')
      .attr('class', index % 2 === 0 ? 'graph-year-band' : 'graph-year-band is-odd')
      .attr('x', band.x0)
      .attr('y', bounds[1])
      .attr('width', band.x1 - band.x0)
      .attr('height', bounds[3] - bounds[1]);
  });
  lanes.slice(1).forEach((lane) => {
    back
      .append('line')
      .attr('class', 'graph-lane-rule')
      .attr('x1', bounds[0])
      .attr('x2', bounds[2])
      .attr('y1', lane.y0)
      .attr('y2', lane.y0);
  });

  const axis = overlay.append('g').attr('class', 'graph-axis').attr('aria-hidden', 'true');
  const axisBack = axis.append('rect').attr('class', 'graph-axis-back').attr('height', AXIS_HEIGHT);
  const years = yearBands.map((band) =>
    axis
      .append('text')
      .attr('class', 'graph-axis-year')
      .attr('y', yearBaseline)
      .text(String(band.year)),
  );
  const laneNames = lanes.map(() => axis.append('text').attr('class', 'graph-axis-lane'));

  return {
    update(transform, box) {
      axisBack.attr('width', box.width);
      yearBands.forEach((band, index) => {
        const x0 = transform.applyX(band.x0);
        const x1 = transform.applyX(band.x1);
        years[index]!.attr('x', (x0 + x1) / 2).text(formatAxisYear(band.year, x1 - x0));
      });
      lanes.forEach((lane, index) => {
        const y0 = Math.max(AXIS_HEIGHT, transform.applyY(lane.y0));
        const y1 = Math.min(box.height, transform.applyY(lane.y1));
        const name = formatLaneName(paradigms[lane.lane], y1 - y0);
        laneNames[index]!.attr('transform', `translate(${laneInset},${(y0 + y1) / 2}) rotate(-90)`)
          .style('display', name ? '' : 'none')
          .text(name);
      });
    },
  };
}
