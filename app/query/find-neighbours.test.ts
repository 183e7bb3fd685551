import { describe, expect, it } from 'vitest';
import { findNeighbours, isSameNeighbours } from './find-neighbours';

describe('findNeighbours()', () => {
  it('gives the methods either side in the visible order, not in catalogue order', () => {
    expect(findNeighbours([7, 2, 9, 4], 9)).toEqual({ index: 2, count: 4, previous: 2, next: 4 });
  });

  it('leaves out the previous of the first and the next of the last, without wrapping', () => {
    expect(findNeighbours([7, 2, 9], 7)).toEqual({
      index: 0,
      count: 3,
      previous: undefined,
      next: 2,
    });
    expect(findNeighbours([7, 2, 9], 9)).toEqual({
      index: 2,
      count: 3,
      previous: 2,
      next: undefined,
    });
  });

  it('gives nothing for a method the filters hide', () => {
    expect(findNeighbours([7, 2, 9], 5)).toBeUndefined();
  });

  it('isSameNeighbours() tells a moved neighbour apart', () => {
    const a = findNeighbours([1, 2, 3], 2);
    expect(isSameNeighbours(a, findNeighbours([1, 2, 3], 2))).toBe(true);
    expect(isSameNeighbours(a, findNeighbours([1, 2, 4], 2))).toBe(false);
    expect(isSameNeighbours(a, undefined)).toBe(false);
  });
});

describe('isSameNeighbours()', () => {
  const base = { index: 1, count: 3, previous: 1, next: 3 };

  it('is true for two missing neighbours and for equal ones', () => {
    expect(isSameNeighbours(undefined, undefined)).toBe(true);
    expect(isSameNeighbours(base, { ...base })).toBe(true);
    expect(isSameNeighbours(base, base)).toBe(true);
  });

  it('is false when one side is missing, whichever', () => {
    expect(isSameNeighbours(undefined, base)).toBe(false);
    expect(isSameNeighbours(base, undefined)).toBe(false);
  });

  it('is false when any one of place, count, previous or next differs', () => {
    expect(isSameNeighbours(base, { ...base, index: 2 })).toBe(false);
    expect(isSameNeighbours(base, { ...base, count: 4 })).toBe(false);
    expect(isSameNeighbours(base, { ...base, previous: 0 })).toBe(false);
    expect(isSameNeighbours(base, { ...base, next: undefined })).toBe(false);
  });
});
