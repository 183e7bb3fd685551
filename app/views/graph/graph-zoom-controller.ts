import { select, zoom, zoomIdentity, type ZoomTransform } from 'd3';
import type { GraphLayout } from '../../layout/graph-layout';
import { ZOOM_IN_LIMIT, ZOOM_OUT_LIMIT, toFitTransform, toZoomDuration } from './graph-renderer';

/**
 * d3-zoom on a renderer's element: wheel, drag and pinch to zoom and pan,
 * fitting the whole layout, and panning a node into view. Remembers whether
 * the reader moved the view, so a resize refits only an untouched view.
 */
export class GraphZoomController<E extends Element> {
  transform: ZoomTransform = zoomIdentity;
  /** True once the reader zoomed or panned since the last fit. */
  moved = false;
  private readonly element: E;
  private layout: GraphLayout;
  private readonly zoomer = zoom<E, unknown>();

  constructor(element: E, layout: GraphLayout, onChange: (transform: ZoomTransform) => void) {
    this.element = element;
    this.layout = layout;
    this.zoomer.on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
      if (event.sourceEvent) this.moved = true;
      this.transform = event.transform;
      onChange(event.transform);
    });
    select(element).call(this.zoomer);
  }

  /** Fits later calls to another layout (the same catalogue, positions refined). */
  setLayout(layout: GraphLayout): void {
    this.layout = layout;
  }

  /** The transform at which the whole layout fits a width x height box. */
  toFitted(width: number, height: number): ZoomTransform {
    const padding =
      this.layout.kind === 'timeline'
        ? { top: 30, right: 12, bottom: 10, left: 26 }
        : { top: 16, right: 16, bottom: 16, left: 16 };
    return toFitTransform(this.layout.bounds, width, height, padding);
  }

  /** Zooms and pans so the whole layout fits a width x height box. */
  fit(width: number, height: number, animate: boolean): void {
    if (width === 0 || height === 0) return;
    const fitted = this.toFitted(width, height);
    this.zoomer.scaleExtent([fitted.k * ZOOM_OUT_LIMIT, fitted.k * ZOOM_IN_LIMIT]);
    this.moved = false;
    const target = select(this.element);
    if (animate && toZoomDuration() > 0)
      target.transition().duration(toZoomDuration()).call(this.zoomer.transform, fitted);
    else target.call(this.zoomer.transform, fitted);
  }

  zoomBy(factor: number): void {
    this.moved = true;
    select(this.element).transition().duration(toZoomDuration()).call(this.zoomer.scaleBy, factor);
  }

  /** Pans a layout point to the centre when it lies outside a width x height box (less a margin). */
  reveal(x: number, y: number, width: number, height: number): void {
    const [sx, sy] = this.transform.apply([x, y]);
    if (sx > 20 && sx < width - 20 && sy > 20 && sy < height - 20) return;
    select(this.element).call(this.zoomer.translateTo, x, y);
  }

  destroy(): void {
    select(this.element).interrupt().on('.zoom', null);
  }
}
