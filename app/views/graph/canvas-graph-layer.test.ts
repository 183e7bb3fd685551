// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { zoomIdentity } from 'd3';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { addToBitset, makeBitset, makeFullBitset } from '../../query/bitset';
import { computeGraphLayout, toGraphLayoutInput } from '../../layout/graph-layout';
import { makeMethod, makeTestCatalogue } from '../../testing/make-method';
import { drawGraphLayer, makeLayerDrawing } from './canvas-graph-layer';
import type { LayerView } from './canvas-layer-frame';
import { toCanvasStyles } from './canvas-styles';
import { makeGraphScene, type GraphPaint } from './graph-scene';
import { PixelLayer, toLineWeight } from './pixel-layer';

/** Everything drawn on a canvas, as a list of calls (pixel images by the hash of their bytes). */
const drawnOn = new WeakMap<HTMLCanvasElement, string[]>();
/** The bytes of the last pixel image put on each canvas. */
const lastImageOn = new WeakMap<HTMLCanvasElement, Uint8ClampedArray>();

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
    putImageData: (image: ImageData) => {
      lastImageOn.set(canvas, image.data.slice());
      calls.push(`putImageData ${createHash('sha1').update(image.data).digest('hex')}`);
    },
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
      // Every third cite recalled from memory rather than confirmed in the paper.
      basis: back % 3 === 2 ? ('recalled' as const) : ('confirmed' as const),
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
function makeView(k: number, ratio = 5): LayerView {
  const { x, y } = scene.layout;
  const [cx, cy] = [x, y].map((list) => list.reduce((sum, v) => sum + v, 0) / list.length);
  const [width, height] = [1800, 1400];
  const transform = zoomIdentity.translate(width / 2 - k * cx!, height / 2 - k * cy!).scale(k);
  // A dense screen: five device pixels per CSS pixel make the edges long in device pixels.
  return { transform, ratio, width, height };
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

  it('looks at the clock every 256 lines at most, and draws the stages in a call that adds no line', () => {
    const pixels = new PixelLayer();
    const addLines = vi.spyOn(pixels, 'addLines');
    const drawing = makeLayerDrawing(makeLayerCanvas().context, scene, styles, view, pixels);
    /** The lines each call added, batch by batch. */
    const batchesPerCall: number[][] = [];
    let complete = false;
    while (!complete) {
      const before = addLines.mock.calls.length;
      complete = drawing.drawUntil(-Infinity);
      batchesPerCall.push(addLines.mock.calls.slice(before).map(([, , , from, to]) => to - from));
    }
    const lineCalls = batchesPerCall.slice(0, -1);
    expect(lineCalls.length).toBeGreaterThan(8);
    // A deadline already passed: one batch per call, and a zoomed-in view's long lines make
    // a batch cost milliseconds, so none is larger than 256 lines.
    for (const batches of lineCalls) expect(batches).toHaveLength(1);
    expect(Math.max(...lineCalls.flat())).toBeLessThanOrEqual(256);
    // The stages and the copy on screen after them have a call, and so a frame, to themselves.
    expect(batchesPerCall.at(-1)).toEqual([]);
  });

  it('given time, adds every line in one call and draws the stages in the next; at once without a deadline', () => {
    const sliced = makeLayerCanvas();
    const drawing = makeLayerDrawing(sliced.context, scene, styles, view, new PixelLayer());
    expect(drawing.drawUntil(performance.now() + 60_000)).toBe(false);
    expect(sliced.calls).toEqual([]);
    expect(drawing.drawUntil(performance.now() + 60_000)).toBe(true);
    expect(sliced.calls.length).toBeGreaterThan(0);

    const whole = makeLayerCanvas();
    expect(
      makeLayerDrawing(whole.context, scene, styles, view, new PixelLayer()).drawUntil(Infinity),
    ).toBe(true);
    expect(whole.calls).toEqual(sliced.calls);
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
  const weight = toLineWeight(0.5);
  const picture = (add: (pixels: PixelLayer) => void) => {
    const pixels = new PixelLayer();
    pixels.begin(20, 20);
    add(pixels);
    pixels.paintLines([138, 148, 161]);
    pixels.drawOnto(makeLayerCanvas().context);
    return drawnOn.get(pixels.canvas)!.filter((call) => call.startsWith('putImageData'));
  };

  it('adds only the lines from `from` up to `to`, so lines added in slices make one picture', () => {
    const atOnce = picture((pixels) => pixels.addLines('depth', ends, both, 0, 2, weight, 1, 0, 0));
    const inTwo = picture((pixels) => {
      pixels.addLines('depth', ends, both, 0, 1, weight, 1, 0, 0);
      pixels.addLines('depth', ends, both, 1, 2, weight, 1, 0, 0);
    });
    const secondOnly = picture((pixels) =>
      pixels.addLines('depth', ends, both, 1, 2, weight, 1, 0, 0),
    );
    expect(inTwo).toEqual(atOnce);
    expect(secondOnly).not.toEqual(atOnce);
  });
});

describe('counts kept for the view on screen', () => {
  /** Styles with a quarter of the methods shown and the rest faded. */
  const quarter = (() => {
    const visible = makeBitset(methods.length);
    for (let p = 0; p < methods.length; p += 4) addToBitset(visible, p);
    return toCanvasStyles(
      scene,
      { ...paint, visible },
      methods.map((_, position) => position),
    );
  })();

  /** Draws `drawn` with `pixels`, keeping counts or not; the picture's bytes and the lines added. */
  function drawWith(pixels: PixelLayer, drawn: typeof styles, at: LayerView, keepCounts: boolean) {
    const added = vi.spyOn(pixels, 'addLines');
    const cost = drawGraphLayer(makeLayerCanvas().context, scene, drawn, at, pixels, keepCounts);
    expect(cost.crowded).toBe(true);
    const lines = added.mock.calls.reduce((sum, call) => sum + call[4] - call[3], 0);
    added.mockRestore();
    return { image: lastImageOn.get(pixels.canvas)!, lines };
  }

  /**
   * The same colours wherever both have a line, opacities at most one step of 255 apart (the
   * depth is summed in another order), and that only at a few pixels in a thousand.
   */
  function expectSamePicture(a: Uint8ClampedArray, b: Uint8ClampedArray) {
    expect(a.length).toBe(b.length);
    let largest = 0;
    let differing = 0;
    let otherColour = 0;
    let drawn = 0;
    for (let i = 0; i < a.length; i += 4) {
      const alpha = Math.abs(a[i + 3]! - b[i + 3]!);
      largest = Math.max(largest, alpha);
      if (alpha > 0) differing++;
      if (a[i + 3]! > 0) drawn++;
      if (
        a[i + 3]! > 0 &&
        b[i + 3]! > 0 &&
        (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2])
      )
        otherColour++;
    }
    expect(drawn).toBeGreaterThan(1000);
    expect(otherColour).toBe(0);
    expect(largest).toBeLessThanOrEqual(1);
    expect(differing).toBeLessThan(drawn / 1000);
  }

  it('after a filter change at the same view, adds far fewer lines and draws the picture a fresh layer draws', () => {
    const kept = new PixelLayer();
    const first = drawWith(kept, styles, view, true);
    const afterChange = drawWith(kept, quarter, view, true);
    const fresh = drawWith(new PixelLayer(), quarter, view, false);
    // Counting every line on screen costs what drawing them costs.
    expect(first.lines).toBeGreaterThan(0);
    expect(afterChange.lines).toBeLessThan(fresh.lines / 2);
    expectSamePicture(afterChange.image, fresh.image);
    // Back to every method shown: no line needs adding at all.
    const back = drawWith(kept, styles, view, true);
    expect(back.lines).toBe(0);
    expectSamePicture(back.image, first.image);
  });

  it.each([
    [
      'a method focused, its lineage in ink',
      {
        focus: 400,
        lineage: new Map([
          [399, 'ancestor' as const],
          [398, 'ancestor' as const],
          [401, 'descendant' as const],
        ]),
      },
    ],
    ['filtered-out methods hidden', { filtered: 'hide' as const }],
    ['only confirmed cites', { confirmedOnly: true }],
  ])('with %s, draws from kept counts the picture a fresh layer draws', (_, change) => {
    // A denser screen, and three methods in four shown: enough lines stay on screen,
    // even with the others hidden, to crowd the view.
    const closer = makeView(2, 12);
    const kept = new PixelLayer();
    drawWith(kept, styles, closer, true);
    const visible = makeBitset(methods.length);
    for (let p = 0; p < methods.length; p++) if (p % 4 !== 0) addToBitset(visible, p);
    const changed = toCanvasStyles(
      scene,
      { ...paint, visible, ...change },
      methods.map((_, position) => position),
    );
    expectSamePicture(
      drawWith(kept, changed, closer, true).image,
      drawWith(new PixelLayer(), changed, closer, false).image,
    );
  });

  it('counts again at another view, and an overview drawn in between leaves the counts alone', () => {
    const kept = new PixelLayer();
    drawWith(kept, styles, view, true);
    // The overview, at another zoom, without keeping counts.
    drawWith(kept, quarter, makeView(1.5), false);
    const change = drawWith(kept, quarter, view, true);
    expect(change.lines).toBeLessThan(drawWith(new PixelLayer(), quarter, view, false).lines / 2);
    // Zoomed: the counts are of another view, so they are made again before they serve.
    const zoomed = makeView(2.5);
    const atZoom = drawWith(kept, quarter, zoomed, true);
    const freshAtZoom = drawWith(new PixelLayer(), quarter, zoomed, false);
    expect(atZoom.lines).toBeGreaterThan(freshAtZoom.lines);
    expectSamePicture(atZoom.image, freshAtZoom.image);
  });
});
