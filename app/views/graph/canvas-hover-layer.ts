import type { LayerView } from './canvas-layer-frame';
import type { CanvasStyles } from './canvas-styles';
import { GRAPH_LOOK } from './graph-look';
import type { GraphScene } from './graph-scene';

const { colour, edge, node } = GRAPH_LOOK;

/**
 * Hovering: the kept picture fades behind a veil, and the hovered method,
 * its neighbours and the edges between them are drawn on top at full
 * strength; no full redraw needed.
 */
export function drawHoverLayer(
  c: CanvasRenderingContext2D,
  scene: GraphScene,
  styles: CanvasStyles,
  view: LayerView,
  hovered: number,
  isShown: (edge: number) => boolean,
  colourOf: (position: number) => { colour: string; alpha: number } | null,
): void {
  const { transform: t, ratio } = view;
  c.setTransform(1, 0, 0, 1, 0, 0);
  c.globalAlpha = node.canvasHoverVeil;
  c.fillStyle = colour.paper;
  c.fillRect(0, 0, c.canvas.width, c.canvas.height);
  c.globalAlpha = 1;
  c.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  const ends = scene.ends;
  const near = new Set<number>([hovered]);
  c.beginPath();
  for (const index of scene.edgesOf[hovered] ?? []) {
    if (!isShown(index)) continue;
    near.add(scene.edges.source[index]!);
    near.add(scene.edges.target[index]!);
    const e = index * 4;
    c.moveTo(ends[e]!, ends[e + 1]!);
    c.lineTo(ends[e + 2]!, ends[e + 3]!);
  }
  c.strokeStyle = colour.ink;
  c.lineWidth = edge.canvasLineageWidth / t.k;
  c.stroke();
  const { x, y, radius } = scene.layout;
  for (const p of near) {
    const look = colourOf(p);
    if (!look) continue;
    c.globalAlpha = look.alpha;
    c.fillStyle = look.colour;
    c.beginPath();
    c.arc(x[p]!, y[p]!, radius[p]!, 0, 2 * Math.PI);
    c.fill();
  }
  c.globalAlpha = 1;
  c.lineWidth = node.canvasHoverRingWidth / t.k;
  c.strokeStyle = styles.focus === hovered ? colour.focus : colour.ink;
  c.beginPath();
  c.arc(x[hovered]!, y[hovered]!, radius[hovered]!, 0, 2 * Math.PI);
  c.stroke();
}
