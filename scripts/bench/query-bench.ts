// `tsx scripts/bench/query-bench.ts [sizes...]`: the pure catalogue and query
// modules alone in Node, at 10,000 and 100,000 methods by default: the very
// code the browser runs, without React or the DOM.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogue } from '../../app/catalogue/build-catalogue';
import type { Catalogue } from '../../app/catalogue/catalogue-types';
import { validateCatalogue } from '../../app/catalogue/validate-catalogue';
import { countMatrix } from '../../app/query/count-matrix';
import { countVisibleEdges } from '../../app/graph-model/graph-edges';
import type { GraphLayout } from '../../app/layout/layout-types';
import { toCanvasStyles } from '../../app/views/graph/canvas-styles';
import { makeGraphScene, type GraphPaint } from '../../app/views/graph/graph-scene';
import { EMPTY_FILTERS, type FilterState } from '../../app/query/filter-state';
import { runQuery } from '../../app/query/run-query';
import type { SortState } from '../../app/query/sort-methods';
import { formatTable, toMeasurement, type Measurement } from './bench-stats';
import { generateCatalogue } from './generate-catalogue';
import { BENCH_SEED } from './write-catalogue';

/** What a reader types, one letter at a time. */
export const COLD_SEARCH = 'visual prompt tuning';
export const WARM_SEARCH = 'language model reprogramming';

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function withFacets(facets: FilterState['facets']): FilterState {
  return { ...EMPTY_FILTERS, facets };
}

/** Times each keystroke of `text` typed into the search, on the given catalogue. */
function typeSearch(catalogue: Catalogue, text: string): number[] {
  const times: number[] = [];
  for (let length = 1; length <= text.length; length++) {
    const filters = { ...EMPTY_FILTERS, search: text.slice(0, length) };
    times.push(time(() => runQuery(catalogue, filters, null)));
  }
  return times;
}

/** A layout with every circle at the origin: how the canvas groups edges and circles does not read positions. */
function toOriginLayout(size: number): GraphLayout {
  const zeros = () => new Float64Array(size);
  return {
    kind: 'force',
    x: zeros(),
    y: zeros(),
    radius: zeros(),
    bounds: [0, 0, 0, 0],
    yearBands: [],
    lanes: [],
  };
}

/** What the graph's canvas works out on each paint when the filters show `visible` (edges faded, not hidden). */
function toPaint(catalogue: Catalogue, visible: GraphPaint['visible']): GraphPaint {
  const colours = catalogue.methods.map(() => '#0072b2');
  return {
    colours,
    visible,
    filtered: 'fade',
    confirmedOnly: false,
    focus: -1,
    lineage: new Map(),
  };
}

/** Runs every query measurement `runs` times at one size; each run starts from a fresh catalogue. */
export function benchQueryAt(size: number, runs = 7): Measurement[] {
  const { taxonomy, methods } = generateCatalogue(size, BENCH_SEED);
  const text = JSON.stringify(methods);
  const samples = new Map<string, number[]>();
  const add = (metric: string, ...values: number[]) =>
    samples.set(metric, [...(samples.get(metric) ?? []), ...values]);
  const sortByTitle: SortState = { column: 'title', direction: 'asc' };
  const oneFacet = withFacets({ location: ['input'] });
  const twoFacets = withFacets({ location: ['input'], operator: ['additive'] });

  for (let run = 0; run < runs; run++) {
    let raw: unknown;
    add(
      'parse methods.json',
      time(() => (raw = JSON.parse(text))),
    );
    let catalogue: Catalogue | null = null;
    add(
      'validate + build catalogue',
      time(() => {
        const result = validateCatalogue(taxonomy, raw);
        catalogue = buildCatalogue(result.taxonomy!, result.methods);
      }),
    );
    const fresh = catalogue as unknown as Catalogue;
    add(
      'runQuery, no filter (cold caches)',
      time(() => runQuery(fresh, EMPTY_FILTERS, null)),
    );
    add(
      'runQuery, no filter (warm)',
      time(() => runQuery(fresh, EMPTY_FILTERS, null)),
    );
    add(
      'facet toggle: one value',
      time(() => runQuery(fresh, oneFacet, null)),
    );
    add(
      'facet toggle: second dimension',
      time(() => runQuery(fresh, twoFacets, null)),
    );
    add(
      'sort change to title (cold)',
      time(() => runQuery(fresh, EMPTY_FILTERS, sortByTitle)),
    );
    add(
      'sort change: direction flipped',
      time(() => runQuery(fresh, EMPTY_FILTERS, { ...sortByTitle, direction: 'desc' })),
    );
    const { visible } = runQuery(fresh, EMPTY_FILTERS, null);
    add(
      'matrix counts, format × location',
      time(() => countMatrix(fresh, visible, 'format', 'location')),
    );
    // The graph's canvas groups every edge and circle by look on each facet toggle.
    const scene = makeGraphScene(fresh, toOriginLayout(fresh.methods.length));
    const order = fresh.methods.map((_, position) => position);
    const filtered = toPaint(fresh, runQuery(fresh, oneFacet, null).visible);
    add(
      'graph canvas styles for one paint (facet toggle)',
      time(() => toCanvasStyles(scene, filtered, order)),
    );
    // ...and counts the cites between visible methods for its completeness note.
    add(
      'graph completeness counts (facet toggle)',
      time(() => countVisibleEdges(fresh, filtered.visible)),
    );
    const cold = typeSearch(fresh, COLD_SEARCH);
    // The second letter is the first that searches: it also builds the search index.
    add('search: first searching keystroke (builds index)', cold[1]!);
    add('search keystroke, cold index', ...cold.slice(2));
    add('search keystroke, warm index', ...typeSearch(fresh, WARM_SEARCH).slice(1));
  }
  return [...samples].map(([metric, values]) => toMeasurement(metric, size, values));
}

/** Query measurements at each size. */
export function benchQuery(sizes: readonly number[], runs = 7): Measurement[] {
  return sizes.flatMap((size) => benchQueryAt(size, runs));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  console.log(formatTable(benchQuery(sizes.length > 0 ? sizes : [10_000, 100_000])));
}
