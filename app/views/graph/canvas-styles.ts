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

/** The distinct fills of a list of colours, and each method's fill as an index into them. */
interface Palette {
  fills: string[];
  indexOf: Int32Array;
}

/** Colours change with the colouring, not with filters: their palette is worked out once per list. */
const palettes = new WeakMap<readonly string[], Palette>();

function getPalette(colours: readonly string[], count: number): Palette {
  let palette = palettes.get(colours);
  if (!palette || palette.indexOf.length !== count) {
    const fills: string[] = [];
    const found = new Map<string, number>();
    const indexOf = new Int32Array(count);
    for (let p = 0; p < count; p++) {
      const fill = colours[p] ?? colour.unknownNode;
      let index = found.get(fill);
      if (index === undefined) {
        index = fills.push(fill) - 1;
        found.set(fill, index);
      }
      indexOf[p] = index;
    }
    palette = { fills, indexOf };
    palettes.set(colours, palette);
  }
  return palette;
}

/**
 * The circles in batches of one opacity and one fill, faint batches first (so lit circles
 * sit on top of faded ones), then in the order their fills first appear in `order`; each
 * batch lists its positions in `order`'s order. Runs on every paint over every method, so
 * it counts and fills typed arrays by a small integer key rather than growing maps and
 * arrays (the first paints after the graph opens run it before the engine has optimised it).
 */
function toNodeBatches(paint: GraphPaint, order: readonly number[], palette: Palette) {
  const { visible, focus, lineage } = paint;
  const hide = paint.filtered === 'hide';
  // The opacities a circle can take, each once (two of them may be equal).
  const alphas = [...new Set([node.fadedOpacity, 1, node.offLineageOpacity])];
  const [faded, lit, offLineage] = [node.fadedOpacity, 1, node.offLineageOpacity].map((alpha) =>
    alphas.indexOf(alpha),
  ) as [number, number, number];
  const width = palette.fills.length;
  const keyOf = new Int32Array(order.length);
  const sizes = new Int32Array(alphas.length * width);
  const firstAt = new Int32Array(alphas.length * width).fill(-1);
  const rings: number[] = [];
  for (let n = 0; n < order.length; n++) {
    const p = order[n]!;
    const shown = (visible[p >>> 5]! >>> (p & 31)) & 1;
    if (shown === 0 && hide) {
      keyOf[n] = -1;
      continue;
    }
    const inLineage = p === focus || (lineage.size > 0 && lineage.has(p));
    const alpha = shown === 0 ? faded : focus < 0 || inLineage ? lit : offLineage;
    const key = alpha * width + palette.indexOf[p]!;
    keyOf[n] = key;
    if (firstAt[key] === -1) firstAt[key] = n;
    sizes[key]! += 1;
    if (inLineage && p !== focus) rings.push(p);
  }
  const keys = [...sizes.keys()]
    .filter((key) => sizes[key]! > 0)
    .sort(
      (a, b) =>
        alphas[Math.floor(a / width)]! - alphas[Math.floor(b / width)]! ||
        firstAt[a]! - firstAt[b]!,
    );
  const nodesOf = new Map(keys.map((key) => [key, new Int32Array(sizes[key]!)]));
  const filled = new Int32Array(sizes.length);
  for (let n = 0; n < order.length; n++) {
    const key = keyOf[n]!;
    if (key >= 0) nodesOf.get(key)![filled[key]!++] = order[n]!;
  }
  const fills: NodeBatch[] = keys.map((key) => ({
    alpha: alphas[Math.floor(key / width)]!,
    colour: palette.fills[key % width]!,
    nodes: nodesOf.get(key)!,
  }));
  return { fills, rings: Int32Array.from(rings) };
}

/** Groups edges and circles by how they are drawn; `order` lists positions smallest circle first. */
export function toCanvasStyles(
  scene: GraphScene,
  paint: GraphPaint,
  order: readonly number[],
): CanvasStyles {
  const { buckets, undrawn } = toEdgeBuckets(scene, paint);
  const palette = getPalette(paint.colours, scene.catalogue.methods.length);
  const { fills, rings } = toNodeBatches(paint, order, palette);
  return {
    faded: buckets[FADED]!,
    confirmed: buckets[CONFIRMED]!,
    recalled: buckets[RECALLED]!,
    strong: buckets[STRONG]!,
    undrawn,
    dimmed: paint.focus >= 0,
    fills,
    rings,
    focus:
      paint.focus >= 0 && (paint.filtered === 'fade' || hasInBitset(paint.visible, paint.focus))
        ? paint.focus
        : -1,
  };
}
