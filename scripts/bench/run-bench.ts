// `npm run bench`: generates the synthetic catalogues, runs the Node bench of
// the query module and the browser bench, prints one table with the budgets,
// and writes bench/results.json. A benchmark, not a test: `npm test` skips it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { chromium } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { formatTable, isWithinBudget, type Measurement } from './bench-stats';
import { benchBrowser } from './browser-bench';
import { benchQuery } from './query-bench';
import { BENCH_SEED, BUNDLED, countBundledMethods, writeCatalogue } from './write-catalogue';

const BROWSER_SIZES = [BUNDLED, 5000, 10_000] as const;
const QUERY_SIZES = [10_000, 100_000];

interface Budget {
  /** Metric name prefix. */
  metric: string;
  /** Catalogue sizes it holds at ('bundled' for data/). */
  sizes: readonly (number | typeof BUNDLED)[];
  limit: number;
  /** What is held to the limit: the median, or every sample. */
  on: 'median' | 'max';
}

const EVERY_SIZE = BROWSER_SIZES;
const ENDS = [BUNDLED, 10_000] as const;

/** The budgets of issue 14, by metric and catalogue size. */
export const BUDGETS: readonly Budget[] = [
  { metric: 'navigation → first table row', sizes: [BUNDLED], limit: 250, on: 'median' },
  { metric: 'navigation → first table row', sizes: [5000], limit: 450, on: 'median' },
  { metric: 'navigation → first table row', sizes: [10_000], limit: 600, on: 'median' },
  { metric: 'facet toggle → all views updated', sizes: ENDS, limit: 20, on: 'median' },
  { metric: 'search keystroke → results', sizes: ENDS, limit: 20, on: 'median' },
  { metric: 'graph zoom frame time', sizes: [10_000], limit: 33, on: 'max' },
  { metric: 'graph redraw once a zoom gesture settles', sizes: [10_000], limit: 33, on: 'max' },
  { metric: 'first facet toggles after the graph opened', sizes: [10_000], limit: 50, on: 'max' },
  { metric: 'JS loaded on first navigation (gzip)', sizes: EVERY_SIZE, limit: 150, on: 'median' },
];

const bundledSize = countBundledMethods();
function withBudget(measurement: Measurement): Measurement {
  const budget = BUDGETS.find(
    (b) =>
      measurement.metric.startsWith(b.metric) &&
      b.sizes.some((size) => (size === BUNDLED ? bundledSize : size) === measurement.size),
  );
  return budget === undefined
    ? measurement
    : { ...measurement, budget: budget.limit, budgetOn: budget.on };
}

async function describeMachine() {
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  const chromiumVersion = browser.version();
  await browser.close();
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    commit = 'unknown';
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion,
    loadAverageAtStart: loadavg().map((load) => Math.round(load * 100) / 100),
    commit,
  };
}

const machine = await describeMachine();
for (const size of BROWSER_SIZES) if (size !== BUNDLED) writeCatalogue(size);
console.log(`query bench (Node ${process.version}): ${QUERY_SIZES.join(', ')} methods`);
const node = benchQuery(QUERY_SIZES);
const browser = (await benchBrowser(BROWSER_SIZES)).map(withBudget);

console.log('\nBrowser (headless Chromium; input event → rendered frame)\n');
console.log(formatTable(browser));
console.log('\nQuery module alone (Node)\n');
console.log(formatTable(node));
const missed = browser.filter((m) => !isWithinBudget(m));
console.log(
  missed.length === 0
    ? '\nEvery budget kept.'
    : `\nBudgets missed: ${missed.map((m) => m.metric).join('; ')}`,
);

// BENCH_RESULTS writes elsewhere, e.g. when BENCH_DIST measures an earlier build.
const resultsFile = process.env.BENCH_RESULTS ?? 'bench/results.json';
mkdirSync(dirname(resultsFile), { recursive: true });
const results = {
  generatedAt: new Date().toISOString(),
  seed: BENCH_SEED,
  machine,
  build: process.env.BENCH_DIST ?? 'this checkout',
  budgets: BUDGETS,
  browser,
  node,
};
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${resultsFile}`);
