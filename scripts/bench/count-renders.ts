// `tsx scripts/bench/count-renders.ts <url> [view]`: lists, for the bench's four facet toggles
// (a value on, a second dimension on, both off) and one search keystroke, the components React
// rendered in each interaction, by name. It tells which parts of the page an interaction renders
// again, which timings are too noisy to show. Names need an unminified build:
// `npx vite build --configLoader runner --minify false`, then `npx vite preview --configLoader runner`.
//
// It stands in for React DevTools: a hook injected before the page loads sees each commit, walks
// the committed tree and counts the components marked as having rendered (React's PerformedWork
// flag, bit 1), then clears the mark, so a component a later commit skips is not counted again.
import { chromium } from '@playwright/test';

const HOOK = `(() => {
  const counts = {};
  window.__atlasRenders = counts;
  // A function component, or a forwardRef's render function. A memo wrapper with a compare
  // function is a fiber of its own above the component's: it is left out, not counted twice.
  const nameOf = (type) =>
    typeof type === 'function'
      ? type.displayName || type.name || 'anonymous'
      : type && type.render
        ? type.render.displayName || type.render.name || 'anonymous'
        : null;
  const walk = (fiber) => {
    for (let node = fiber; node; node = node.sibling) {
      const name = nameOf(node.type);
      if (name && (node.flags & 1) !== 0) counts[name] = (counts[name] || 0) + 1;
      node.flags &= ~1;
      walk(node.child);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id, root) => walk(root.current.child),
  };
})();`;

const [url, view] = process.argv.slice(2);
if (!url) {
  console.error('usage: tsx scripts/bench/count-renders.ts <url> [view tab name]');
  process.exit(2);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
await page.addInitScript(HOOK);
await page.goto(url);
await page.waitForSelector('#root:not([data-first-screen]) tbody tr[data-id]');
if (view) await page.getByRole('tab', { name: view, exact: true }).click();
await page.waitForTimeout(view ? 3000 : 1000);

/** Runs one interaction and prints what rendered in it, most often rendered first. */
async function report(label: string, act: () => Promise<void>) {
  await page.evaluate('for (const key in window.__atlasRenders) delete window.__atlasRenders[key]');
  await act();
  await page.waitForTimeout(300);
  const counts = (await page.evaluate('({ ...window.__atlasRenders })')) as Record<string, number>;
  const sorted = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const total = sorted.reduce((sum, [, count]) => sum + count, 0);
  console.log(`${label}: ${total} components rendered`);
  console.log(`  ${sorted.map(([name, count]) => `${name} ${count}`).join(', ')}`);
}

const checkbox = (group: RegExp, value: RegExp) =>
  page.getByRole('group', { name: group }).getByRole('checkbox', { name: value });
const input = checkbox(/^Location/, /^Input\b/);
const additive = checkbox(/^Operator/, /^Additive\b/);
await report('first value on', () => input.click());
await report('second dimension on', () => additive.click());
await report('second dimension off', () => additive.click());
await report('last value off', () => input.click());

const search = page.getByRole('searchbox', { name: 'Search methods' });
await search.fill('visual promp');
await page.waitForTimeout(400);
await report('keystroke ("visual promp" + "t")', () => search.press('t'));
await browser.close();
