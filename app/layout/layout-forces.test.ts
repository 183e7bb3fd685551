import { forceManyBody, forceSimulation } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { makeCollideForce } from './collide-force';
import { makeManyBodyForce } from './many-body-force';
import { LAYOUT_SEED, makeSeededRandom, type LayoutNode } from './layout-simulation';

/** `count` nodes scattered over a square `side` wide, radii 3 to 9, from a fixed seed. */
function scatterNodes(count: number, side: number): LayoutNode[] {
  const random = makeSeededRandom(7);
  return Array.from({ length: count }, (_, index) => ({
    index,
    x: random() * side,
    y: random() * side,
    r: 3 + random() * 6,
  }));
}

/** Velocities after one push of a single force, from fixed positions and a seeded random source. */
function velocitiesAfter(
  nodes: LayoutNode[],
  force: ReturnType<typeof makeManyBodyForce>,
): number[] {
  const copy = nodes.map((node) => ({ ...node, vx: 0, vy: 0 }));
  forceSimulation<LayoutNode>(copy)
    .stop()
    .randomSource(makeSeededRandom(LAYOUT_SEED))
    .velocityDecay(0)
    .force('test', force);
  force(1);
  return copy.flatMap((node) => [node.vx, node.vy]);
}

const strength = (node: LayoutNode) => -(24 + 5 * node.r);

describe('makeManyBodyForce()', () => {
  it('pushes exactly as d3 forceManyBody does when no cell is approximated', () => {
    const nodes = scatterNodes(300, 400);
    const ours = velocitiesAfter(
      nodes,
      makeManyBodyForce({ strength, theta: 1e-9, distanceMax: 150 }),
    );
    const d3 = velocitiesAfter(
      nodes,
      forceManyBody<LayoutNode>().strength(strength).theta(1e-9).distanceMax(150),
    );
    ours.forEach((value, i) => expect(value).toBeCloseTo(d3[i]!, 9));
  });

  it('approximates no worse than d3 does with the Barnes-Hut setting the layouts use', () => {
    const nodes = scatterNodes(2000, 1500);
    const exact = velocitiesAfter(
      nodes,
      makeManyBodyForce({ strength, theta: 1e-9, distanceMax: 360 }),
    );
    const ours = velocitiesAfter(
      nodes,
      makeManyBodyForce({ strength, theta: 0.9, distanceMax: 360 }),
    );
    const d3 = velocitiesAfter(
      nodes,
      forceManyBody<LayoutNode>().strength(strength).theta(0.9).distanceMax(360),
    );
    const errorOf = (values: number[]) =>
      Math.hypot(...values.map((value, i) => value - exact[i]!)) / Math.hypot(...exact);
    expect(errorOf(ours)).toBeLessThan(errorOf(d3) * 1.25);
  });
});

describe('makeCollideForce()', () => {
  it('separates overlapping circles, the same way every time', () => {
    const run = () => {
      const nodes = scatterNodes(500, 250);
      forceSimulation<LayoutNode>(nodes)
        .stop()
        .randomSource(makeSeededRandom(LAYOUT_SEED))
        .force(
          'collide',
          makeCollideForce((node) => node.r + 1, 2),
        )
        .tick(80);
      return nodes;
    };
    const nodes = run();
    let worst = Infinity;
    for (let a = 0; a < nodes.length; a++) {
      for (let b = a + 1; b < nodes.length; b++) {
        const gap = Math.hypot(nodes[a]!.x - nodes[b]!.x, nodes[a]!.y - nodes[b]!.y);
        worst = Math.min(worst, gap / (nodes[a]!.r + nodes[b]!.r));
      }
    }
    expect(worst).toBeGreaterThan(0.95);
    expect(run().map((node) => [node.x, node.y])).toEqual(nodes.map((node) => [node.x, node.y]));
  });
});
