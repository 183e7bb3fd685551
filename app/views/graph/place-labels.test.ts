import { describe, expect, it } from 'vitest';
import { placeLabels } from './place-labels';

const SCREEN = { width: 800, height: 600 };

const label = (x: number, y: number, extra = {}) => ({
  x,
  y,
  r: 5,
  width: 40,
  height: 12,
  ...extra,
});

describe('placeLabels()', () => {
  it('puts a lone label to the right of its node', () => {
    expect(placeLabels([label(100, 100)], SCREEN)).toEqual([{ x: 108, y: 100, anchor: 'start' }]);
  });

  it('moves a label that would cover an earlier one to the next free side', () => {
    const [first, second] = placeLabels([label(100, 100), label(110, 100)], SCREEN);
    expect(first?.anchor).toBe('start');
    expect(second?.anchor).not.toBe('start');
  });

  it('leaves out a label with no free spot, unless it must always show', () => {
    const crowd = [label(100, 100), label(100, 100), label(100, 100), label(100, 100)];
    expect(placeLabels([...crowd, label(100, 100)], SCREEN).at(-1)).toBeNull();
    expect(
      placeLabels([...crowd, label(100, 100, { always: true })], SCREEN).at(-1),
    ).not.toBeNull();
  });

  it('never places a label past an edge of the drawing: another side, or none', () => {
    // Right of a node at the right edge would run off it; left is free.
    expect(placeLabels([label(790, 100)], SCREEN)[0]?.anchor).toBe('end');
    // Near the left edge with the right taken by an earlier label: above, not off the edge.
    const [, nearEdge] = placeLabels([label(40, 100), label(25, 100)], SCREEN);
    expect(nearEdge).toEqual({ x: 25, y: 100 - 5 - 3 - 6, anchor: 'middle' });
    // A node off screen gets no label, and takes no room from the next.
    const [off, next] = placeLabels([label(-50, 100), label(20, 100)], SCREEN);
    expect(off).toBeNull();
    expect(next?.anchor).toBe('start');
  });

  it('shows a label that must always show inside the drawing when it can, covering others', () => {
    // Three labels of a node at the right edge take its left, above and below; right is off.
    const crowd = [label(780, 100), label(780, 100), label(780, 100), label(780, 100)];
    const placed = placeLabels([...crowd, label(780, 100, { always: true })], SCREEN);
    expect(placed.slice(0, 4).map((spot) => spot?.anchor ?? null)).toEqual([
      'end',
      'middle',
      'middle',
      null,
    ]);
    // The one that must show covers the first of them rather than run off the edge.
    expect(placed.at(-1)).toEqual({ x: 772, y: 100, anchor: 'end' });
    // With no spot inside at all, it still shows, at its first spot.
    expect(placeLabels([label(-50, -50, { always: true })], SCREEN)[0]).not.toBeNull();
  });
});
