import { describe, expect, it } from 'vitest';
import { EXACT_LAYOUT_LIMIT, isLargeLayout, toTickCount } from './layout-simulation';

describe('toTickCount()', () => {
  it('runs the full count up to the exact-layout limit, then fewer, never under a fifth', () => {
    expect(toTickCount(200, 218)).toBe(200);
    expect(toTickCount(200, EXACT_LAYOUT_LIMIT)).toBe(200);
    expect(isLargeLayout(EXACT_LAYOUT_LIMIT)).toBe(false);
    expect(isLargeLayout(EXACT_LAYOUT_LIMIT + 1)).toBe(true);
    const counts = [1000, 10_000, 100_000, 1_000_000].map((size) => toTickCount(200, size));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeLessThan(200);
    expect(Math.min(...counts)).toBe(40);
  });
});
