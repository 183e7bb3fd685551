// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { zoomIdentity } from 'd3';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeFullBitset } from '../../query/bitset';
import { computeGraphLayout, toGraphLayoutInput } from '../../layout/graph-layout';
import { makeMethod, makeTestCatalogue } from '../../testing/make-method';
import { drawGraphLayer, makeLayerDrawing } from './canvas-graph-layer';
import type { LayerView } from './canvas-layer-frame';
import { toCanvasStyles } from './canvas-styles';
import { makeGraphScene, type GraphPaint } from './graph-scene';
import { PixelLayer } from './pixel-layer';

/** Everything drawn on a canvas, as a list of calls (pixel images by the hash of their bytes). */
const drawnOn = new WeakMap<HTMLCanvasElement, string[]>();

/** A 2D context that records its calls, with the few answers the layer code reads. */
function makeRecordingContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const calls: string[] = [];
  drawnOn.set(canvas, calls);
  const answers: Record<string, unknown> = {
    canvas,
    createImageData: (width: number, height: number) => ({
      width,
      height,
      data: new Uint8ClampedArray(width * height * 4),
    }),
    putImageData: (image: ImageData) =>
      calls.push(`putImageData ${createHash('sha1').update(image.data).digest('hex')}`),
  };
  return new Proxy({} as CanvasRenderingContext2D, {
    get: (_, key: string) =>
      key in answers ? answers[key] : (...args: unknown[]) => calls.push(`${key} ${args.length}`),
    set: (_, key: string, value: unknown) => {
      calls.push(`${key}=${String(value)}`);
      return true;
    },
  });
}

beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
    this: HTMLCanvasElement,
  ) {
    return makeRecordingContext(this);
  } as unknown as HTMLCanvasElement['getContext']);
});

// Enough cites that the lines take several slices: each method cites up to eight older ones.
const methods = Array.from({ length: 700 }, (_, i) =>
  makeMethod({
    id: `m${i}`,
    year: 2018 + (i % 8),
    cites: Array.from({ length: Math.min(i, 8) }, (__, back) => ({
      id: `m${i - 1 - back}`,
      basis: 'confirmed' as const,
    })),
  }),
);
const catalogue = makeTestCatalogue(methods);
const scene = makeGraphScene(catalogue, computeGraphLayout(toGraphLayoutInput(catalogue), 'force'));
const paint: GraphPaint = {
  colours: methods.map(() => '#0072b2'),
  visible: makeFullBitset(methods.length),
  filtered: 'fade',
  confirmedOnly: false,
  focus: -1,
  lineage: new Map(),
};
const styles = toCanvasStyles(
  scene,
  paint,
  methods.map((_, position) => position),
);
/** The view centred on the middle of the layout at zoom `k`. */
function makeView(k: number): LayerView {
  const { x, y } = scene.layout;
  const [cx, cy] = [x, y].map((list) => list.reduce((sum, v) => sum + v, 0) / list.length);
  const [width, height] = [1800, 1400];
  const transform = zoomIdentity.translate(width / 2 - k * cx!, height / 2 - k * cy!).scale(k);
  // A dense screen: five device pixels per CSS pixel make the edges long in device pixels.
  return { transform, ratio: 5, width, height };
}
// Zoomed in, so long edges cross the screen: a crowded view.
const view = makeView(2);

function makeLayerCanvas() {
  const canvas = document.createElement('canvas');
  return { context: canvas.getContext('2d')!, calls: drawnOn.get(canvas)! };
}

describe('makeLayerDrawing()', () => {
  it('adds a crowded view’s lines in slices, touches the canvas only in the last, and draws what one pass draws', () => {
    const once = makeLayerCanvas();
    const oncePixels = new PixelLayer();
    const onceCost = drawGraphLayer(once.context, scene, styles, view, oncePixels);
    expect(onceCost.crowded).toBe(true);

    const sliced = makeLayerCanvas();
    const slicedPixels = new PixelLayer();
    const drawing = makeLayerDrawing(sliced.context, scene, styles, view, slicedPixels);
    // A deadline already passed: one slice of lines per call.
    let calls = 1;
    while (!drawing.drawUntil(-Infinity)) {
      // Until the layer is complete, its canvas still holds the previous picture.
      expect(sliced.calls).toEqual([]);
      calls++;
    }
    expect(calls).toBeGreaterThan(2);
    expect(drawing.cost).toEqual(onceCost);
    expect(sliced.calls).toEqual(once.calls);
    // The same lines, added in slices, make the same pixels.
    const pixelCalls = drawnOn.get(slicedPixels.canvas)!;
    expect(pixelCalls.filter((call) => call.startsWith('putImageData'))).toHaveLength(1);
    expect(pixelCalls).toEqual(drawnOn.get(oncePixels.canvas));
    // A complete drawing stays complete and draws nothing more.
    const drawn = sliced.calls.length;
    expect(drawing.drawUntil(-Infinity)).toBe(true);
    expect(sliced.calls).toHaveLength(drawn);
  });

  it('draws a view that is not crowded in the first call', () => {
    const few = makeView(0.05);
    const layer = makeLayerCanvas();
    const drawing = makeLayerDrawing(layer.context, scene, styles, few, new PixelLayer());
    expect(drawing.cost.crowded).toBe(false);
    expect(drawing.drawUntil(-Infinity)).toBe(true);
    expect(layer.calls.length).toBeGreaterThan(0);
  });
});

describe('PixelLayer.addLines()', () => {
  // Two lines in layout units (x1, y1, x2, y2 each), mapped one to one onto a 20 x 20 buffer.
  const ends = Float64Array.from([1, 1, 18, 1, 1, 5, 18, 15]);
  const both = Int32Array.from([0, 1]);
  const picture = (add: (pixels: PixelLayer) => void) => {
    const pixels = new PixelLayer();
    pixels.begin(20, 20);
    add(pixels);
    pixels.paintLines([138, 148, 161]);
    pixels.drawOnto(makeLayerCanvas().context);
    return drawnOn.get(pixels.canvas)!.filter((call) => call.startsWith('putImageData'));
  };

  it('adds only the lines from `from` up to `to`, so lines added in slices make one picture', () => {
    const atOnce = picture((pixels) => pixels.addLines(ends, both, 0, 2, 0.5, 1, 0, 0));
    const inTwo = picture((pixels) => {
      pixels.addLines(ends, both, 0, 1, 0.5, 1, 0, 0);
      pixels.addLines(ends, both, 1, 2, 0.5, 1, 0, 0);
    });
    const secondOnly = picture((pixels) => pixels.addLines(ends, both, 1, 2, 0.5, 1, 0, 0));
    expect(inTwo).toEqual(atOnce);
    expect(secondOnly).not.toEqual(atOnce);
  });
});
