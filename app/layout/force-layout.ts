import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import { makeCollideForce } from './collide-force';
import { makeManyBodyForce } from './many-body-force';
import type { GraphLayoutInput } from './layout-types';
import {
  LAYOUT_SEED,
  isLargeLayout,
  makeSeededRandom,
  runTicks,
  toEndRadius,
  toTickCount,
  type LayoutLink,
  type LayoutNode,
  type TickListener,
} from './layout-simulation';

const GOLDEN = (Math.sqrt(5) - 1) / 2;
const FORCE_TICKS = 200;
const CHARGE_THETA = 0.9;
const CHARGE_DISTANCE = 360;

/**
 * Places nodes by a force simulation: cites pull together, methods push
 * apart, circles never overlap. It starts from fixed positions (one sector
 * per paradigm, older methods nearer the centre) and runs a fixed number of
 * ticks with a seeded random source, so the result repeats exactly. Large
 * catalogues run fewer ticks of faster forces (see `isLargeLayout`).
 */
export function placeByForce(
  input: GraphLayoutInput,
  nodes: LayoutNode[],
  links: LayoutLink[],
  onTick?: TickListener,
): void {
  const order = nodes
    .map((node) => node.index)
    .sort(
      (a, b) => input.lanes[a]! - input.lanes[b]! || input.years[a]! - input.years[b]! || a - b,
    );
  const perLane = new Map<number, number>();
  for (const index of order) {
    perLane.set(input.lanes[index]!, (perLane.get(input.lanes[index]!) ?? 0) + 1);
  }
  const seen = new Map<number, number>();
  const spread = 14 * Math.sqrt(Math.max(1, nodes.length));
  const sector = (2 * Math.PI) / input.laneCount;
  for (const index of order) {
    const lane = input.lanes[index]!;
    const k = seen.get(lane) ?? 0;
    seen.set(lane, k + 1);
    const angle = -Math.PI / 2 + lane * sector + (((k * GOLDEN) % 1) - 0.5) * sector * 0.85;
    const distance = spread * Math.sqrt((k + 0.5) / (perLane.get(lane) ?? 1));
    const node = nodes[index]!;
    node.x = Math.cos(angle) * distance;
    node.y = Math.sin(angle) * distance;
  }

  const large = isLargeLayout(nodes.length);
  const strength = (node: LayoutNode) => -(24 + 5 * node.r);
  const gap = (node: LayoutNode) => node.r + 2.5;
  const simulation = forceSimulation<LayoutNode>(nodes)
    .stop()
    .randomSource(makeSeededRandom(LAYOUT_SEED))
    .force(
      'link',
      forceLink<LayoutNode, LayoutLink>(links)
        .id((node) => node.index)
        .distance((link) => 24 + toEndRadius(link.source) + toEndRadius(link.target)),
    )
    .force(
      'charge',
      large
        ? makeManyBodyForce({ strength, theta: CHARGE_THETA, distanceMax: CHARGE_DISTANCE })
        : forceManyBody<LayoutNode>()
            .strength(strength)
            .distanceMax(CHARGE_DISTANCE)
            .theta(CHARGE_THETA),
    )
    .force('collide', large ? makeCollideForce(gap) : forceCollide<LayoutNode>(gap))
    .force('x', forceX<LayoutNode>(0).strength(0.06))
    .force('y', forceY<LayoutNode>(0).strength(0.06));
  runTicks(simulation, toTickCount(FORCE_TICKS, nodes.length), onTick);
}
