import type { Simulation, SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';

/** A method in a layout simulation: its position (by catalogue position) and circle radius. */
export interface LayoutNode extends SimulationNodeDatum {
  index: number;
  x: number;
  y: number;
  r: number;
}

export type LayoutLink = SimulationLinkDatum<LayoutNode>;

/** Seed of every layout: d3-force's jiggle draws from it instead of Math.random. */
export const LAYOUT_SEED = 20250604;

/**
 * Up to this many methods a layout runs d3-force's own forces for its full
 * number of ticks: exactly the layout the bundled catalogue always had.
 * Larger catalogues run faster forces (same formulas) for fewer ticks.
 */
export const EXACT_LAYOUT_LIMIT = 600;

/** Called after each tick with the number of ticks run and the total. */
export type TickListener = (done: number, total: number) => void;

/** A fixed linear congruential generator, so layouts repeat exactly. */
export function makeSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** True when a layout of `count` methods runs the faster forces and fewer ticks. */
export function isLargeLayout(count: number): boolean {
  return count > EXACT_LAYOUT_LIMIT;
}

/**
 * Ticks for a layout of `count` methods: `full` up to EXACT_LAYOUT_LIMIT,
 * then fewer as the catalogue grows (by the square root of the size, never
 * below a fifth of `full`): each tick costs more, and a good starting
 * placement needs fewer of them.
 */
export function toTickCount(full: number, count: number): number {
  if (!isLargeLayout(count)) return full;
  const scaled = Math.round(full * Math.sqrt(EXACT_LAYOUT_LIMIT / count));
  return Math.max(Math.round(full / 5), scaled);
}

/** Runs exactly `ticks` steps, cooling from alpha 1 to d3's alphaMin over them. */
export function runTicks(
  simulation: Simulation<LayoutNode, undefined>,
  ticks: number,
  onTick?: TickListener,
): void {
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks));
  if (!onTick) {
    simulation.tick(ticks);
    return;
  }
  for (let done = 1; done <= ticks; done++) {
    simulation.tick();
    onTick(done, ticks);
  }
}

/** The radius of a link end; forceLink replaces ends by their nodes once initialised. */
export function toEndRadius(end: LayoutLink['source']): number {
  return typeof end === 'object' ? end.r : 0;
}

/** A tiny random nudge, as d3 gives coincident nodes so they can part. */
export const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;
