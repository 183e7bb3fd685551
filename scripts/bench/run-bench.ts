// `npm run bench`: generates the synthetic catalogues, runs the Node bench of
// the query module and the browser bench, prints one table with the budgets,
// and writes bench/results.json. A benchmark, not a test: `npm test` skips it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { chromium } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { formatTable, type Measurement } from './bench-stats';
import { benchBrowser } from './browser-bench';
import { benchQuery } from './query-bench';
import { BENCH_SEED, writeCatalogue } from './write-catalogue';

const BROWSER_SIZES = [1000, 10_000];
const QUERY_SIZES = [10_000, 100_000];
/** The catalogue size the budgets hold for. */
export const BUDGET_SIZE = 10_000;

/** Budgets (medians) for the 10,000-method catalogue, by metric name prefix. */
export const BUDGETS: readonly (readonly [string, number])[] = [
  ['navigation → first table row', 1500],
  ['facet toggle → all views updated', 50],
  ['search keystroke → results', 50],
  ['graph zoom frame time', 33],
  ['JS shipped, all files (gzip)', 250],
];

function withBudget(measurement: Measurement): Measurement {
  if (measurement.size !== BUDGET_SIZE) return measurement;
  const budget = BUDGETS.find(([prefix]) => measurement.metric.startsWith(prefix))?.[1];
  return budget === undefined ? measurement : { ...measurement, budget };
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
for (const size of new Set([...BROWSER_SIZES])) writeCatalogue(size);
console.log(`query bench (Node ${process.version}): ${QUERY_SIZES.join(', ')} methods`);
const node = benchQuery(QUERY_SIZES);
const browser = (await benchBrowser(BROWSER_SIZES)).map(withBudget);

console.log('\nBrowser (headless Chromium; input event → rendered frame)\n');
console.log(formatTable(browser));
console.log('\nQuery module alone (Node)\n');
console.log(formatTable(node));
const missed = browser.filter((m) => m.budget !== undefined && m.median > m.budget);
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
  budgets: Object.fromEntries(BUDGETS),
  browser,
  node,
};
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${resultsFile}`);
