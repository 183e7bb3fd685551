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

/** Edge buckets, in the order CanvasStyles lists them. */
const FADED = 0;
const CONFIRMED = 1;
const RECALLED = 2;
const STRONG = 3;
const NOT_DRAWN = 4;

/** Which bucket edge `i` goes in, or NOT_DRAWN. */
function toEdgeBucket(scene: GraphScene, paint: GraphPaint, i: number): number {
  const state = toEdgeState(scene, paint, i);
  if (state === 'hidden') return NOT_DRAWN;
  if (paint.focus >= 0 && toEdgeLineage(scene, paint, i)) return STRONG;
  if (state === 'faded') return FADED;
  return scene.edges.confirmed[i] ? CONFIRMED : RECALLED;
}

/**
 * Edge indices per bucket, in typed arrays of the exact size. Runs on every paint over
 * every edge (50,000 at 10,000 methods): one pass notes each edge's bucket, a second
 * fills arrays sized by the counts, so no array grows element by element.
 */
function toEdgeBuckets(scene: GraphScene, paint: GraphPaint): Int32Array[] {
  const count = scene.edges.source.length;
  const bucketOf = new Uint8Array(count);
  const sizes = [0, 0, 0, 0, 0];
  for (let i = 0; i < count; i++) {
    const bucket = toEdgeBucket(scene, paint, i);
    bucketOf[i] = bucket;
    sizes[bucket]! += 1;
  }
  const buckets = sizes.slice(0, NOT_DRAWN).map((size) => new Int32Array(size));
  const filled = [0, 0, 0, 0];
  for (let i = 0; i < count; i++) {
    const bucket = bucketOf[i]!;
    if (bucket !== NOT_DRAWN) buckets[bucket]![filled[bucket]!++] = i;
  }
  return buckets;
}

/** Groups edges and circles by how they are drawn; `order` lists positions smallest circle first. */
export function toCanvasStyles(
  scene: GraphScene,
  paint: GraphPaint,
  order: readonly number[],
): CanvasStyles {
  const buckets = toEdgeBuckets(scene, paint);
  // Batches by opacity, then by colour: a handful of each, looked up without building a key.
  const fills = new Map<number, Map<string, { alpha: number; colour: string; nodes: number[] }>>();
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
    let byColour = fills.get(alpha);
    if (!byColour) fills.set(alpha, (byColour = new Map()));
    let batch = byColour.get(fill);
    if (!batch) byColour.set(fill, (batch = { alpha, colour: fill, nodes: [] }));
    batch.nodes.push(p);
    if (inLineage && p !== paint.focus) rings.push(p);
  }
  return {
    faded: buckets[FADED]!,
    confirmed: buckets[CONFIRMED]!,
    recalled: buckets[RECALLED]!,
    strong: buckets[STRONG]!,
    dimmed: paint.focus >= 0,
    // Faint batches first, so lit circles sit on top of faded ones.
    fills: [...fills.values()]
      .flatMap((byColour) => [...byColour.values()])
      .sort((a, b) => a.alpha - b.alpha)
      .map((batch) => ({ ...batch, nodes: Int32Array.from(batch.nodes) })),
    rings: Int32Array.from(rings),
    focus:
      paint.focus >= 0 && (paint.filtered === 'fade' || hasInBitset(paint.visible, paint.focus))
        ? paint.focus
        : -1,
  };
}
