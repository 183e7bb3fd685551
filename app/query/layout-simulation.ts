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

/** A fixed linear congruential generator, so layouts repeat exactly. */
export function makeSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Runs exactly `ticks` steps, cooling from alpha 1 to d3's alphaMin over them. */
export function runTicks(simulation: Simulation<LayoutNode, undefined>, ticks: number): void {
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks)).tick(ticks);
}

/** The radius of a link end; forceLink replaces ends by their nodes once initialised. */
export function toEndRadius(end: LayoutLink['source']): number {
  return typeof end === 'object' ? end.r : 0;
}
