// `tsx scripts/bench/browser-bench.ts [sizes...]`: builds Atlas against each
// synthetic catalogue, serves it, and measures it in headless Chromium. Every
// time is taken inside the page (scripts/bench/page-probe.js), from the input
// event's own timestamp to the rendered frame that shows its effect.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { formatTable, toMeasurement, type Measurement } from './bench-stats';
import { benchFloor, withFloor } from './floor-bench';
import { buildAtlas, listScriptSizes, startPreview } from './serve-build';
import {
  BENCH_OUT,
  BUNDLED,
  countBundledMethods,
  toCatalogueDir,
  writeCatalogue,
  type BenchSize,
} from './write-catalogue';

/** What scripts/bench/page-probe.js installs in the page. */
interface AtlasBenchProbe {
  firstRow: number | null;
  /** The live table's first row: set on Atlas's pages (rendered into #root), not on the floor page. */
  liveRow: number | null;
  arm(kind: string, expected: string | null): void;
  settle(inputType: string, kind?: string): Promise<number>;
  zoomFrames(
    selector: string,
    frames: number,
    direction?: 'in' | 'out' | 'both',
  ): Promise<number[]>;
  longestFrame(ms: number): Promise<number>;
  idleFrames(frames: number): Promise<number[]>;
}

declare global {
  interface Window {
    __atlasBench?: AtlasBenchProbe;
  }
}

const PROBE = fileURLToPath(new URL('./page-probe.js', import.meta.url));
/**
 * The benchmark's own ports, one per catalogue size in the order measured, then one for the
 * floor page (4190 is a port browsers refuse: ManageSieve). BENCH_PORT=<n> moves them to
 * n, n+1, ... so two benchmarks can run side by side.
 */
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 4191);
/** BENCH_ONLY=graph measures the citation graph alone (its tab, zoom and facet toggles). */
const GRAPH_ONLY = process.env.BENCH_ONLY === 'graph';
const VIEWPORT = { width: 1366, height: 860 };
const SLOW = 120_000;

export interface BrowserBenchOptions {
  /** Fresh pages for the load and graph-layout metrics. */
  loadRuns: number;
  graphRuns: number;
  /** Repetitions of each interaction. */
  reps: number;
  /** Frames zoomed in, then out, per graph run. */
  zoomFrames: number;
}

export const DEFAULT_BROWSER_OPTIONS: BrowserBenchOptions = process.env.BENCH_QUICK
  ? { loadRuns: 2, graphRuns: 1, reps: 1, zoomFrames: 30 }
  : { loadRuns: 7, graphRuns: 3, reps: 3, zoomFrames: 60 };

type Samples = Map<string, number[]>;

function add(samples: Samples, metric: string, ...values: number[]): void {
  samples.set(metric, [...(samples.get(metric) ?? []), ...values]);
}

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    timezoneId: 'UTC',
    locale: 'en-GB',
  });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  await page.goto(url);
  // Atlas is ready once its live table has rendered; the floor page (no #root) once its row has.
  await page.waitForFunction(
    () =>
      (window.__atlasBench?.liveRow ?? 0) > 0 ||
      (!document.getElementById('root') && (window.__atlasBench?.firstRow ?? 0) > 0),
    null,
    { timeout: SLOW },
  );
  // A reader looks at the page before acting: let the work Atlas leaves for idle time finish.
  await page.evaluate(
    () =>
      new Promise((done) => requestIdleCallback(() => setTimeout(done, 200), { timeout: 10_000 })),
  );
  return page;
}

/** The first search of a fresh page: its second letter is the first that searches. */
async function firstSearch(page: Page): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Search methods' });
  await box.press('v');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'v');
  const time = await measure(page, 'search', 'keydown', () => box.press('i'), 'vi');
  await box.fill('');
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('q'));
  return time;
}

/** Arms the probe, performs the input, and returns input-to-rendered-frame in ms. */
async function measure(
  page: Page,
  kind: 'count' | 'search' | 'grid' | 'graph' | 'rows',
  inputType: 'click' | 'keydown' | 'change',
  act: () => Promise<unknown>,
  expected: string | null = null,
): Promise<number> {
  await page.evaluate(([k, e]) => window.__atlasBench!.arm(k, e), [kind, expected] as const);
  await act();
  return page.evaluate((type) => window.__atlasBench!.settle(type), inputType);
}

function facet(page: Page, group: RegExp, value: string) {
  return page
    .getByRole('group', { name: group })
    .getByRole('checkbox', { name: new RegExp(`^${value}\\b`) });
}

/** One value on, a second dimension on, then both off again: four toggles per repetition. */
async function toggleFacets(page: Page, reps: number): Promise<number[]> {
  const location = facet(page, /^Location/, 'Input');
  const operator = facet(page, /^Operator/, 'Additive');
  const times: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    for (const box of [location, operator, operator, location]) {
      times.push(await measure(page, 'count', 'click', () => box.click()));
    }
  }
  return times;
}

/** Appends one word letter by letter to an existing search; a new word each repetition. */
async function typeSearch(page: Page, reps: number): Promise<number[]> {
  const box = page.getByRole('searchbox', { name: 'Search methods' });
  const words = [' tuning', ' learning', ' models', ' vision', ' frozen'];
  const times: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    let text = rep % 2 ? 'prompt' : 'visual prompt';
    await box.fill(text);
    await page.waitForFunction((t) => new URLSearchParams(location.search).get('q') === t, text);
    for (const letter of words[rep % words.length]!) {
      text += letter;
      times.push(
        await measure(
          page,
          'search',
          'keydown',
          () => box.press(letter === ' ' ? 'Space' : letter),
          text,
        ),
      );
    }
  }
  await box.fill('');
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('q'));
  return times;
}

async function changeMatrixAxes(page: Page, reps: number): Promise<number[]> {
  const rows = page.getByRole('combobox', { name: 'Rows' });
  const axes = ['paradigm', 'modality', 'year', 'format', 'alignment'];
  const times: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    for (const axis of axes) {
      times.push(await measure(page, 'grid', 'change', () => rows.selectOption(axis)));
    }
  }
  return times;
}

async function sortByHeader(page: Page, reps: number): Promise<number[]> {
  const times: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    for (const column of ['Title', 'Year', 'Cited by']) {
      const header = page.getByRole('columnheader', { name: new RegExp(`^${column}`) });
      times.push(await measure(page, 'rows', 'click', () => header.getByRole('button').click()));
    }
  }
  return times;
}

interface GraphTimes {
  /** Tab click to the first frame showing the graph (an intermediate layout on large catalogues). */
  first: number;
  /** Tab click to the frame showing the final layout (the same frame where layouts are not progressive). */
  final: number;
  /** Frame intervals while zooming in and out, one wheel event per frame. */
  frames: number[];
  /** The longest frame in the 400 ms after each gesture: the full redraw once it settles. */
  settle: number[];
  renderer: string;
}

/**
 * Opens the graph tab and times its first drawing and its final layout; once the final layout
 * is drawn, zooms in, then out, and records frame times and the redraw after each gesture.
 */
async function openGraph(page: Page, zoomFrames: number): Promise<GraphTimes> {
  const tab = page.getByRole('tab', { name: 'Citation graph' });
  await page.evaluate(() => {
    window.__atlasBench!.arm('graph', null);
    window.__atlasBench!.arm('graph-final', null);
  });
  await tab.click();
  const first = await page.evaluate(() => window.__atlasBench!.settle('click', 'graph'));
  const final = await page.evaluate(() => window.__atlasBench!.settle('click', 'graph-final'));
  const renderer = await page.locator('.graph-stage').getAttribute('data-renderer');
  const target = renderer === 'canvas' ? '.graph-canvas' : '.graph-svg';
  await page.waitForTimeout(400);
  // Two gestures, zooming in then back out, each followed by the frames that finish it.
  const frames: number[] = [];
  const settle: number[] = [];
  for (const direction of ['in', 'out'] as const) {
    frames.push(
      ...(await page.evaluate(([s, n, d]) => window.__atlasBench!.zoomFrames(s, n, d), [
        target,
        zoomFrames,
        direction,
      ] as const)),
    );
    settle.push(await page.evaluate(() => window.__atlasBench!.longestFrame(400)));
  }
  return { first, final, frames, settle, renderer: renderer ?? 'none' };
}

/** Every browser measurement at one catalogue size. */
export async function benchBrowserAt(
  benchSize: BenchSize,
  options = DEFAULT_BROWSER_OPTIONS,
  port = FIRST_PORT,
): Promise<Measurement[]> {
  const dataDir = toCatalogueDir(benchSize);
  const size = benchSize === BUNDLED ? countBundledMethods() : benchSize;
  // BENCH_DIST=/path/dist-{size} measures a build made elsewhere (e.g. of an earlier commit).
  const prebuilt = process.env.BENCH_DIST?.replace('{size}', String(benchSize));
  const outDir = prebuilt ?? join(BENCH_OUT, `dist-${benchSize}`);
  if (!prebuilt) buildAtlas(dataDir, outDir);
  const server = await startPreview(outDir, port);
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  const samples: Samples = new Map();
  const notes = new Map<string, string>();
  try {
    const scripts = listScriptSizes(outDir);
    const loaded = new Set<string>();
    for (let run = 0; run < (GRAPH_ONLY ? 0 : options.loadRuns); run++) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      await context.addInitScript({ path: PROBE });
      const page = await context.newPage();
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname.replace(/^\//, '');
        if (path.endsWith('.js')) loaded.add(path);
      });
      await page.goto(server.url);
      await page.waitForFunction(() => (window.__atlasBench?.liveRow ?? 0) > 0, null, {
        timeout: SLOW,
      });
      const timing = await page.evaluate(() => ({
        firstRow: window.__atlasBench!.firstRow!,
        liveRow: window.__atlasBench!.liveRow!,
        catalogue:
          (
            performance
              .getEntriesByType('resource')
              .find((e) => e.name.endsWith('methods.json')) as PerformanceResourceTiming | undefined
          )?.responseEnd ?? NaN,
      }));
      add(samples, 'navigation → first table row', timing.firstRow);
      add(samples, 'navigation → first live table row', timing.liveRow);
      add(samples, 'navigation → methods.json received', timing.catalogue);
      await context.close();
    }

    const page = await openPage(browser, server.url);
    if (!GRAPH_ONLY) {
      add(samples, 'first search keystroke of a page', await firstSearch(page));
      add(
        samples,
        'sort header click → rows reordered',
        ...(await sortByHeader(page, options.reps)),
      );
      add(
        samples,
        'facet toggle → all views updated (table)',
        ...(await toggleFacets(page, options.reps)),
      );
      add(samples, 'search keystroke → results', ...(await typeSearch(page, options.reps)));
      await page.getByRole('tab', { name: 'Matrix' }).click();
      await page.locator('.matrix-grid').waitFor();
      add(
        samples,
        'facet toggle → all views updated (matrix)',
        ...(await toggleFacets(page, options.reps)),
      );
      add(
        samples,
        'matrix rows axis change → redrawn',
        ...(await changeMatrixAxes(page, options.reps)),
      );
    }
    for (let run = 0; run < options.graphRuns; run++) {
      const graphPage = run === 0 ? page : await openPage(browser, server.url);
      if (run > 0 && !GRAPH_ONLY)
        add(samples, 'first search keystroke of a page', await firstSearch(graphPage));
      const graph = await openGraph(graphPage, options.zoomFrames);
      add(samples, 'graph tab click → first drawing', graph.first);
      add(samples, 'graph tab click → final layout drawn', graph.final);
      add(samples, 'graph zoom frame time', ...graph.frames);
      add(samples, 'graph redraw once a zoom gesture settles', ...graph.settle);
      notes.set('graph tab click → first drawing', `${graph.renderer} renderer`);
      if (run === 0) {
        const toggles = await toggleFacets(page, options.reps);
        add(samples, 'first facet toggles after the graph opened', ...toggles.slice(0, 2));
        add(samples, 'facet toggle → all views updated (graph)', ...toggles);
      }
      if (run > 0) await graphPage.context().close();
    }
    add(
      samples,
      'idle frame period (reference)',
      ...(await page.evaluate(() => window.__atlasBench!.idleFrames(60))),
    );
    await page.context().close();

    const sum = (list: typeof scripts, key: 'raw' | 'gzip') =>
      list.reduce((total, s) => total + s[key], 0) / 1024;
    const firstLoad = scripts.filter((script) => loaded.has(script.file));
    const bytes: Measurement[] = GRAPH_ONLY
      ? []
      : [
          toMeasurement('JS shipped, all files (gzip)', size, [sum(scripts, 'gzip')], {
            unit: 'KB',
            note: `${scripts.length} files, ${sum(scripts, 'raw').toFixed(1)} KB raw`,
          }),
          toMeasurement('JS loaded on first navigation (gzip)', size, [sum(firstLoad, 'gzip')], {
            unit: 'KB',
            note: `${firstLoad.length} files, ${sum(firstLoad, 'raw').toFixed(1)} KB raw`,
          }),
        ];
    const timed = [...samples].map(([metric, values]) =>
      toMeasurement(metric, size, values, { note: notes.get(metric) }),
    );
    return [...timed, ...bytes];
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** The floor page's times, measured in the same browser setup as Atlas. */
export async function benchFloorPage(
  options = DEFAULT_BROWSER_OPTIONS,
  port = FIRST_PORT,
): Promise<Measurement[]> {
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  try {
    return await benchFloor(
      (url) => openPage(browser, url),
      measure,
      { loadRuns: options.loadRuns, reps: Math.max(3, options.reps * 3) },
      port,
    );
  } finally {
    await browser.close();
  }
}

/**
 * Browser measurements at each size (generating any catalogue not yet written), after the
 * floor page's; every Atlas time carries the floor's matching median.
 */
export async function benchBrowser(
  sizes: readonly BenchSize[],
  options = DEFAULT_BROWSER_OPTIONS,
): Promise<Measurement[]> {
  console.log('browser bench: the floor page');
  const floor = await benchFloorPage(options, FIRST_PORT + sizes.length);
  const results: Measurement[] = [...floor];
  for (const [index, size] of sizes.entries()) {
    if (size !== BUNDLED) writeCatalogue(size);
    console.log(
      `browser bench: ${size === BUNDLED ? 'the bundled catalogue' : `${size.toLocaleString('en')} methods`}`,
    );
    const measured = await benchBrowserAt(size, options, FIRST_PORT + index);
    results.push(...measured.map((measurement) => withFloor(measurement, floor)));
  }
  return results;
}

/** Catalogue sizes from the command line: numbers, or "bundled" for data/. */
export function toBenchSizes(args: readonly string[]): BenchSize[] {
  return args.map((arg) => {
    if (arg === BUNDLED) return BUNDLED;
    const size = Number(arg);
    if (!Number.isInteger(size) || size < 1) throw new Error(`not a catalogue size: ${arg}`);
    return size;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = toBenchSizes(process.argv.slice(2));
  console.log(formatTable(await benchBrowser(sizes.length > 0 ? sizes : [BUNDLED, 5000, 10_000])));
}
