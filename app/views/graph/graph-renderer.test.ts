import { zoomIdentity, type ZoomTransform } from 'd3';
import { describe, expect, it } from 'vitest';
import { isSameView, toFitTransform } from './graph-renderer';

const fitted = toFitTransform([-520, -380, 610, 455], 1019, 586, {
  top: 16,
  right: 16,
  bottom: 16,
  left: 16,
});

/** Scales `t` by `s` keeping the layout point under screen point (px, py) there, as d3-zoom does. */
function zoomAt(t: ZoomTransform, s: number, px: number, py: number): ZoomTransform {
  const [ux, uy] = t.invert([px, py]);
  const k = t.k * s;
  return zoomIdentity.translate(px - ux * k, py - uy * k).scale(k);
}

describe('isSameView()', () => {
  it('takes a transform a rounding error away for the same view', () => {
    // Sixty wheel steps in and sixty out about one point, as d3-zoom computes them.
    let t = fitted;
    for (let step = 0; step < 60; step++) t = zoomAt(t, 1.07, 500, 300);
    for (let step = 0; step < 60; step++) t = zoomAt(t, 1 / 1.07, 500, 300);
    expect(t.k === fitted.k && t.x === fitted.x && t.y === fitted.y).toBe(false);
    expect(isSameView(t, fitted)).toBe(true);
  });

  it('tells apart a view zoomed by the smallest wheel step or moved by a pixel', () => {
    expect(isSameView(fitted.scale(1.002), fitted)).toBe(false);
    expect(isSameView(fitted.translate(1 / fitted.k, 0), fitted)).toBe(false);
    expect(isSameView(fitted.translate(0, 1 / fitted.k), fitted)).toBe(false);
  });
});
