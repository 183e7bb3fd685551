/**
 * Fixed-size bit sets over method positions, one bit per method, packed in
 * 32-bit words. Every filter clause is one of these, so combining clauses and
 * counting a facet value are a few hundred word operations at 10,000 methods.
 */
export type Bitset = Uint32Array;

export function makeBitset(size: number): Bitset {
  return new Uint32Array(Math.ceil(size / 32));
}

/** A set holding every position below `size`. */
export function makeFullBitset(size: number): Bitset {
  const bits = makeBitset(size);
  bits.fill(0xffffffff);
  const spare = bits.length * 32 - size;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: the guard only skips writes that change nothing: with no spare bits `>>> 0` rewrites 0xffffffff, and an empty set's index -1 is ignored by a typed array
  if (spare > 0 && bits.length > 0) bits[bits.length - 1] = 0xffffffff >>> spare;
  return bits;
}

export function addToBitset(bits: Bitset, position: number): void {
  bits[position >>> 5]! |= 1 << (position & 31);
}

export function hasInBitset(bits: Bitset, position: number): boolean {
  return ((bits[position >>> 5]! >>> (position & 31)) & 1) === 1;
}

// Stryker disable EqualityOperator: `i <= length` in these loops only adds a step past the end, where a typed array reads undefined (0 in bitwise operations, so 0 bits counted) and ignores the write
/** Writes a AND b into `into` (which may be a or b) and returns it. */
export function intersectBitsets(
  a: Bitset,
  b: Bitset,
  into: Bitset = new Uint32Array(a.length),
): Bitset {
  for (let i = 0; i < a.length; i++) into[i] = a[i]! & b[i]!;
  return into;
}

/** Writes a OR b into `into` and returns it. */
export function uniteBitsets(
  a: Bitset,
  b: Bitset,
  into: Bitset = new Uint32Array(a.length),
): Bitset {
  for (let i = 0; i < a.length; i++) into[i] = a[i]! | b[i]!;
  return into;
}

function countWordBits(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function countBitset(bits: Bitset): number {
  let count = 0;
  for (let i = 0; i < bits.length; i++) count += countWordBits(bits[i]!);
  return count;
}

/** Size of a AND b without building it. */
export function countIntersection(a: Bitset, b: Bitset): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) count += countWordBits(a[i]! & b[i]!);
  return count;
}

// Stryker restore EqualityOperator

/** How many of `positions` the set holds. */
export function countHeld(bits: Bitset, positions: readonly number[]): number {
  let count = 0;
  for (const position of positions) if (hasInBitset(bits, position)) count++;
  return count;
}

/** Positions held by the set, ascending. */
export function toPositions(bits: Bitset): number[] {
  const positions: number[] = [];
  for (let i = 0; i < bits.length; i++) {
    let word = bits[i]!;
    while (word !== 0) {
      const low = word & -word;
      positions.push(i * 32 + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return positions;
}
