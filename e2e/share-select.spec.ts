import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectVisibleCount, openAtlas, test } from './support/atlas-test';
import { readRawMethods } from './support/raw-catalogue';

// Methods are named from the raw catalogue, read here with a few plain lines.
const raw = readRawMethods();
const unique = raw.filter(
  (method) => raw.filter((other) => other.name === method.name).length === 1,
);
const [a, b, c, d] = unique;
const mine = [a!, b!];
const linked = [c!, b!];

/** The selected methods' names, read from the selection bar's Review list. */
async function readSelectedNames(page: Page): Promise<string[]> {
  const bar = page.getByRole('region', { name: 'Selection and export' });
  await bar.getByRole('button', { name: 'Review' }).click();
  const removers = bar.getByRole('button', { name: /^Remove .* from the selection$/ });
  const labels = await removers.evaluateAll((buttons) =>
    buttons.map((button) => button.getAttribute('aria-label') ?? ''),
  );
  await page.keyboard.press('Escape');
  return labels.map((label) => label.replace(/^Remove (.*) from the selection$/, '$1')).sort();
}

/** Ticks a method's row as a reader does: find it by its title, tick it, clear the search. */
async function select(page: Page, method: { name: string; title: string }) {
  const search = page.getByRole('searchbox', { name: 'Search methods' });
  await search.fill(method.title);
  await page.getByRole('checkbox', { name: `Select ${method.name}`, exact: true }).check();
  await search.fill('');
}

const namesOf = (methods: { name: string }[]) => methods.map((method) => method.name).sort();

/** Saves `mine` as the reader's selection, then opens a link carrying `linked`. */
async function openLinkOverMine(page: Page) {
  await openAtlas(page, `?sel=${mine.map((method) => method.id).join(',')}`);
  await expect(page.getByTestId('selection-count')).toContainText('2 selected');
  await page.goto(`./?sel=${linked.map((method) => method.id).join(',')}`);
  const dialog = page.getByRole('dialog', { name: 'This link comes with its own selection' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`The link selects 2 methods (${c!.name}, ${b!.name})`);
  await expect(dialog).toContainText('1 is in both');
  return dialog;
}

/** What a later visit without a link finds saved. */
async function readSavedNames(page: Page): Promise<string[]> {
  await openAtlas(page);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  return readSelectedNames(page);
}

test.describe('a link with its own selection over a saved one', () => {
  test('"View it" shows the link\'s selection and leaves the saved one untouched', async ({
    page,
  }) => {
    const dialog = await openLinkOverMine(page);
    await expect(dialog.getByRole('button', { name: 'View it' })).toBeFocused();
    const axe = await new AxeBuilder({ page })
      .include('dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await dialog.getByRole('button', { name: 'View it' }).click();
    await expect(dialog).toBeHidden();
    expect(await readSelectedNames(page)).toEqual(namesOf(linked));
    await expect(page.getByRole('group', { name: 'Selection from a link' })).toContainText(
      'your own 2 methods stay saved',
    );
    // Changing the viewed selection does not touch the saved one either.
    await select(page, d!);
    expect(await readSavedNames(page)).toEqual(namesOf(mine));
  });

  test('"Add to mine" saves both together', async ({ page }) => {
    const dialog = await openLinkOverMine(page);
    await dialog.getByRole('button', { name: 'Add to mine' }).click();
    await expect(page.getByTestId('selection-count')).toContainText('3 selected');
    expect(await readSelectedNames(page)).toEqual(namesOf([a!, b!, c!]));
    await expect(page.getByRole('group', { name: 'Selection from a link' })).toHaveCount(0);
    expect(await readSavedNames(page)).toEqual(namesOf([a!, b!, c!]));
  });

  test('"Replace mine" saves the link\'s selection instead', async ({ page }) => {
    const dialog = await openLinkOverMine(page);
    await dialog.getByRole('button', { name: 'Replace mine' }).click();
    await expect(dialog).toBeHidden();
    expect(await readSelectedNames(page)).toEqual(namesOf(linked));
    expect(await readSavedNames(page)).toEqual(namesOf(linked));
  });

  test('Escape views, and "Back to mine" returns to the saved selection later', async ({
    page,
  }) => {
    const dialog = await openLinkOverMine(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await readSelectedNames(page)).toEqual(namesOf(linked));
    await page
      .getByRole('group', { name: 'Selection from a link' })
      .getByRole('button', { name: 'Back to mine' })
      .click();
    expect(await readSelectedNames(page)).toEqual(namesOf(mine));
    expect(await readSavedNames(page)).toEqual(namesOf(mine));
  });
});

test('show only selected filters every view, lives in the URL, shows a chip and clears with the rest', async ({
  page,
}) => {
  await openAtlas(page);
  await expectVisibleCount(page, raw.length);
  for (const method of [a!, b!, c!]) await select(page, method);
  const toggle = page.getByRole('button', { name: 'Show only selected' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expectVisibleCount(page, 3);
  await expect(page).toHaveURL(/[?&]only=selected(&|$)/);
  const chip = page.getByRole('group', { name: 'Active filters' });
  await expect(chip).toContainText('Only the selected (3)');

  // Another view shows the same three.
  await page.getByRole('tab', { name: 'Profile grid' }).click();
  const profileRows = page.getByRole('table', { name: 'Method profiles' }).locator('tr[data-id]');
  await expect(profileRows).toHaveCount(3);
  expect(
    (await profileRows.evaluateAll((rows) => rows.map((row) => row.dataset.id))).sort(),
  ).toEqual([a!.id, b!.id, c!.id].sort());

  // A method taken out of the selection leaves the view at once; a reload keeps the filter.
  await page.getByRole('tab', { name: 'Table' }).click();
  // (The row goes with the tick, so this is a click rather than uncheck(), which would wait to see it unticked.)
  await page.getByRole('checkbox', { name: `Select ${b!.name}`, exact: true }).click();
  await expectVisibleCount(page, 2);
  await page.reload();
  await expectVisibleCount(page, 2);
  await expect(chip).toContainText('Only the selected (2)');

  await chip.getByRole('button', { name: 'Clear all filters' }).click();
  await expectVisibleCount(page, raw.length);
  await expect(page).not.toHaveURL(/only=/);
  await expect(page.getByRole('button', { name: 'Show only selected' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(page.getByTestId('selection-count')).toContainText('2 selected');
});

test('"Copy link" copies the address of the current view and says so', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAtlas(page, '?view=matrix&location=input');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).searchParams.get('location')).toBe('input');
  expect(new URL(copied).searchParams.get('view')).toBe('matrix');
});
