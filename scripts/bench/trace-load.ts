// `tsx scripts/bench/trace-load.ts <url> [runs]`: records a Chromium trace and a CPU profile of
// loading Atlas in a fresh page, up to the first table row, and prints where the time between
// navigation and that row goes: each request's start and end, the main thread's tasks of 2 ms
// or more (what they ran: script evaluation, compile, parse, style, layout, paint), and the
// functions with the most self time. It tells what the load bench's one number is made of.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import playwrightConfig from '../../playwright.config';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'blink',
];

const PROBE = fileURLToPath(new URL('./page-probe.js', import.meta.url));

/** The label of a main-thread event: its name, with the script or resource it concerns. */
function toLabel(event: TraceEvent): string {
  const data = (event.args?.data ?? event.args?.beginData ?? {}) as Record<string, unknown>;
  const url = (data.url ?? data.fileName ?? '') as string;
  const name = url ? `${event.name} ${url.replace(/^.*\//, '')}` : event.name;
  const fn = data.functionName ? ` ${String(data.functionName)}` : '';
  return `${name}${fn}`;
}

function toFrameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber + 1}`;
}

/**
 * The functions with the most time in the profile between `from` and `to` (µs, profile
 * clock): self time, and total time (each sample counted once per function on its stack).
 */
function listProfileTime(profile: CpuProfile, from: number, to: number) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let at = profile.startTime;
  for (const [index, id] of profile.samples.entries()) {
    at += profile.timeDeltas[index] ?? 0;
    if (at < from || at > to) continue;
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) continue;
    self.set(toFrameName(node), (self.get(toFrameName(node)) ?? 0) + delta);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const name = toFrameName(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + delta);
    }
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { self: sorted(self), total: sorted(total) };
}

async function traceLoad(url: string) {
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // TRACE_PROFILE=0 leaves the CPU profiler out: less overhead, and no function times.
  const profiling = process.env.TRACE_PROFILE !== '0';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  await browser.startTracing(page, { categories: CATEGORIES });
  if (profiling) await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(() => (window.__atlasBench?.liveRow ?? 0) > 0, null, {
    timeout: 120_000,
  });
  const [firstRow, liveRow] = await page.evaluate(() => [
    window.__atlasBench!.firstRow!,
    window.__atlasBench!.liveRow!,
  ]);
  const methodsReceived = await page.evaluate(
    () =>
      (
        performance.getEntriesByType('resource').find((e) => e.name.endsWith('methods.json')) as
          PerformanceResourceTiming | undefined
      )?.responseEnd ?? NaN,
  );
  const profile = profiling
    ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile
    : null;
  if (profile && process.env.PROFILE_OUT)
    (await import('node:fs')).writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  await browser.close();
  if (process.env.TRACE_OUT)
    (await import('node:fs')).writeFileSync(process.env.TRACE_OUT, JSON.stringify(trace));
  return { firstRow, liveRow, methodsReceived, profile, events: trace.traceEvents };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [url = 'http://127.0.0.1:4173/'] = process.argv.slice(2);
  const { firstRow, liveRow, profile, events, methodsReceived } = await traceLoad(url);
  // The page's own navigation, not the blank page the tab opened with.
  const navigation = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      (e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL === url,
  );
  const main = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .find((thread) =>
      events.some((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'ParseHTML'),
    );
  if (!navigation || !main) throw new Error('no navigation or renderer main thread in the trace');
  const t0 = navigation.ts;
  // Up to the live table: the build's first screen shows rows sooner, but the app's work is what is traced.
  const end = t0 + liveRow * 1000;
  const ms = (ts: number) => ((ts - t0) / 1000).toFixed(1).padStart(7);
  console.log(`first table row at ${firstRow.toFixed(1)} ms after navigation start`);
  console.log(`first live table row at ${liveRow.toFixed(1)} ms`);
  console.log(`methods.json received at ${methodsReceived.toFixed(1)} ms (resource timing)\n`);

  console.log('requests (ms: sent, response, finished)');
  // Requests of the page's own frame (headless Chromium loads pages of its own beside it).
  const frame = navigation.args?.frame;
  const sent = events.filter(
    (e) =>
      e.name === 'ResourceSendRequest' &&
      (e.args?.data as { frame?: string } | undefined)?.frame === frame,
  );
  for (const request of sent) {
    const data = request.args?.data as { requestId: string; url: string };
    const find = (name: string) =>
      events.find(
        (e) =>
          e.name === name && (e.args?.data as { requestId?: string })?.requestId === data.requestId,
      );
    const response = find('ResourceReceiveResponse');
    const finish = find('ResourceFinish');
    const finishTime = (finish?.args?.data as { finishTime?: number })?.finishTime;
    console.log(
      `${ms(request.ts)} ${response ? ms(response.ts) : '      -'} ${finishTime ? ms(finishTime * 1e6) : '      -'}  ${data.url.replace(/^.*\/\/[^/]+/, '')}`,
    );
  }

  console.log('\nmain thread tasks of 2 ms or more (start, duration ms), with their longest parts');
  const onMain = events.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= t0 && e.ts <= end,
  );
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= 2000);
  let busy = 0;
  for (const task of tasks) {
    busy += (task.dur ?? 0) / 1000;
    const inside = onMain
      .filter(
        (e) =>
          e !== task &&
          e.name !== 'RunTask' &&
          e.ts >= task.ts &&
          e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) &&
          (e.dur ?? 0) >= 1000,
      )
      .sort((a, b) => a.ts - b.ts)
      .slice(0, 12)
      .map((e) => `${toLabel(e)} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
    console.log(
      `${ms(task.ts)} ${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${inside.join(' | ')}`,
    );
  }
  console.log(`main thread busy in tasks of 2 ms or more: ${busy.toFixed(0)} ms`);

  // The profile's clock is the trace's: both are Chromium's monotonic microseconds.
  console.log("\nother threads of the page's process: tasks of 2 ms or more (start, duration ms)");
  const threadNames = new Map(
    events
      .filter((e) => e.name === 'thread_name' && e.pid === main.pid)
      .map((e) => [e.tid, String(e.args?.name)]),
  );
  for (const event of events) {
    if (event.pid !== main.pid || event.tid === main.tid || event.ph !== 'X') continue;
    if (event.ts < t0 || event.ts > end || (event.dur ?? 0) < 2000) continue;
    if (!/^(ThreadPool|ThreadControllerImpl::RunTask|RunTask|v8)/.test(event.name)) continue;
    const thread = threadNames.get(event.tid) ?? String(event.tid);
    console.log(
      `${ms(event.ts)} ${((event.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${thread}: ${toLabel(event)}`,
    );
  }
  if (!profile) process.exit(0);
  const times = listProfileTime(profile, t0, end);
  console.log('\nself time by function, navigation to first row (ms)');
  for (const [name, time] of times.self.slice(0, 25)) {
    console.log(`${time.toFixed(1).padStart(7)}  ${name}`);
  }
  console.log('\ntotal time by function, navigation to first row (ms)');
  for (const [name, time] of times.total.slice(0, 70)) {
    console.log(`${time.toFixed(1).padStart(7)}  ${name}`);
  }
}
