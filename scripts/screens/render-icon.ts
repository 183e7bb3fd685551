// Draws the page icon, app/shell/favicon.png, from the mark's source drawing, public/favicon.svg,
// in the same Chromium the tests use: 32 by 32 pixels, transparent where the drawing is.
// Usage: npx tsx scripts/screens/render-icon.ts [out.png]  (the build inlines the PNG: scripts/vite/inline-icon-plugin.ts)
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const out = process.argv[2] ?? 'app/shell/favicon.png';
const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 32, height: 32 }, deviceScaleFactor: 1 });
await page.setContent(
  `<style>html,body{margin:0;background:transparent}svg{display:block;width:32px;height:32px}</style>${svg}`,
);
await page.locator('svg').screenshot({ path: out, omitBackground: true });
await browser.close();
console.log(`wrote ${out}`);
