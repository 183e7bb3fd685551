import type { Locator, Page } from '@playwright/test';
import { expect, openAtlas, test } from './support/atlas-test';
import { readRawMethods } from './support/raw-catalogue';

const raw = readRawMethods();
const method = raw.find(
  (candidate) => raw.filter((other) => other.name === candidate.name).length === 1,
)!;

test('the first Tab reaches "Skip to results", which moves the focus to the results', async ({
  page,
}) => {
  await openAtlas(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to results' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const results = page.getByRole('tabpanel', { name: 'Table' });
  await expect(results).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
  // The next Tab is inside the results, past the header and every filter.
  await page.keyboard.press('Tab');
  expect(await results.evaluate((panel) => panel.contains(document.activeElement))).toBe(true);
  await expect(page.getByRole('button', { name: 'Columns' })).toBeFocused();
});

test('"/" jumps to the search box, but types a slash inside a field', async ({ page }) => {
  await openAtlas(page);
  const search = page.getByRole('searchbox', { name: 'Search methods' });
  await page.getByRole('tab', { name: 'Table' }).focus();
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');
  await page.keyboard.type(method.title);
  await expect(
    page.getByRole('checkbox', { name: `Select ${method.name}`, exact: true }),
  ).toBeVisible();
  // In the search box itself, "/" is just a character.
  await page.keyboard.type(' a/b');
  await expect(search).toHaveValue(`${method.title} a/b`);
  // From a button (not a text field) it jumps again, with the text selected to replace.
  await page.getByRole('button', { name: 'Columns' }).focus();
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('zz');
  await expect(search).toHaveValue('zz');
});

test('closing a method detail gives the focus back to the row that opened it', async ({ page }) => {
  await openAtlas(page, `?q=${encodeURIComponent(method.title)}`);
  const opener = page
    .locator(`tr[data-id="${method.id}"]`)
    .getByRole('link', { name: method.name });
  await opener.focus();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('complementary', { name: method.name });
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('heading', { name: method.name })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(opener).toBeFocused();

  // With the close button, from the keyboard, the same.
  await page.keyboard.press('Enter');
  await expect(detail).toBeVisible();
  await detail.getByRole('button', { name: 'Close method detail' }).focus();
  await page.keyboard.press('Enter');
  await expect(detail).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('a detail opened by a link returns the focus to its row when it closes', async ({ page }) => {
  await openAtlas(page, `?q=${encodeURIComponent(method.title)}&method=${method.id}`);
  const detail = page.getByRole('complementary', { name: method.name });
  await expect(detail).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(
    page.locator(`tr[data-id="${method.id}"]`).getByRole('link', { name: method.name }),
  ).toBeFocused();
});

/** Opens a popover from its button with Enter, presses Escape, and expects it shut with the focus back. */
async function expectEscapeCloses(page: Page, button: Locator, panel: Locator) {
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  // From inside the popover when it holds controls (the search help holds only text).
  const inside = panel.locator('button, input');
  if ((await inside.count()) > 0) await inside.first().focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
}

test('Escape closes every popover, one at a time, before the method detail behind it', async ({
  page,
}) => {
  await openAtlas(page, `?sel=${method.id}&method=${method.id}`);
  const detail = page.getByRole('complementary', { name: method.name });
  await expect(detail).toBeVisible();
  const bar = page.getByRole('region', { name: 'Selection and export' });

  await expectEscapeCloses(
    page,
    page.getByRole('button', { name: 'Columns' }),
    page.getByRole('group', { name: 'Shown columns' }),
  );
  await expectEscapeCloses(
    page,
    bar.getByRole('button', { name: 'More formats' }),
    bar.getByRole('list', { name: 'More export formats' }),
  );
  await expectEscapeCloses(
    page,
    bar.getByRole('button', { name: 'Review' }),
    bar.getByRole('group', { name: 'Selected methods' }).getByRole('list'),
  );
  await expectEscapeCloses(
    page,
    page.getByRole('button', { name: 'How to search' }),
    page.getByRole('region', { name: 'How to search' }),
  );
  // Every Escape so far closed a popover only; the next one closes the detail.
  await expect(detail).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
});
