import { describe, expect, it } from 'vitest';
import { stepReadingOrder } from './reading-order';

// Five methods: 3 and 1 share x = 0 (3 above 1), then 0 at x = 5, 4 at x = 5 lower, 2 at x = 9.
const x = [5, 0, 9, 0, 5];
const y = [0, 4, 1, 2, 3];
const all = () => true;

describe('stepReadingOrder', () => {
  it('walks left to right, top to bottom, and wraps at both ends', () => {
    const forward: number[] = [];
    let p = -1;
    for (let i = 0; i < 6; i++) forward.push((p = stepReadingOrder(x, y, all, p, 1)));
    expect(forward).toEqual([3, 1, 0, 4, 2, 3]);
    expect(stepReadingOrder(x, y, all, 3, -1)).toBe(2);
    expect(stepReadingOrder(x, y, all, -1, -1)).toBe(2);
  });

  it('skips what is not shown but starts from the current method even when it is hidden', () => {
    const shown = (p: number) => p !== 0 && p !== 1;
    expect(stepReadingOrder(x, y, shown, 3, 1)).toBe(4);
    expect(stepReadingOrder(x, y, shown, 0, 1)).toBe(4);
    expect(stepReadingOrder(x, y, shown, 0, -1)).toBe(3);
  });

  it('orders equal places by position, and finds nothing when nothing is shown', () => {
    expect(stepReadingOrder([1, 1], [1, 1], all, 0, 1)).toBe(1);
    expect(stepReadingOrder(x, y, () => false, -1, 1)).toBe(-1);
  });
});
