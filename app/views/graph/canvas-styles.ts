import { hasInBitset } from '../../query/bitset';
import { GRAPH_LOOK } from './graph-look';
import { toEdgeLineage, type GraphPaint, type GraphScene } from './graph-scene';

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
  /** How many confirmed and how many recalled cites are in none of the lists: not drawn at all. */
  undrawn: { confirmed: number; recalled: number };
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

/**
 * Edge indices per bucket, in typed arrays of the exact size. Runs on every paint over
 * every edge (50,000 at 10,000 methods), so it reads the visibility bits in place rather
 * than through `toEdgeState` (whose rule it follows: "confirmed only" hides recalled
 * edges, an edge with a filtered-out end is faded, or hidden in 'hide' mode). One pass
 * notes each edge's bucket, a second fills arrays sized by the counts.
 */
function toEdgeBuckets(
  scene: GraphScene,
  paint: GraphPaint,
): { buckets: Int32Array[]; undrawn: CanvasStyles['undrawn'] } {
  const { source, target, confirmed } = scene.edges;
  const { visible, confirmedOnly, focus } = paint;
  const hide = paint.filtered === 'hide';
  const count = source.length;
  const bucketOf = new Uint8Array(count);
  const sizes = new Int32Array(NOT_DRAWN + 1);
  let undrawnConfirmed = 0;
  for (let i = 0; i < count; i++) {
    const s = source[i]!;
    const t = target[i]!;
    const both = (visible[s >>> 5]! >>> (s & 31)) & (visible[t >>> 5]! >>> (t & 31)) & 1;
    let bucket: number;
    if ((confirmedOnly && confirmed[i] !== 1) || (both === 0 && hide)) bucket = NOT_DRAWN;
    else if (focus >= 0 && toEdgeLineage(scene, paint, i)) bucket = STRONG;
    else if (both === 0) bucket = FADED;
    else bucket = confirmed[i] ? CONFIRMED : RECALLED;
    bucketOf[i] = bucket;
    sizes[bucket]! += 1;
    if (bucket === NOT_DRAWN) undrawnConfirmed += confirmed[i]!;
  }
  const buckets = [FADED, CONFIRMED, RECALLED, STRONG].map(
    (bucket) => new Int32Array(sizes[bucket]!),
  );
  const filled = new Int32Array(NOT_DRAWN);
  for (let i = 0; i < count; i++) {
    const bucket = bucketOf[i]!;
    if (bucket !== NOT_DRAWN) buckets[bucket]![filled[bucket]!++] = i;
  }
  const undrawn = sizes[NOT_DRAWN]!;
  return {
    buckets,
    undrawn: { confirmed: undrawnConfirmed, recalled: undrawn - undrawnConfirmed },
  };
}

/** Groups edges and circles by how they are drawn; `order` lists positions smallest circle first. */
export function toCanvasStyles(
  scene: GraphScene,
  paint: GraphPaint,
  order: readonly number[],
): CanvasStyles {
  const { buckets, undrawn } = toEdgeBuckets(scene, paint);
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
    undrawn,
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
