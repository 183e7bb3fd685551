import { describe, expect, it } from 'vitest';
import {
  countHeld,
  addToBitset,
  countBitset,
  countIntersection,
  hasInBitset,
  intersectBitsets,
  makeBitset,
  makeFullBitset,
  toPositions,
  uniteBitsets,
} from './bitset';

/** A set over `size` positions holding `positions`. */
const bitsetOf = (size: number, positions: number[]) => {
  const bits = makeBitset(size);
  for (const position of positions) addToBitset(bits, position);
  return bits;
};

describe('makeBitset()', () => {
  it('packs 32 positions per word, rounding up', () => {
    expect(makeBitset(0)).toHaveLength(0);
    expect(makeBitset(1)).toHaveLength(1);
    expect(makeBitset(32)).toHaveLength(1);
    expect(makeBitset(33)).toHaveLength(2);
    expect(countBitset(makeBitset(70))).toBe(0);
  });
});

describe('makeFullBitset()', () => {
  it('holds every position below its size and none beyond', () => {
    expect([...makeFullBitset(5)]).toEqual([0b11111]);
    expect([...makeFullBitset(32)]).toEqual([0xffffffff]);
    expect([...makeFullBitset(33)]).toEqual([0xffffffff, 1]);
    expect(toPositions(makeFullBitset(35))).toEqual(Array.from({ length: 35 }, (_, i) => i));
  });

  it('is empty for an empty catalogue', () => {
    expect(makeFullBitset(0)).toHaveLength(0);
    expect(countBitset(makeFullBitset(0))).toBe(0);
  });
});

describe('addToBitset() and hasInBitset()', () => {
  it('set and read single positions at word edges', () => {
    const bits = bitsetOf(100, [0, 31, 32, 63, 64, 99]);
    for (const position of [0, 31, 32, 63, 64, 99]) expect(hasInBitset(bits, position)).toBe(true);
    for (const position of [1, 30, 33, 62, 65, 98]) expect(hasInBitset(bits, position)).toBe(false);
    expect([...bits]).toEqual([0x80000001, 0x80000001, 0x00000001, 0x00000008]);
  });

  it('leaves a set unchanged when a position is added twice', () => {
    const bits = bitsetOf(40, [7, 7]);
    expect(countBitset(bits)).toBe(1);
  });
});

describe('intersectBitsets() and uniteBitsets()', () => {
  const a = bitsetOf(70, [1, 2, 33, 64]);
  const b = bitsetOf(70, [2, 3, 33, 69]);

  it('give the positions held by both, or by either', () => {
    expect(toPositions(intersectBitsets(a, b))).toEqual([2, 33]);
    expect(toPositions(uniteBitsets(a, b))).toEqual([1, 2, 3, 33, 64, 69]);
  });

  it('write into a fresh set unless told where, leaving their inputs alone', () => {
    const both = intersectBitsets(a, b);
    expect(both).not.toBe(a);
    expect(both).not.toBe(b);
    expect(toPositions(a)).toEqual([1, 2, 33, 64]);
    expect(toPositions(b)).toEqual([2, 3, 33, 69]);
  });

  it('write into the set they are given and return it', () => {
    const into = bitsetOf(70, [1, 2, 33, 64]);
    expect(uniteBitsets(into, b, into)).toBe(into);
    expect(toPositions(into)).toEqual([1, 2, 3, 33, 64, 69]);
    expect(intersectBitsets(into, a, into)).toBe(into);
    expect(toPositions(into)).toEqual([1, 2, 33, 64]);
  });
});

describe('countBitset() and countIntersection()', () => {
  it('count the positions of a set, full words included', () => {
    expect(countBitset(bitsetOf(100, [0, 31, 32, 63, 64, 99]))).toBe(6);
    expect(countBitset(makeFullBitset(70))).toBe(70);
    expect(countBitset(makeFullBitset(64))).toBe(64);
    // Alternating bits and nibbles exercise every step of the word count.
    const pattern = new Uint32Array([0x55555555, 0x0f0f0f0f, 0x00ff00ff, 0x80000000, 0x7fffffff]);
    expect(countBitset(pattern)).toBe(16 + 16 + 16 + 1 + 31);
  });

  it('count the positions two sets share without building the intersection', () => {
    const a = bitsetOf(70, [1, 2, 33, 64, 65]);
    const b = bitsetOf(70, [2, 3, 33, 65, 69]);
    expect(countIntersection(a, b)).toBe(3);
    expect(countIntersection(a, makeFullBitset(70))).toBe(5);
    expect(countIntersection(a, makeBitset(70))).toBe(0);
  });
});

describe('toPositions()', () => {
  it('lists the held positions in ascending order', () => {
    expect(toPositions(bitsetOf(100, [99, 64, 0, 31, 32, 5]))).toEqual([0, 5, 31, 32, 64, 99]);
    expect(toPositions(makeBitset(100))).toEqual([]);
  });
});

describe('countHeld()', () => {
  it('counts the positions the set holds, each as often as it is listed', () => {
    const bits = bitsetOf(70, [0, 33, 69]);
    expect(countHeld(bits, [69, 1, 33, 40])).toBe(2);
    expect(countHeld(bits, [0, 0])).toBe(2);
    expect(countHeld(bits, [])).toBe(0);
  });
});
