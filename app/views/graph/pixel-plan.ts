import type { CiteEdges } from '../../graph-model/graph-edges';
import { toOnScreenEdges, type EdgeRun, type LayerFrame } from './canvas-layer-frame';
import { GRAPH_LOOK } from './graph-look';
import { toLineWeight, type CountsKey, type LineBuffer } from './pixel-layer';

/** The lines of one run, added to one buffer of the pixel layer, each with one weight. */
export interface LineJob {
  run: EdgeRun;
  weight: number;
  into: LineBuffer;
}

/**
 * How a crowded view's lines reach the pixel layer: which lines go to which buffer with
 * which weight, and how much of each count of lines the picture takes.
 */
export interface PixelPlan {
  /** In order: the counts first, when this plan makes them, then the depth. */
  jobs: LineJob[];
  /** The counts' key when this plan makes them anew; null when it uses them as they are, or not at all. */
  counts: CountsKey | null;
  /** Depth each counted confirmed line adds to the picture (0: the count is not used). */
  confirmedWeight: number;
  recalledWeight: number;
}

/** The on-screen edges of one kind (confirmed or recalled cites) in each look, and what a line of each weighs. */
interface EdgeGroup {
  faded: EdgeRun;
  shown: EdgeRun;
  strong: EdgeRun;
  fadedWeight: number;
  shownWeight: number;
  /** Cites of this kind that no look draws (hidden, or recalled ones under "confirmed only"). */
  undrawn: number;
}

const EMPTY: EdgeRun = { list: new Int32Array(0), count: 0 };

/** Every edge index, confirmed cites then recalled ones, worked out once per catalogue. */
const edgesByKind = new WeakMap<CiteEdges, [Int32Array, Int32Array]>();

function getEdgesByKind(edges: CiteEdges): [Int32Array, Int32Array] {
  let lists = edgesByKind.get(edges);
  if (!lists) {
    const all = edges.source.map((_, i) => i);
    lists = listByKind({ list: all, count: all.length }, edges);
    edgesByKind.set(edges, lists);
  }
  return lists;
}

/** The edges of `run`, confirmed cites first list, recalled second, each in run order. */
function listByKind(run: EdgeRun, edges: CiteEdges): [Int32Array, Int32Array] {
  let confirmed = 0;
  for (let k = 0; k < run.count; k++) confirmed += edges.confirmed[run.list[k]!]!;
  const lists: [Int32Array, Int32Array] = [
    new Int32Array(confirmed),
    new Int32Array(run.count - confirmed),
  ];
  const filled = [0, 0];
  for (let k = 0; k < run.count; k++) {
    const e = run.list[k]!;
    const kind = edges.confirmed[e] === 1 ? 0 : 1;
    lists[kind][filled[kind]!++] = e;
  }
  return lists;
}

function toRuns(lists: [Int32Array, Int32Array]): [EdgeRun, EdgeRun] {
  return [
    { list: lists[0], count: lists[0].length },
    { list: lists[1], count: lists[1].length },
  ];
}

/**
 * The weight a group's count is taken at (0: not counted). Any weight gives the same
 * picture, each line whose own weight differs being added with the difference; the one
 * chosen leaves the fewest lines to add: the shown lines' weight when most are shown,
 * the faded lines' when most are faded.
 */
function toCountWeight(group: EdgeGroup, mayCount: boolean): number {
  const candidates =
    mayCount && group.undrawn === 0 ? [0, group.shownWeight, group.fadedWeight] : [0];
  let best = 0;
  let fewest = Infinity;
  for (const weight of candidates) {
    const lines =
      (group.fadedWeight !== weight ? group.faded.count : 0) +
      (group.shownWeight !== weight ? group.shown.count : 0) +
      (weight !== 0 ? group.strong.count : 0);
    if (lines < fewest) {
      best = weight;
      fewest = lines;
    }
  }
  return best;
}

/** The lines a group adds to the depth once its count is taken at `countWeight`. */
function toDepthJobs(group: EdgeGroup, countWeight: number): LineJob[] {
  return [
    { run: group.faded, weight: group.fadedWeight - countWeight },
    { run: group.shown, weight: group.shownWeight - countWeight },
    // The lineage is drawn by the canvas, in ink, not by the pixel layer.
    { run: group.strong, weight: -countWeight },
  ]
    .filter((job) => job.weight !== 0 && job.run.count > 0)
    .map((job) => ({ ...job, into: 'depth' as const }));
}

/** What counts made for this frame's view would hold. */
export function toCountsKey(frame: LayerFrame): CountsKey {
  const { transform: t, width, height, ratio } = frame.view;
  return { ends: frame.scene.ends, k: t.k, x: t.x, y: t.y, width, height, ratio };
}

/**
 * Plans a crowded view's lines (see PixelPlan). Without `mayCount` (a drawing that must
 * not change the counts, such as the overview) every line is added with its own weight.
 * With it, counts of the lines on screen are made when the view has none, once, and then
 * serve every filter change at that view: a change adds the smaller of the faded or the
 * shown lines, not all of them.
 */
export function toPixelPlan(frame: LayerFrame, mayCount: boolean): PixelPlan {
  const { edge } = GRAPH_LOOK;
  const { scene, styles } = frame;
  const fadedWeight = toLineWeight(edge.fadedOpacity);
  const shownWeights = [
    toLineWeight(frame.confirmedAlpha),
    // Few recalled edges are dashed by the canvas, not added here.
    frame.dashed ? 0 : toLineWeight(frame.recalledAlpha),
  ];
  const faded = toRuns(listByKind(frame.faded, scene.edges));
  const strong = frame.strong.count > 0 ? toRuns(listByKind(frame.strong, scene.edges)) : null;
  const groups: EdgeGroup[] = [0, 1].map((kind) => ({
    faded: faded[kind]!,
    shown: kind === 0 ? frame.confirmed : frame.recalled,
    strong: strong?.[kind] ?? EMPTY,
    fadedWeight,
    shownWeight: shownWeights[kind]!,
    undrawn: kind === 0 ? styles.undrawn.confirmed : styles.undrawn.recalled,
  }));
  const [confirmedWeight, recalledWeight] = groups.map((group) =>
    toCountWeight(group, mayCount),
  ) as [number, number];
  const jobs = groups.flatMap((group, kind) =>
    toDepthJobs(group, kind === 0 ? confirmedWeight : recalledWeight),
  );
  const key = toCountsKey(frame);
  const usesCounts = confirmedWeight !== 0 || recalledWeight !== 0;
  if (!usesCounts || frame.pixelLayer?.hasCounts(key)) {
    return { jobs, counts: null, confirmedWeight, recalledWeight };
  }
  // Every cite on screen, whatever its look, is counted: a later filter change at this
  // view reuses the counts.
  const [confirmedAll, recalledAll] = getEdgesByKind(scene.edges);
  const countJobs: LineJob[] = [
    { run: toOnScreenEdges(scene.ends, confirmedAll, frame.box).run, weight: 1, into: 'confirmed' },
    { run: toOnScreenEdges(scene.ends, recalledAll, frame.box).run, weight: 1, into: 'recalled' },
  ];
  return { jobs: [...countJobs, ...jobs], counts: key, confirmedWeight, recalledWeight };
}
