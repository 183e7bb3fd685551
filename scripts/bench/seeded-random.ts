/** A seeded source of random numbers in [0, 1): mulberry32, so a seed gives the same catalogue anywhere. */
export type Random = () => number;

/** mulberry32: a 32-bit state, one multiply-xorshift round per draw. */
export function makeRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [0, n). */
export function pickIndex(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** One item of a non-empty list, uniformly. */
export function pickOne<T>(random: Random, items: readonly T[]): T {
  return items[pickIndex(random, items.length)]!;
}

/** One key of a weight table, with probability proportional to its weight. */
export function pickWeighted<T>(random: Random, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random() * total;
  for (const [item, weight] of weighted) {
    left -= weight;
    if (left < 0) return item;
  }
  return weighted.at(-1)![0];
}

/** A whole number in [min, max], inclusive. */
export function pickBetween(random: Random, min: number, max: number): number {
  return min + pickIndex(random, max - min + 1);
}
