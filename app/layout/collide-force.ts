import type { Force } from 'd3-force';
import { jiggle, type LayoutNode } from './layout-simulation';

/**
 * d3's collision force (the same pairwise push, weighted by radius squared,
 * on positions one step ahead) over a uniform grid instead of a quadtree,
 * on typed arrays. Each pair is resolved once, by its larger circle, which
 * only needs to look as far as twice its own radius: most circles check the
 * 3 x 3 cells around them, and a few large ones a wider square.
 */
export function makeCollideForce(
  radius: (node: LayoutNode) => number,
  iterations = 1,
): Force<LayoutNode, undefined> {
  let nodes: LayoutNode[] = [];
  let random: () => number = () => 0.5;
  let radii = new Float64Array(0);
  let cellSize = 1;
  let x = new Float64Array(0);
  let y = new Float64Array(0);
  let vx = new Float64Array(0);
  let vy = new Float64Array(0);
  let items = new Int32Array(0);
  let cellOf = new Int32Array(0);
  let starts = new Int32Array(0);

  const force = () => {
    const n = nodes.length;
    if (n === 0) return;
    for (let p = 0; p < n; p++) {
      const node = nodes[p]!;
      x[p] = node.x;
      y[p] = node.y;
      vx[p] = node.vx ?? 0;
      vy[p] = node.vy ?? 0;
    }
    for (let iteration = 0; iteration < iterations; iteration++) {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (let p = 0; p < n; p++) {
        const px = x[p]! + vx[p]!;
        const py = y[p]! + vy[p]!;
        if (px < minX) minX = px;
        if (py < minY) minY = py;
        if (px > maxX) maxX = px;
        if (py > maxY) maxY = py;
      }
      let size = cellSize;
      while (((maxX - minX) / size + 1) * ((maxY - minY) / size + 1) > 4 * n + 1024) size *= 2;
      const cols = Math.floor((maxX - minX) / size) + 1;
      const rows = Math.floor((maxY - minY) / size) + 1;
      const cellCount = cols * rows;
      if (starts.length < cellCount + 1) starts = new Int32Array(cellCount + 1);
      else starts.fill(0, 0, cellCount + 1);
      for (let p = 0; p < n; p++) {
        const col = Math.floor((x[p]! + vx[p]! - minX) / size);
        const row = Math.floor((y[p]! + vy[p]! - minY) / size);
        const cell = row * cols + col;
        cellOf[p] = cell;
        starts[cell + 1]!++;
      }
      for (let c = 0; c < cellCount; c++) starts[c + 1]! += starts[c]!;
      const cursor = starts.slice(0, cellCount);
      for (let p = 0; p < n; p++) items[cursor[cellOf[p]!]!++] = p;

      for (let i = 0; i < n; i++) {
        const ri = radii[i]!;
        const ri2 = ri * ri;
        const xi = x[i]! + vx[i]!;
        const yi = y[i]! + vy[i]!;
        const reachCells = Math.ceil((2 * ri) / size);
        const col = Math.min(cols - 1, Math.max(0, Math.floor((xi - minX) / size)));
        const row = Math.min(rows - 1, Math.max(0, Math.floor((yi - minY) / size)));
        const rowEnd = Math.min(rows - 1, row + reachCells);
        const colEnd = Math.min(cols - 1, col + reachCells);
        for (let r = Math.max(0, row - reachCells); r <= rowEnd; r++) {
          for (let c = Math.max(0, col - reachCells); c <= colEnd; c++) {
            const cell = r * cols + c;
            for (let k = starts[cell]!; k < starts[cell + 1]!; k++) {
              const j = items[k]!;
              let rj = radii[j]!;
              // The larger circle of a pair resolves it (the lower index on a tie).
              if (rj > ri || (rj === ri && j <= i)) continue;
              const reach = ri + rj;
              let dx = xi - x[j]! - vx[j]!;
              let dy = yi - y[j]! - vy[j]!;
              let l = dx * dx + dy * dy;
              if (l >= reach * reach) continue;
              if (dx === 0) {
                dx = jiggle(random);
                l += dx * dx;
              }
              if (dy === 0) {
                dy = jiggle(random);
                l += dy * dy;
              }
              l = Math.sqrt(l);
              l = (reach - l) / l;
              rj *= rj;
              const share = rj / (ri2 + rj);
              dx *= l;
              dy *= l;
              vx[i]! += dx * share;
              vy[i]! += dy * share;
              vx[j]! -= dx * (1 - share);
              vy[j]! -= dy * (1 - share);
            }
          }
        }
      }
    }
    for (let p = 0; p < n; p++) {
      const node = nodes[p]!;
      node.vx = vx[p]!;
      node.vy = vy[p]!;
    }
  };

  force.initialize = (next: LayoutNode[], source: () => number) => {
    nodes = next;
    random = source;
    const n = next.length;
    radii = Float64Array.from(next, radius);
    // Cells as wide as most circles need: twice the 90th percentile radius.
    const sorted = radii.slice().sort();
    cellSize = Math.max(2 * (sorted[Math.floor(n * 0.9)] ?? 1), 1e-6);
    x = new Float64Array(n);
    y = new Float64Array(n);
    vx = new Float64Array(n);
    vy = new Float64Array(n);
    items = new Int32Array(n);
    cellOf = new Int32Array(n);
    starts = new Int32Array(0);
  };
  return force;
}
