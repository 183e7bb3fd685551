import { expect, expectVisibleCount, facetCheckbox, test } from './support/atlas-test';
import { readRawMethods } from './support/raw-catalogue';

// Expectations come from the raw file, not from the modules that render the page.
const rawMethods = readRawMethods();
const latestYear = Math.max(...rawMethods.map((method) => method.year));
const yearOf = new Map(rawMethods.map((method) => [method.id, method.year]));
const withInput = rawMethods.filter((method) => method.location.includes('input')).length;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a bare address shows the opening rows and counts, inert, from the page itself', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByTestId('result-count').locator('strong')).toHaveText(
      String(rawMethods.length),
    );
    const rows = page.locator('tbody tr[data-id]');
    expect(await rows.count()).toBeGreaterThanOrEqual(17);
    expect(yearOf.get((await rows.first().getAttribute('data-id'))!)).toBe(latestYear);
    // Nothing on it can be used until the app has taken it over.
    await expect(page.locator('#root')).toHaveAttribute('inert', '');
  });
});

test('the app adopts the first screen: the same rows come alive and answer a click', async ({
  page,
}) => {
  // Hold the app's code back until the first screen has been looked at.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // Not waiting for the load event: that waits for the held code.
  await page.goto('./', { waitUntil: 'commit' });
  const firstRow = page.locator('tbody tr[data-id]').first();
  await expect(firstRow).toBeVisible();
  await expect(page.locator('#root')).toHaveAttribute('data-first-screen', '');
  await firstRow.evaluate((row) => row.setAttribute('data-seen-before-the-app', ''));

  release();
  await expect(page.locator('#root')).not.toHaveAttribute('data-first-screen');
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  // Adopted, not rebuilt: the row the reader saw is the row that is now live.
  await expect(page.locator('tbody tr[data-seen-before-the-app]')).toHaveCount(1);

  await facetCheckbox(page, /Location/, 'Input').check();
  await expectVisibleCount(page, withInput);
  await expect(page).toHaveURL(/location=input/);
});

test('a search typed the moment the page comes alive is kept, and every row follows it', async ({
  page,
}) => {
  // The quickest reader there is: types in the very task in which the first screen is taken
  // over. Any part of the page still showing the build's markup then would be adopted with
  // state it no longer matches (React reports that as a page error, which fails the test).
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      const root = document.getElementById('root');
      if (!root || root.hasAttribute('data-first-screen')) return;
      observer.disconnect();
      const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
        box,
        'promt tunning',
      );
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-first-screen'],
    });
  });
  await page.goto('./');
  await expect(page.getByRole('searchbox', { name: 'Search methods' })).toHaveValue(
    'promt tunning',
  );
  await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute(
    'data-id',
    rawMethods.find((method) => method.name === 'Prompt Tuning')!.id,
  );
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
});

test("a link's state opens on its own filters, not on the first screen", async ({ page }) => {
  await page.goto('./?location=input');
  await expectVisibleCount(page, withInput);
  await expect(page.locator('#root')).not.toHaveAttribute('data-first-screen');
  await expect(facetCheckbox(page, /Location/, 'Input')).toBeChecked();
});

test('a saved selection opens selected, not on the first screen', async ({ page }) => {
  const kept = rawMethods[0]!;
  await page.addInitScript((id) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('reprogrammability-atlas.selection', JSON.stringify([id]));
      sessionStorage.setItem('seeded', '1');
    }
  }, kept.id);
  await page.goto('./');
  await expect(page.getByTestId('selection-count').locator('strong')).toHaveText('1');
  await expect(page.locator('#root')).not.toHaveAttribute('data-first-screen');
});
