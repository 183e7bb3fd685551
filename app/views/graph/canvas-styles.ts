import { hasInBitset } from '../../query/bitset';
import { GRAPH_LOOK } from './graph-look';
import { toEdgeLineage, toEdgeState, type GraphPaint, type GraphScene } from './graph-scene';

const { colour, node } = GRAPH_LOOK;

/** One batch of circles drawn with one fill: same colour, same opacity. */
export interface NodeBatch {
  alpha: number;
  colour: string;
  /** Positions, smallest circle first. */
  nodes: Int32Array;
}

/**
 * How the canvas draws each edge and node for one paint (filters, colour,
 * focus), worked out once per paint instead of once per frame: edge indices
 * grouped by look, circles grouped by colour and opacity.
 */
export interface CanvasStyles {
  /** Edges with a filtered-out end ('fade' mode). */
  faded: Int32Array;
  confirmed: Int32Array;
  recalled: Int32Array;
  /** Edges on the focused method's lineage. */
  strong: Int32Array;
  /** A method is focused: edges off its lineage are drawn lighter. */
  dimmed: boolean;
  fills: NodeBatch[];
  /** Ringed circles: the focused method's lineage, and the focused method itself. */
  rings: Int32Array;
  /** The focused method, or -1 when none is focused or it is hidden by the filters. */
  focus: number;
}

/** Groups edges and circles by how they are drawn; `order` lists positions smallest circle first. */
export function toCanvasStyles(
  scene: GraphScene,
  paint: GraphPaint,
  order: readonly number[],
): CanvasStyles {
  const count = scene.edges.source.length;
  const buckets = [[], [], [], []] as number[][];
  for (let i = 0; i < count; i++) {
    const state = toEdgeState(scene, paint, i);
    if (state === 'hidden') continue;
    const bucket =
      paint.focus >= 0 && toEdgeLineage(scene, paint, i)
        ? 3
        : state === 'faded'
          ? 0
          : scene.edges.confirmed[i]
            ? 1
            : 2;
    buckets[bucket]!.push(i);
  }
  const fills = new Map<string, { alpha: number; colour: string; nodes: number[] }>();
  const rings: number[] = [];
  for (const p of order) {
    const visible = hasInBitset(paint.visible, p);
    if (!visible && paint.filtered === 'hide') continue;
    const inLineage = p === paint.focus || paint.lineage.has(p);
    const alpha = !visible
      ? node.fadedOpacity
      : paint.focus < 0 || inLineage
        ? 1
        : node.offLineageOpacity;
    const fill = paint.colours[p] ?? colour.unknownNode;
    const key = `${alpha}|${fill}`;
    let batch = fills.get(key);
    if (!batch) fills.set(key, (batch = { alpha, colour: fill, nodes: [] }));
    batch.nodes.push(p);
    if (inLineage && p !== paint.focus) rings.push(p);
  }
  return {
    faded: Int32Array.from(buckets[0]!),
    confirmed: Int32Array.from(buckets[1]!),
    recalled: Int32Array.from(buckets[2]!),
    strong: Int32Array.from(buckets[3]!),
    dimmed: paint.focus >= 0,
    // Faint batches first, so lit circles sit on top of faded ones.
    fills: [...fills.values()]
      .sort((a, b) => a.alpha - b.alpha)
      .map((batch) => ({ ...batch, nodes: Int32Array.from(batch.nodes) })),
    rings: Int32Array.from(rings),
    focus:
      paint.focus >= 0 && (paint.filtered === 'fade' || hasInBitset(paint.visible, paint.focus))
        ? paint.focus
        : -1,
  };
}
