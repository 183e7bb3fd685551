import { forceCollide, forceSimulation, forceX, forceY } from 'd3-force';
import type { GraphLayoutInput, LayoutLane, YearBand } from './layout-types';
import { makeCollideForce } from './collide-force';
import {
  LAYOUT_SEED,
  isLargeLayout,
  makeSeededRandom,
  runTicks,
  toTickCount,
  type LayoutNode,
  type TickListener,
} from './layout-simulation';

const TIMELINE_TICKS = 120;
/** Share of a cell the circles may cover. */
const FILL = 0.6;
/** Width over height of the whole timeline layout: a laptop screen's proportions. */
const ASPECT = 2.4;
const MIN_BAND = 60;
const MIN_LANE = 60;

/** Circle area a node needs in a packed cell, with room for a gap. */
function toFootprint(r: number): number {
  return (2 * r + 4) ** 2;
}

/**
 * Places each method in its first-posted year's column and its paradigm's
 * row. Busy years get wider columns and each row is as tall as its busiest
 * year needs, scaled so the whole reads at about 2.4:1. Within a cell methods
 * start on a sheared grid, left to right in posting order (by month,
 * and a method citing a same-year method to its right), then a short seeded
 * simulation relaxes the grid so circles of different sizes do not overlap,
 * without leaving their cell.
 */
export function placeByTimeline(
  input: GraphLayoutInput,
  nodes: LayoutNode[],
  onTick?: TickListener,
  onFrame?: (frame: { yearBands: YearBand[]; lanes: LayoutLane[] }) => void,
): { yearBands: YearBand[]; lanes: LayoutLane[] } {
  if (nodes.length === 0) return { yearBands: [], lanes: [] };
  const first = Math.min(...input.years);
  const last = Math.max(...input.years);
  const laneCount = input.laneCount;
  const cellOf = (index: number) => (input.years[index]! - first) * laneCount + input.lanes[index]!;
  const area = new Float64Array((last - first + 1) * laneCount);
  for (const node of nodes) area[cellOf(node.index)]! += toFootprint(node.r);
  const { yearBands, lanes } = sizeFrame(area, first, last, laneCount);
  onFrame?.({ yearBands, lanes });

  const when = toMonthKeys(input);
  const rank = rankWithinYear(input);
  const cells = new Map<number, number[]>();
  for (const node of nodes) {
    const list = cells.get(cellOf(node.index)) ?? [];
    list.push(node.index);
    cells.set(cellOf(node.index), list);
  }
  const lo = new Float64Array(nodes.length * 2);
  const hi = new Float64Array(nodes.length * 2);
  const target = new Float64Array(nodes.length * 2);
  for (const [cell, members] of cells) {
    const band = yearBands[Math.floor(cell / laneCount)]!;
    const lane = lanes[cell % laneCount]!;
    members.sort((a, b) => when[a]! - when[b]! || rank[a]! - rank[b]! || b - a);
    const width = band.x1 - band.x0 - 12;
    const height = lane.y1 - lane.y0 - 12;
    const rows = Math.max(1, Math.round(Math.sqrt((members.length * height) / width)));
    members.forEach((index, k) => {
      const node = nodes[index]!;
      // A sheared grid: each method a step right of the one before (so x follows posting
      // order), rows taken in turn, so the spacing is that of a square grid of the same cell.
      node.x = band.x0 + 6 + ((k + 0.5) / members.length) * width;
      node.y = lane.y0 + 6 + ((k % rows) + 0.5) * (height / rows);
      target[index * 2] = node.x;
      target[index * 2 + 1] = node.y;
      lo[index * 2] = band.x0 + node.r + 2;
      hi[index * 2] = band.x1 - node.r - 2;
      lo[index * 2 + 1] = lane.y0 + node.r + 2;
      hi[index * 2 + 1] = lane.y1 - node.r - 2;
    });
  }

  const gap = (node: LayoutNode) => node.r + 1.8;
  const simulation = forceSimulation<LayoutNode>(nodes)
    .stop()
    .randomSource(makeSeededRandom(LAYOUT_SEED))
    .force('x', forceX<LayoutNode>((node) => target[node.index * 2]!).strength(0.12))
    .force('y', forceY<LayoutNode>((node) => target[node.index * 2 + 1]!).strength(0.08))
    .force(
      'collide',
      isLargeLayout(nodes.length)
        ? makeCollideForce(gap, 2)
        : forceCollide<LayoutNode>(gap).iterations(2),
    )
    .force('bounds', () => {
      // Registered last: keeps every circle inside its year column and paradigm row.
      for (const node of nodes) {
        const i = node.index * 2;
        node.vx = clamp(node.x + (node.vx ?? 0), lo[i]!, hi[i]!) - node.x;
        node.vy = clamp(node.y + (node.vy ?? 0), lo[i + 1]!, hi[i + 1]!) - node.y;
      }
    });
  runTicks(simulation, toTickCount(TIMELINE_TICKS, nodes.length), onTick);
  return { yearBands, lanes };
}

/** Column widths and row heights from the circle area of each (year, paradigm) cell. */
function sizeFrame(area: Float64Array, first: number, last: number, laneCount: number) {
  const years = last - first + 1;
  const yearArea = (offset: number) => {
    let total = 0;
    for (let lane = 0; lane < laneCount; lane++) total += area[offset * laneCount + lane]!;
    return Math.max(1, total);
  };
  // Width of a year = scale * sqrt(its area); rows shrink as columns widen, so one scale
  // gives the wanted aspect: scale^2 = ASPECT * sum(tallest rows) / sum(sqrt(areas)).
  let widthSum = 0;
  for (let offset = 0; offset < years; offset++) widthSum += Math.sqrt(yearArea(offset));
  let heightSum = 0;
  for (let lane = 0; lane < laneCount; lane++) {
    let tallest = 0;
    for (let offset = 0; offset < years; offset++) {
      const cell = area[offset * laneCount + lane]!;
      tallest = Math.max(tallest, cell / (FILL * Math.sqrt(yearArea(offset))));
    }
    heightSum += tallest;
  }
  const scale = Math.max(0.5, Math.sqrt((ASPECT * heightSum) / widthSum));
  const yearBands: YearBand[] = [];
  let x = 0;
  for (let offset = 0; offset < years; offset++) {
    const width = Math.max(MIN_BAND, scale * Math.sqrt(yearArea(offset)));
    yearBands.push({ year: first + offset, x0: x, x1: x + width });
    x += width;
  }
  const lanes: LayoutLane[] = [];
  let y = 0;
  for (let lane = 0; lane < laneCount; lane++) {
    let tallest = 0;
    for (let offset = 0; offset < years; offset++) {
      const width = yearBands[offset]!.x1 - yearBands[offset]!.x0;
      tallest = Math.max(tallest, area[offset * laneCount + lane]! / (FILL * width));
    }
    const height = Math.max(MIN_LANE, tallest + 24);
    lanes.push({ lane, y0: y, y1: y + height });
    y += height;
  }
  return { yearBands, lanes };
}

function clamp(value: number, low: number, high: number): number {
  return low > high ? (low + high) / 2 : Math.min(high, Math.max(low, value));
}

/** Middle of the year, for a method whose month is unknown until its cites say more. */
const MID_YEAR = 6.5;

/**
 * A month to order each method by within its year: its own where known; for a
 * method known only by year, mid-year, moved no later than the same-year
 * methods citing it and no earlier than those it cites (bounded passes, so
 * contradictions end). Two known months are never moved: a cite of a later
 * paper is a later version's, and time still runs left to right.
 */
function toMonthKeys(input: GraphLayoutInput): Float64Array {
  const when = Float64Array.from(input.months, (month) => month || MID_YEAR);
  for (let pass = 0; pass < 8; pass++) {
    let changed = false;
    input.citesOf.forEach((targets, source) => {
      for (const cited of targets) {
        if (input.years[cited] !== input.years[source] || when[cited]! <= when[source]!) continue;
        if (!input.months[cited]) when[cited] = when[source]!;
        else if (!input.months[source]) when[source] = when[cited]!;
        else continue;
        changed = true;
      }
    });
    if (!changed) break;
  }
  return when;
}

/** Longest chain of same-year cites below each method; bounded passes, so cycles end. */
function rankWithinYear(input: GraphLayoutInput): Int32Array {
  const rank = new Int32Array(input.years.length);
  for (let pass = 0; pass < 8; pass++) {
    let changed = false;
    input.citesOf.forEach((targets, source) => {
      for (const cited of targets) {
        if (input.years[cited] !== input.years[source]) continue;
        if (rank[cited]! + 1 > rank[source]!) {
          rank[source] = rank[cited]! + 1;
          changed = true;
        }
      }
    });
    if (!changed) break;
  }
  return rank;
}
