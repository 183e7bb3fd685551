// `tsx scripts/bench/compare-load.ts <dist-a> <dist-b> [runs] [port]`: serves two builds of Atlas
// side by side and loads them alternately in fresh pages of one browser (a, b, a, b, ...), so
// both see the same machine load; prints the median (and spread) of navigation to the first
// table row and to methods.json received, as the load bench times them (page-probe.js).
// Build paths may hold `{size}`, as BENCH_DIST does: `BENCH_SIZES=bundled,10000` measures each.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { toMeasurement } from './bench-stats';
import { startPreview } from './serve-build';

const PROBE = fileURLToPath(new URL('./page-probe.js', import.meta.url));

interface LoadTimes {
  firstRow: number;
  liveRow: number;
  methods: number;
}

/** One load of `url` in a fresh context: navigation to first row, and to methods.json received. */
async function loadOnce(browser: Browser, url: string): Promise<LoadTimes> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window.__atlasBench?.liveRow ?? 0) > 0, null, {
    timeout: 120_000,
  });
  const times = await page.evaluate(() => ({
    firstRow: window.__atlasBench!.firstRow!,
    liveRow: window.__atlasBench!.liveRow!,
    methods:
      (
        performance.getEntriesByType('resource').find((e) => e.name.includes('methods')) as
          PerformanceResourceTiming | undefined
      )?.responseEnd ?? NaN,
  }));
  await context.close();
  return times;
}

function format(label: string, samples: number[]): string {
  const m = toMeasurement(label, 0, samples);
  return `${label.padEnd(36)} ${m.median.toFixed(0).padStart(6)} ms (${m.min.toFixed(0)}–${m.max.toFixed(0)})`;
}

async function compare(dists: readonly [string, string], runs: number, port: number) {
  const servers = await Promise.all(dists.map((dist, index) => startPreview(dist, port + index)));
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  const times: LoadTimes[][] = [[], []];
  try {
    // One load of each first, not counted: the server's and the browser's caches warm up.
    for (const server of servers) await loadOnce(browser, server.url);
    for (let run = 0; run < runs; run++) {
      for (const [index, server] of servers.entries()) {
        times[index]!.push(await loadOnce(browser, server.url));
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.stop()));
  }
  for (const [index, dist] of dists.entries()) {
    const samples = times[index]!;
    console.log(dist);
    console.log(
      `  ${format(
        'navigation → first table row',
        samples.map((t) => t.firstRow),
      )}`,
    );
    console.log(
      `  ${format(
        'navigation → first live table row',
        samples.map((t) => t.liveRow),
      )}`,
    );
    console.log(
      `  ${format(
        'navigation → methods received',
        samples.map((t) => t.methods),
      )}`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [a, b, runs = '9', port = '4195'] = process.argv.slice(2);
  if (!a || !b) throw new Error('usage: compare-load.ts <dist-a> <dist-b> [runs] [port]');
  for (const size of (process.env.BENCH_SIZES ?? 'bundled').split(',')) {
    console.log(`\n${size}`);
    const dists = [a.replace('{size}', size), b.replace('{size}', size)] as const;
    await compare(dists, Number(runs), Number(port));
  }
}
