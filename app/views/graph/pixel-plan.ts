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

/** How many on-screen edges of one kind (confirmed or recalled cites) each look has, and what a line of each weighs. */
interface EdgeGroup {
  faded: number;
  shown: number;
  strong: number;
  fadedWeight: number;
  shownWeight: number;
  /** Cites of this kind that no look draws (hidden, or recalled ones under "confirmed only"). */
  undrawn: number;
}

/** Every edge index, confirmed cites then recalled ones, worked out once per catalogue. */
const edgesByKind = new WeakMap<CiteEdges, [Int32Array, Int32Array]>();

function getEdgesByKind(edges: CiteEdges): [Int32Array, Int32Array] {
  let lists = edgesByKind.get(edges);
  if (!lists) {
    const all = edges.source.map((_, i) => i);
    const confirmed = edges.confirmed.reduce((sum, flag) => sum + flag, 0);
    lists = listByKind({ list: all, count: all.length, confirmed }, edges);
    edgesByKind.set(edges, lists);
  }
  return lists;
}

/** The edges of `run`, confirmed cites first list, recalled second, each in run order. */
function listByKind(run: EdgeRun, edges: CiteEdges): [Int32Array, Int32Array] {
  const lists: [Int32Array, Int32Array] = [
    new Int32Array(run.confirmed),
    new Int32Array(run.count - run.confirmed),
  ];
  const filled = [0, 0];
  for (let k = 0; k < run.count; k++) {
    const e = run.list[k]!;
    const kind = edges.confirmed[e] === 1 ? 0 : 1;
    lists[kind][filled[kind]!++] = e;
  }
  return lists;
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
      (group.fadedWeight !== weight ? group.faded : 0) +
      (group.shownWeight !== weight ? group.shown : 0) +
      (weight !== 0 ? group.strong : 0);
    if (lines < fewest) {
      best = weight;
      fewest = lines;
    }
  }
  return best;
}

/**
 * The depth jobs for a look that holds both kinds of cite, each kind's lines weighing
 * `weights` (confirmed, recalled): the run as it is when both weigh the same, else split by
 * kind. Lines weighing nothing are left out.
 */
function toMixedJobs(run: EdgeRun, weights: [number, number], edges: CiteEdges): LineJob[] {
  if (run.count === 0) return [];
  if (weights[0] === weights[1])
    return weights[0] === 0 ? [] : [{ run, weight: weights[0], into: 'depth' }];
  return listByKind(run, edges)
    .map((list, kind) => ({
      run: { list, count: list.length, confirmed: kind === 0 ? list.length : 0 },
      weight: weights[kind]!,
      into: 'depth' as const,
    }))
    .filter((job) => job.weight !== 0 && job.run.count > 0);
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
  const fadedConfirmed = frame.faded.confirmed;
  const strongConfirmed = frame.strong.confirmed;
  const groups: EdgeGroup[] = [
    {
      faded: fadedConfirmed,
      shown: frame.confirmed.count,
      strong: strongConfirmed,
      fadedWeight,
      shownWeight: shownWeights[0]!,
      undrawn: styles.undrawn.confirmed,
    },
    {
      faded: frame.faded.count - fadedConfirmed,
      shown: frame.recalled.count,
      strong: frame.strong.count - strongConfirmed,
      fadedWeight,
      shownWeight: shownWeights[1]!,
      undrawn: styles.undrawn.recalled,
    },
  ];
  const [confirmedWeight, recalledWeight] = groups.map((group) =>
    toCountWeight(group, mayCount),
  ) as [number, number];
  // Each line adds its own weight less what its kind's count already gives it; the faded
  // and the lineage's lines are split by kind only when the two kinds differ there.
  const jobs: LineJob[] = [
    ...toMixedJobs(
      frame.faded,
      [fadedWeight - confirmedWeight, fadedWeight - recalledWeight],
      scene.edges,
    ),
    { run: frame.confirmed, weight: shownWeights[0]! - confirmedWeight, into: 'depth' as const },
    { run: frame.recalled, weight: shownWeights[1]! - recalledWeight, into: 'depth' as const },
    // The lineage is drawn by the canvas, in ink, not by the pixel layer.
    ...toMixedJobs(frame.strong, [-confirmedWeight, -recalledWeight], scene.edges),
  ].filter((job) => job.weight !== 0 && job.run.count > 0);
  const key = toCountsKey(frame);
  const usesCounts = confirmedWeight !== 0 || recalledWeight !== 0;
  if (!usesCounts || frame.pixelLayer?.hasCounts(key)) {
    return { jobs, counts: null, confirmedWeight, recalledWeight };
  }
  // Every cite on screen, whatever its look, is counted: a later filter change at this
  // view reuses the counts.
  const [confirmedAll, recalledAll] = getEdgesByKind(scene.edges);
  const countJobs: LineJob[] = [
    {
      run: toOnScreenEdges(scene.ends, scene.edges.confirmed, confirmedAll, frame.box).run,
      weight: 1,
      into: 'confirmed',
    },
    {
      run: toOnScreenEdges(scene.ends, scene.edges.confirmed, recalledAll, frame.box).run,
      weight: 1,
      into: 'recalled',
    },
  ];
  return { jobs: [...countJobs, ...jobs], counts: key, confirmedWeight, recalledWeight };
}
