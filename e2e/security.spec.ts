import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { makeHostileMethods } from '../app/testing/hostile-catalogue';
import { loadBundledCatalogue } from './support/bundled-catalogue';
import { expect, expectVisibleCount, openAtlas, test } from './support/atlas-test';

const catalogue = loadBundledCatalogue();
const bundled = JSON.parse(readFileSync('data/methods.json', 'utf8')) as unknown[];
const base = { ...catalogue.methods[0]!, cites: [] };
/** Hostile entries the validator lets through (the rest carry javascript: links). */
const SAFE_HOSTILE = 3;
const hostile = makeHostileMethods(base, SAFE_HOSTILE, 2);

/** Every link's target protocol in the page, after resolving relative links. */
async function readLinkProtocols(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href]')].map(
      (a) => new URL((a as HTMLAnchorElement).href).protocol,
    ),
  );
}

test.describe('a hostile catalogue', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/data/methods.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify([...bundled, ...hostile]),
      }),
    );
  });

  test('renders every string as text, runs nothing, and links only to http(s)', async ({
    page,
  }) => {
    // The journey visits every tab (seven of them now), which takes longer than the default.
    test.setTimeout(60_000);
    // The payloads' marker word is in every hostile entry's text and in no bundled record:
    // searching it lists exactly the hostile entries that opened, as text.
    expect(JSON.stringify(bundled)).not.toMatch(/pwned/i);
    await openAtlas(page, '?q=pwned');
    await expectVisibleCount(page, SAFE_HOSTILE);
    await openAtlas(page);
    await expectVisibleCount(page, catalogue.methods.length + SAFE_HOSTILE);
    await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
      '2 entries were left out',
    );

    await page.goto('./?sel=hostile-0,hostile-1&method=hostile-1');
    const detail = page.getByRole('complementary', { name: /onerror/ });
    await expect(detail).toBeVisible();
    await expect(detail).toContainText('<script>window.__pwned');
    for (const tab of await page.getByRole('tab').all()) {
      await tab.click();
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"], iframe, svg[onload]').count()).toBe(0);
      for (const protocol of await readLinkProtocols(page))
        expect(['http:', 'https:']).toContain(protocol);
    }
    const bar = page.getByRole('region', { name: 'Selection and export' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      bar.getByRole('button', { name: 'Download .bib' }).click(),
    ]);
    const bibtex = readFileSync((await download.path())!, 'utf8');
    expect(bibtex.match(/^@/gm)).toHaveLength(2);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});

test.describe('a catalogue that cannot be loaded', () => {
  test.use({
    expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/],
  });

  test('shows the problem instead of a blank page', async ({ page }) => {
    await page.route('**/data/methods.json', (route) =>
      route.fulfill({ status: 404, body: 'missing' }),
    );
    await page.goto('./');
    await expect(
      page.getByRole('heading', { name: 'Reprogrammability Atlas could not open its catalogue' }),
    ).toBeVisible();
    await expect(page.getByRole('listitem').first()).toHaveText(
      'data/methods.json: could not be loaded (HTTP 404)',
    );
  });
});

test('a catalogue that is not JSON shows the parse problem', async ({ page }) => {
  await page.route('**/data/methods.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '[{"id": "x",' }),
  );
  await page.goto('./');
  await expect(
    page.getByRole('heading', { name: 'Reprogrammability Atlas could not open its catalogue' }),
  ).toBeVisible();
  await expect(page.getByRole('listitem').first()).toContainText(
    'data/methods.json: is not valid JSON',
  );
});

test('a malformed entry is named with its field while the rest of the catalogue opens', async ({
  page,
}) => {
  const broken = {
    ...(bundled[0] as object),
    id: 'broken-entry',
    arxiv: undefined,
    doi: '10.1/x',
    location: ['inptu'],
    title: 'Broken',
  };
  await page.route('**/data/methods.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify([...bundled, broken]) }),
  );
  await openAtlas(page);
  await expectVisibleCount(page, catalogue.methods.length);
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    'data/methods.json, entry "broken-entry", field "location[0]": must be one of "input", "embedding", "hidden"',
  );
});

test('the bundled catalogue, checked by the build, opens without the validator; an edited one is checked in a worker', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openAtlas(page);
  await expectVisibleCount(page, catalogue.methods.length);
  expect(scripts.filter((path) => path.includes('check-catalogue-worker'))).toEqual([]);

  // One character changed after the build: the digest no longer matches, so it is checked.
  const edited = JSON.stringify(bundled).replace('"year":2022', '"year":"2022"');
  expect(edited).not.toBe(JSON.stringify(bundled));
  await page.route('**/data/methods.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: edited }),
  );
  await page.reload();
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText('field "year"');
  expect(scripts.filter((path) => path.includes('check-catalogue-worker'))).toHaveLength(1);
});

test.describe('the Content-Security-Policy', () => {
  test.use({ expectedConsoleErrors: [/Content Security Policy|CSP violation/] });

  test('is in the built page, forbids inline scripts and other origins, and the app works under it', async ({
    page,
  }) => {
    await openAtlas(page);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    // An injected inline script is refused (Playwright's own evaluate is exempt, the page's scripts are not).
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as { __inline?: boolean }).__inline ?? false;
    });
    expect(ran).toBe(false);
    await expectVisibleCount(page, catalogue.methods.length);
  });
});

test('offline: a whole journey asks nothing of any host but 127.0.0.1', async ({ page }) => {
  // The journey visits every tab (seven of them now), which takes longer than the default.
  test.setTimeout(60_000);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openAtlas(page);
  await page.getByRole('searchbox', { name: 'Search methods' }).fill('visual prompt');
  await page.locator('tbody tr[data-id] a').first().click();
  for (const tab of await page.getByRole('tab').all()) await tab.click();
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.getByRole('checkbox', { name: 'Select all visible methods' }).check();
  const bar = page.getByRole('region', { name: 'Selection and export' });
  await Promise.all([
    page.waitForEvent('download'),
    bar.getByRole('button', { name: 'Download .bib' }).click(),
  ]);
  expect(requests.length).toBeGreaterThan(3);
  const outside = requests.filter(
    (url) =>
      !['127.0.0.1'].includes(new URL(url).hostname) &&
      !url.startsWith('data:') &&
      !url.startsWith('blob:'),
  );
  expect(outside).toEqual([]);
});
