// The floor of the browser benchmark: a static page with one checkbox, one
// search box and one row, measured by the same in-page probe as Atlas. Every
// Atlas time is also printed as a multiple of the floor's matching time, so
// runs on different machines (or under different load) can be compared.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { toMeasurement, type Measurement } from './bench-stats';

const FLOOR_PAGE = readFileSync(fileURLToPath(new URL('./floor-page.html', import.meta.url)));

/** Floor metrics, named like the Atlas metrics they are the reference for. */
export const FLOOR_METRICS = {
  load: 'navigation → first table row',
  click: 'checkbox click → frame',
  key: 'search keystroke → frame',
  frame: 'idle frame period (reference)',
} as const;

/** Which floor metric an Atlas metric is read against (by its name). */
export function toFloorMetric(metric: string): string | undefined {
  if (metric.startsWith('navigation')) return FLOOR_METRICS.load;
  if (metric.includes('keystroke')) return FLOOR_METRICS.key;
  if (metric.includes('frame time') || metric.includes('redraw') || metric.startsWith('idle'))
    return FLOOR_METRICS.frame;
  if (/click|toggle|change/.test(metric)) return FLOOR_METRICS.click;
  return undefined;
}

/** The measurement with the floor page's median for its kind of time attached, if any. */
export function withFloor(measurement: Measurement, floor: readonly Measurement[]): Measurement {
  if (measurement.unit !== 'ms') return measurement;
  const reference = toFloorMetric(measurement.metric);
  const median = floor.find((m) => m.metric === reference)?.median;
  return median === undefined || median <= 0 ? measurement : { ...measurement, floor: median };
}

/** Serves the floor page alone on 127.0.0.1:`port`. */
export async function startFloorServer(port: number) {
  const server = createServer((request, response) => {
    if (request.url?.split('?')[0] !== '/') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(FLOOR_PAGE);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

type Measure = (
  page: Page,
  kind: 'count' | 'search',
  inputType: 'click' | 'keydown',
  act: () => Promise<unknown>,
  expected?: string | null,
) => Promise<number>;

/** Load, click and keystroke times of the floor page, measured as Atlas is. */
export async function benchFloor(
  open: (url: string) => Promise<Page>,
  measure: Measure,
  options: { loadRuns: number; reps: number },
  port: number,
): Promise<Measurement[]> {
  const server = await startFloorServer(port);
  const samples = new Map<string, number[]>();
  const add = (metric: string, ...values: number[]) =>
    samples.set(metric, [...(samples.get(metric) ?? []), ...values]);
  try {
    for (let run = 0; run < options.loadRuns; run++) {
      const page = await open(server.url);
      add(FLOOR_METRICS.load, await page.evaluate(() => window.__atlasBench!.firstRow!));
      await page.context().close();
    }
    const page = await open(server.url);
    const box = page.getByRole('checkbox', { name: 'Input' });
    for (let i = 0; i < 4 * options.reps; i++)
      add(FLOOR_METRICS.click, await measure(page, 'count', 'click', () => box.click()));
    const search = page.getByRole('searchbox', { name: 'Search methods' });
    let text = 'visual';
    await search.fill(text);
    for (let rep = 0; rep < options.reps; rep++) {
      for (const letter of ' prompt') {
        text += letter;
        add(
          FLOOR_METRICS.key,
          await measure(
            page,
            'search',
            'keydown',
            () => search.press(letter === ' ' ? 'Space' : letter),
            text,
          ),
        );
      }
    }
    add(FLOOR_METRICS.frame, ...(await page.evaluate(() => window.__atlasBench!.idleFrames(60))));
    await page.context().close();
  } finally {
    await server.stop();
  }
  return [...samples].map(([metric, values]) => toMeasurement(metric, 1, values));
}
