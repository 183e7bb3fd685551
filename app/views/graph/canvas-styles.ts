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
 * every edge (50,000 at 10,000 methods): one pass notes each edge's bucket, a second fills
 * arrays sized by the counts. Each pass is a function that does nothing but its loop (see
 * noteEdgeBuckets).
 */
function toEdgeBuckets(
  scene: GraphScene,
  paint: GraphPaint,
): { buckets: Int32Array[]; undrawn: CanvasStyles['undrawn'] } {
  const count = scene.edges.source.length;
  const bucketOf = new Uint8Array(count);
  // Edges per bucket, then the undrawn ones that are confirmed cites.
  const sizes = new Int32Array(NOT_DRAWN + 2);
  noteEdgeBuckets(scene, paint, bucketOf, sizes);
  const buckets = [FADED, CONFIRMED, RECALLED, STRONG].map(
    (bucket) => new Int32Array(sizes[bucket]!),
  );
  fillEdgeBuckets(bucketOf, buckets, new Int32Array(NOT_DRAWN));
  const undrawn = sizes[NOT_DRAWN]!;
  const undrawnConfirmed = sizes[NOT_DRAWN + 1]!;
  return {
    buckets,
    undrawn: { confirmed: undrawnConfirmed, recalled: undrawn - undrawnConfirmed },
  };
}

/**
 * Notes each edge's bucket in `bucketOf` and counts them in `sizes`, the undrawn confirmed
 * cites last. It reads the visibility bits in place rather than through `toEdgeState`
 * (whose rule it follows: "confirmed only" hides recalled edges, an edge with a
 * filtered-out end is faded, or hidden in 'hide' mode). A loop-only function (see
 * app/views/README.md, "Loops over every edge").
 */
function noteEdgeBuckets(
  scene: GraphScene,
  paint: GraphPaint,
  bucketOf: Uint8Array,
  sizes: Int32Array,
): void {
  const { source, target, confirmed } = scene.edges;
  const { visible, confirmedOnly, focus } = paint;
  const hide = paint.filtered === 'hide';
  for (let i = 0; i < source.length; i++) {
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
    if (bucket === NOT_DRAWN) sizes[NOT_DRAWN + 1]! += confirmed[i]!;
  }
}

/** Lists each edge in its bucket's array, in edge order; `filled` counts what each holds. */
function fillEdgeBuckets(bucketOf: Uint8Array, buckets: Int32Array[], filled: Int32Array): void {
  for (let i = 0; i < bucketOf.length; i++) {
    const bucket = bucketOf[i]!;
    if (bucket !== NOT_DRAWN) buckets[bucket]![filled[bucket]!++] = i;
  }
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
 * arrays, each pass in a function of its own (see noteNodeKeys).
 */
function toNodeBatches(paint: GraphPaint, order: readonly number[], palette: Palette) {
  // The opacities a circle can take, each once (two of them may be equal).
  const alphas = [...new Set([node.fadedOpacity, 1, node.offLineageOpacity])];
  const alphaKeys = Int32Array.from([node.fadedOpacity, 1, node.offLineageOpacity], (alpha) =>
    alphas.indexOf(alpha),
  );
  const width = palette.fills.length;
  const keyOf = new Int32Array(order.length);
  const sizes = new Int32Array(alphas.length * width);
  const firstAt = new Int32Array(alphas.length * width).fill(-1);
  const rings: number[] = [];
  noteNodeKeys(paint, order, palette, alphaKeys, { keyOf, sizes, firstAt, rings });
  const keys = [...sizes.keys()]
    .filter((key) => sizes[key]! > 0)
    .sort(
      (a, b) =>
        alphas[Math.floor(a / width)]! - alphas[Math.floor(b / width)]! ||
        firstAt[a]! - firstAt[b]!,
    );
  const nodesOf: Int32Array[] = [];
  for (const key of keys) nodesOf[key] = new Int32Array(sizes[key]!);
  fillNodeBatches(order, keyOf, nodesOf, new Int32Array(sizes.length));
  const fills: NodeBatch[] = keys.map((key) => ({
    alpha: alphas[Math.floor(key / width)]!,
    colour: palette.fills[key % width]!,
    nodes: nodesOf[key]!,
  }));
  return { fills, rings: Int32Array.from(rings) };
}

/**
 * What noteNodeKeys writes: each circle's batch key (-1: not drawn), each key's size and
 * first place in the order, and the ringed circles.
 */
interface NodeKeys {
  keyOf: Int32Array;
  sizes: Int32Array;
  firstAt: Int32Array;
  rings: number[];
}

/**
 * Notes the batch key of each circle in `order` (its opacity's index in `alphaKeys`, for
 * faded, lit and off-lineage, times the fills, plus its fill). A loop-only function (see
 * app/views/README.md, "Loops over every edge").
 */
function noteNodeKeys(
  paint: GraphPaint,
  order: readonly number[],
  palette: Palette,
  alphaKeys: Int32Array,
  into: NodeKeys,
): void {
  const { visible, focus, lineage } = paint;
  const hide = paint.filtered === 'hide';
  const width = palette.fills.length;
  const { keyOf, sizes, firstAt, rings } = into;
  for (let n = 0; n < order.length; n++) {
    const p = order[n]!;
    const shown = (visible[p >>> 5]! >>> (p & 31)) & 1;
    if (shown === 0 && hide) {
      keyOf[n] = -1;
      continue;
    }
    const inLineage = p === focus || (lineage.size > 0 && lineage.has(p));
    const alpha =
      shown === 0 ? alphaKeys[0]! : focus < 0 || inLineage ? alphaKeys[1]! : alphaKeys[2]!;
    const key = alpha * width + palette.indexOf[p]!;
    keyOf[n] = key;
    if (firstAt[key] === -1) firstAt[key] = n;
    sizes[key]! += 1;
    if (inLineage && p !== focus) rings.push(p);
  }
}

/** Lists each circle of `order` in its batch's array, in order; `filled` counts what each holds. */
function fillNodeBatches(
  order: readonly number[],
  keyOf: Int32Array,
  nodesOf: Int32Array[],
  filled: Int32Array,
): void {
  for (let n = 0; n < order.length; n++) {
    const key = keyOf[n]!;
    if (key >= 0) nodesOf[key]![filled[key]!++] = order[n]!;
  }
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
