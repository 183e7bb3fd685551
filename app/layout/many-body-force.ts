import type { Force } from 'd3-force';
import { jiggle, type LayoutNode } from './layout-simulation';

/** Methods a quadtree leaf holds before it splits. */
const LEAF_SIZE = 6;
/** Coincident points stop splitting here. */
const MAX_DEPTH = 24;

export interface ManyBodyOptions {
  /** Charge of each node: negative repels, as in d3's forceManyBody. */
  strength: (node: LayoutNode) => number;
  /** Barnes-Hut accuracy: a cell acts as one body when width / distance < theta. */
  theta: number;
  /** Pairs farther apart than this do not interact. */
  distanceMax: number;
}

/**
 * d3's many-body force (Barnes-Hut, same formula, same options) on typed
 * arrays, several times faster for thousands of nodes: the quadtree is
 * built by partitioning one index array, and cells wholly beyond
 * `distanceMax` are skipped instead of visited. Deterministic: ties are
 * broken by the simulation's seeded random source, as in d3.
 */
export function makeManyBodyForce(options: ManyBodyOptions): Force<LayoutNode, undefined> {
  const theta2 = options.theta * options.theta;
  const distanceMax2 = options.distanceMax * options.distanceMax;
  const distanceMin2 = 1;
  let nodes: LayoutNode[] = [];
  let random: () => number = () => 0.5;
  let strengths = new Float64Array(0);
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let order = new Int32Array(0);
  let stack = new Int32Array(0);
  // Cells: centroid, total charge, square (x0, y0, size), members order[start, end), children.
  let capacity = 0;
  let cellX = new Float64Array(0);
  let cellY = new Float64Array(0);
  let cellValue = new Float64Array(0);
  let cellX0 = new Float64Array(0);
  let cellY0 = new Float64Array(0);
  let cellSize = new Float64Array(0);
  let cellStart = new Int32Array(0);
  let cellEnd = new Int32Array(0);
  let cellFirst = new Int32Array(0);
  let cellCount = new Int32Array(0);
  let used = 0;

  const grow = (wanted: number) => {
    if (wanted <= capacity) return;
    const next = Math.max(wanted, capacity * 2, 64);
    const widenF = (a: Float64Array) => {
      const b = new Float64Array(next);
      b.set(a);
      return b;
    };
    const widenI = (a: Int32Array) => {
      const b = new Int32Array(next);
      b.set(a);
      return b;
    };
    cellX = widenF(cellX);
    cellY = widenF(cellY);
    cellValue = widenF(cellValue);
    cellX0 = widenF(cellX0);
    cellY0 = widenF(cellY0);
    cellSize = widenF(cellSize);
    cellStart = widenI(cellStart);
    cellEnd = widenI(cellEnd);
    cellFirst = widenI(cellFirst);
    cellCount = widenI(cellCount);
    capacity = next;
  };

  /** Moves members of order[start, end) for which `below` holds to the front; returns the split. */
  const partition = (start: number, end: number, below: (p: number) => boolean) => {
    let i = start;
    let j = end - 1;
    while (i <= j) {
      if (below(order[i]!)) i++;
      else {
        const swap = order[i]!;
        order[i] = order[j]!;
        order[j] = swap;
        j--;
      }
    }
    return i;
  };

  const fill = (
    cell: number,
    start: number,
    end: number,
    x0: number,
    y0: number,
    size: number,
    depth: number,
  ) => {
    cellX0[cell] = x0;
    cellY0[cell] = y0;
    cellSize[cell] = size;
    cellStart[cell] = start;
    cellEnd[cell] = end;
    cellFirst[cell] = -1;
    cellCount[cell] = 0;
    if (end - start > LEAF_SIZE && depth < MAX_DEPTH) {
      const half = size / 2;
      const mx = x0 + half;
      const my = y0 + half;
      const mid = partition(start, end, (p) => py[p]! < my);
      const a = partition(start, mid, (p) => px[p]! < mx);
      const b = partition(mid, end, (p) => px[p]! < mx);
      const ranges: [number, number, number, number][] = [
        [start, a, x0, y0],
        [a, mid, mx, y0],
        [mid, b, x0, my],
        [b, end, mx, my],
      ];
      const filled = ranges.filter(([s, e]) => e > s);
      grow(used + filled.length);
      const first = used;
      used += filled.length;
      cellFirst[cell] = first;
      cellCount[cell] = filled.length;
      let value = 0;
      let weight = 0;
      let sx = 0;
      let sy = 0;
      filled.forEach(([s, e, cx, cy], k) => {
        const child = first + k;
        fill(child, s, e, cx, cy, half, depth + 1);
        const c = Math.abs(cellValue[child]!);
        value += cellValue[child]!;
        weight += c;
        sx += c * cellX[child]!;
        sy += c * cellY[child]!;
      });
      cellValue[cell] = value;
      cellX[cell] = weight > 0 ? sx / weight : x0 + half;
      cellY[cell] = weight > 0 ? sy / weight : y0 + half;
      return;
    }
    let value = 0;
    let weight = 0;
    let sx = 0;
    let sy = 0;
    for (let k = start; k < end; k++) {
      const p = order[k]!;
      const c = Math.abs(strengths[p]!);
      value += strengths[p]!;
      weight += c;
      sx += c * px[p]!;
      sy += c * py[p]!;
    }
    cellValue[cell] = value;
    cellX[cell] = weight > 0 ? sx / weight : x0 + size / 2;
    cellY[cell] = weight > 0 ? sy / weight : y0 + size / 2;
  };

  const force = (alpha: number) => {
    const n = nodes.length;
    if (n === 0) return;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let p = 0; p < n; p++) {
      const node = nodes[p]!;
      px[p] = node.x;
      py[p] = node.y;
      order[p] = p;
      if (node.x < minX) minX = node.x;
      if (node.y < minY) minY = node.y;
      if (node.x > maxX) maxX = node.x;
      if (node.y > maxY) maxY = node.y;
    }
    used = 1;
    grow(1);
    fill(0, 0, n, minX, minY, Math.max(maxX - minX, maxY - minY, 1), 0);

    for (let i = 0; i < n; i++) {
      const xi = px[i]!;
      const yi = py[i]!;
      let vx = 0;
      let vy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const cell = stack[--top]!;
        const x0 = cellX0[cell]!;
        const y0 = cellY0[cell]!;
        const w = cellSize[cell]!;
        // The nearest point of the cell's square: beyond distanceMax, nothing inside acts.
        const gx = xi < x0 ? x0 - xi : xi > x0 + w ? xi - x0 - w : 0;
        const gy = yi < y0 ? y0 - yi : yi > y0 + w ? yi - y0 - w : 0;
        if (gx * gx + gy * gy >= distanceMax2) continue;
        let dx = cellX[cell]! - xi;
        let dy = cellY[cell]! - yi;
        let l = dx * dx + dy * dy;
        if ((w * w) / theta2 < l) {
          if (l < distanceMax2) {
            if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
            const f = (cellValue[cell]! * alpha) / l;
            vx += dx * f;
            vy += dy * f;
          }
          continue;
        }
        const first = cellFirst[cell]!;
        if (first >= 0) {
          if (top + 4 > stack.length) {
            const bigger = new Int32Array(stack.length * 2);
            bigger.set(stack);
            stack = bigger;
          }
          for (let k = cellCount[cell]! - 1; k >= 0; k--) stack[top++] = first + k;
          continue;
        }
        for (let k = cellStart[cell]!; k < cellEnd[cell]!; k++) {
          const j = order[k]!;
          if (j === i) continue;
          dx = px[j]! - xi;
          dy = py[j]! - yi;
          l = dx * dx + dy * dy;
          if (l >= distanceMax2) continue;
          if (dx === 0) {
            dx = jiggle(random);
            l += dx * dx;
          }
          if (dy === 0) {
            dy = jiggle(random);
            l += dy * dy;
          }
          if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
          const f = (strengths[j]! * alpha) / l;
          vx += dx * f;
          vy += dy * f;
        }
      }
      const node = nodes[i]!;
      node.vx = (node.vx ?? 0) + vx;
      node.vy = (node.vy ?? 0) + vy;
    }
  };

  force.initialize = (next: LayoutNode[], source: () => number) => {
    nodes = next;
    random = source;
    const n = next.length;
    strengths = Float64Array.from(next, options.strength);
    px = new Float64Array(n);
    py = new Float64Array(n);
    order = new Int32Array(n);
    stack = new Int32Array(256);
    capacity = 0;
    grow(Math.max(64, Math.ceil(n / 2)));
  };
  return force;
}
