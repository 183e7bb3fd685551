import { drawGraphLayer, makeLayerDrawing, type LayerDrawing } from './canvas-graph-layer';
import { PIXEL_LAYER_FROM, type LayerView } from './canvas-layer-frame';
import type { CanvasStyles } from './canvas-styles';
import type { GraphScene } from './graph-scene';
import { PixelLayer } from './pixel-layer';

/**
 * Above this time per device pixel of hairline, the canvas rasterises on the CPU: the pixel
 * layer (about 2.5 ns a pixel, plus a fixed pass over the buffer) is faster there.
 */
const SLOW_RASTER_MS_PER_PIXEL = 4e-6;
/** Whether crowded views are faster through the pixel layer on this machine; null until measured. */
let pixelsFaster: boolean | null = null;

/**
 * Draws graph layers, choosing how crowded views are drawn. The first time
 * many edges are on screen, the canvas draws them itself and the time it
 * takes decides: where it rasterises on the CPU (several nanoseconds a pixel
 * of line), crowded views go through the pixel layer from then on; where a
 * GPU draws them, the canvas keeps drawing them.
 */
export class LayerPainter {
  private readonly pixels = new PixelLayer();

  /**
   * Draws the layer shown on screen; `present` then copies it where it is shown, which is
   * when a software canvas rasterises what was drawn (a GPU canvas only queues the work), so
   * the two together are what the main thread pays. The pixel layer keeps counts of this
   * view's lines for the next paint (see toPixelPlan).
   */
  draw(
    context: CanvasRenderingContext2D,
    scene: GraphScene,
    styles: CanvasStyles,
    view: LayerView,
    present: () => void,
  ): void {
    if (pixelsFaster !== null) {
      drawGraphLayer(context, scene, styles, view, pixelsFaster ? this.pixels : null, true);
      present();
      return;
    }
    const started = performance.now();
    const cost = drawGraphLayer(context, scene, styles, view, null);
    present();
    if (cost.edgePixels < PIXEL_LAYER_FROM) return;
    const perPixel = (performance.now() - started) / cost.edgePixels;
    pixelsFaster = perPixel > SLOW_RASTER_MS_PER_PIXEL;
  }

  /**
   * Draws the overview of the whole graph, kept for zooming out: the counts of the view on
   * screen are left as they are.
   */
  drawOverview(
    context: CanvasRenderingContext2D,
    scene: GraphScene,
    styles: CanvasStyles,
    view: LayerView,
  ): void {
    drawGraphLayer(context, scene, styles, view, pixelsFaster ? this.pixels : null);
  }

  /**
   * Makes a layer that may be drawn over several frames (see makeLayerDrawing); null while
   * this machine's way of drawing crowded views is still to be measured, which takes a whole
   * drawing (`draw`). No other layer may be drawn until it is complete: they share the
   * pixel buffer.
   */
  makeDrawing(
    context: CanvasRenderingContext2D,
    scene: GraphScene,
    styles: CanvasStyles,
    view: LayerView,
  ): LayerDrawing | null {
    if (pixelsFaster === null) return null;
    return makeLayerDrawing(context, scene, styles, view, pixelsFaster ? this.pixels : null, true);
  }
}
