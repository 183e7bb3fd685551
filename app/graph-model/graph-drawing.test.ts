import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import {
  SVG_MAX_CITES,
  SVG_MAX_METHODS,
  canDrawAsSvg,
  describeSvgLimit,
  toGraphDrawing,
} from './graph-drawing';

/** `methods` methods, each citing the `citesEach` methods before it where there are that many. */
function makeChain(methods: number, citesEach: number) {
  return makeTestCatalogue(
    Array.from({ length: methods }, (_, i) =>
      makeMethod({
        id: `m${i}`,
        cites: Array.from({ length: Math.min(i, citesEach) }, (_, k) => ({
          id: `m${i - 1 - k}`,
          basis: 'recalled' as const,
        })),
      }),
    ),
  );
}

describe('toGraphDrawing()', () => {
  it('draws on a canvas unless SVG is chosen', () => {
    const small = makeChain(5, 1);
    expect(toGraphDrawing(small, 'canvas')).toBe('canvas');
    expect(toGraphDrawing(small, 'svg')).toBe('svg');
  });

  it('takes SVG up to the limits on methods and cites, and not one past either', () => {
    expect(canDrawAsSvg(makeChain(SVG_MAX_METHODS, 1))).toBe(true);
    expect(canDrawAsSvg(makeChain(SVG_MAX_METHODS + 1, 1))).toBe(false);
    // 0 + 1 + 2 + 3 + 4 + 5 + 5 + ... cites: at most five per method, 5n - 15 in all.
    const atLimit = makeChain((SVG_MAX_CITES + 15) / 5, 5);
    expect(5 * atLimit.methods.length - 15).toBe(SVG_MAX_CITES);
    expect(canDrawAsSvg(atLimit)).toBe(true);
    const over = makeChain((SVG_MAX_CITES + 15) / 5 + 1, 5);
    expect(canDrawAsSvg(over)).toBe(false);
    expect(toGraphDrawing(over, 'svg')).toBe('canvas');
  });

  it('says how large the catalogue is and what SVG takes', () => {
    expect(describeSvgLimit(makeChain(SVG_MAX_METHODS + 1, 1))).toBe(
      "this catalogue's 1,001 methods and 1,000 cites are more than SVG draws (at most 1,000 and 3,000); drawn on a canvas",
    );
  });
});
