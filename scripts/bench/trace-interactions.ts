// `tsx scripts/bench/trace-interactions.ts <url> [view] [toggles]`: records a Chromium trace of
// facet toggles (and search keystrokes) on a running Atlas and prints, per interaction, how the
// main thread spent its time: script, style, layout, paint (pre-paint, paint, layerize, commit)
// and other work. It tells where a frame's time goes, which the in-page probe cannot.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, where Chromium records it: unlike `dur`, it leaves out time the thread waited. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'v8.execute',
  'blink',
  'cc',
];

/** What one main-thread event counts as; events nested in a counted one are not counted again. */
function toKind(name: string): string | null {
  if (
    /^(FunctionCall|EvaluateScript|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.run|V8\.GC|MajorGC|MinorGC|v8\.execute)/.test(
      name,
    )
  )
    return 'script';
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)/.test(name)) return 'style';
  if (/^(Layout|UpdateLayout)$/.test(name)) return 'layout';
  if (
    /^(PrePaint|Paint|PaintImage|Layerize|Commit|UpdateLayer|CompositeLayers|ScrollLayer)/.test(
      name,
    )
  )
    return 'paint';
  return null;
}

/** Main-thread time by kind between `from` and `to` (trace microseconds). */
function sumByKind(
  events: readonly TraceEvent[],
  tid: number,
  pid: number,
  from: number,
  to: number,
) {
  const totals: Record<string, number> = { script: 0, style: 0, layout: 0, paint: 0 };
  const open: { end: number }[] = [];
  const complete = events
    .filter((e) => e.ph === 'X' && e.tid === tid && e.pid === pid && e.ts >= from && e.ts < to)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  for (const event of complete) {
    while (open.length > 0 && open.at(-1)!.end <= event.ts) open.pop();
    const kind = toKind(event.name);
    if (kind && open.length === 0) {
      totals[kind] = (totals[kind] ?? 0) + (event.tdur ?? event.dur ?? 0) / 1000;
      open.push({ end: event.ts + (event.dur ?? 0) });
    }
  }
  return totals;
}

async function mark(page: Page, label: string) {
  await page.evaluate((text) => console.timeStamp(text), label);
}

const [url = 'http://127.0.0.1:4173/', view = 'table', count = '8'] = process.argv.slice(2);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}view=${view}`);
  await page.getByTestId('result-count').waitFor();
  await page.waitForTimeout(1500);
  const box = page
    .getByRole('group', { name: /^Location/ })
    .getByRole('checkbox', { name: /^Input\b/ });
  await browser.startTracing(page, { categories: CATEGORIES });
  for (let i = 0; i < Number(count); i++) {
    await mark(page, `toggle-${i}`);
    await box.click();
    await page.waitForTimeout(250);
  }
  const search = page.getByRole('searchbox', { name: 'Search methods' });
  await search.fill('visual prompt');
  await page.waitForTimeout(300);
  for (const [i, letter] of [...'ing'].entries()) {
    await mark(page, `key-${i}`);
    await search.press(letter);
    await page.waitForTimeout(250);
  }
  await mark(page, 'end');
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  await browser.close();
  if (process.env.TRACE_OUT)
    (await import('node:fs')).writeFileSync(process.env.TRACE_OUT, JSON.stringify(trace));

  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const marks = events
    .filter(
      (e) => e.name === 'TimeStamp' && (e.args as { data?: { message?: string } })?.data?.message,
    )
    .map((e) => ({ label: (e.args as { data: { message: string } }).data.message, ts: e.ts }))
    .sort((a, b) => a.ts - b.ts);
  if (!main) throw new Error('no renderer main thread in the trace');
  console.log('interaction   script  style  layout  paint   (ms of main-thread CPU time)');
  for (const [index, current] of marks.entries()) {
    const next = marks[index + 1];
    if (!next) break;
    const t = sumByKind(events, main.tid, main.pid, current.ts, next.ts);
    const cell = (value: number | undefined) => (value ?? 0).toFixed(1).padStart(6);
    console.log(
      `${current.label.padEnd(12)}${cell(t.script)} ${cell(t.style)} ${cell(t.layout)} ${cell(t.paint)}`,
    );
  }
}
