// Takes a screenshot of every view at laptop and phone size, for a human to look at.
// Usage: npm run build && (vite preview on 4173) && tsx scripts/screens/take-screenshots.ts [outDir] [extra query]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const outDir = process.argv[2] ?? 'bench/out/screens';
const extra = process.argv[3] ?? '';
const base = process.env.ATLAS_URL ?? 'http://127.0.0.1:4173/';
const views = (process.env.ATLAS_VIEWS ?? 'table,matrix,profile,graph,timeline,guide').split(',');
const sizes = [
  { name: 'laptop', width: 1366, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
for (const size of sizes) {
  const page = await browser.newPage({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: 1,
  });
  page.on('console', (message) => {
    if (message.type() === 'error')
      console.error(`[${size.name}] console error: ${message.text()}`);
  });
  for (const view of views) {
    await page.goto(`${base}?view=${view}${extra ? `&${extra}` : ''}`);
    await page.waitForSelector('.atlas', { timeout: 10_000 });
    // The graph lays itself out in a worker: wait for the final layout, not its placeholder.
    if (view === 'graph')
      await page.waitForSelector('.graph-stage[data-layout="final"]', { timeout: 60_000 });
    await page.waitForTimeout(600);
    const file = `${outDir}/${view}-${size.name}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
  await page.close();
}
await browser.close();
