import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { readBibtex } from '../app/testing/read-bibtex';
import { loadBundledCatalogue } from './support/bundled-catalogue';
import { expect, openAtlas, test } from './support/atlas-test';
import { readRawMethods } from './support/raw-catalogue';

const catalogue = loadBundledCatalogue();
const views = ['table', 'matrix', 'profile', 'guide', 'graph', 'timeline'];

for (const view of views) {
  test(`axe finds no violation in the ${view} view, with a method open`, async ({ page }) => {
    const focus = catalogue.methods[catalogue.citedByOf.findIndex((citing) => citing.length > 3)]!;
    await openAtlas(page, `?view=${view}&location=embedding&method=${focus.id}`);
    await expect(page.getByRole('complementary', { name: focus.name })).toBeVisible();
    await page.waitForTimeout(400);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
    ).toEqual([]);
  });
}

test('keyboard-only journey: search, filter, select and export without the mouse, with visible focus', async ({
  page,
}) => {
  await openAtlas(page);
  const outline = async () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return 'none';
      const style = getComputedStyle(element);
      return style.outlineStyle === 'none' || style.outlineWidth === '0px'
        ? 'none'
        : `${style.outlineStyle} ${style.outlineWidth}`;
    });
  const tabTo = async (predicate: () => Promise<boolean>, limit = 80) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (await predicate()) return;
    }
    throw new Error('never reached the element with Tab');
  };
  const focusedName = () =>
    page.evaluate(
      () =>
        (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') ??
        document.activeElement?.textContent ??
        '',
    );
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

  await tabTo(async () => (await focusedId()) === 'atlas-search');
  expect(await outline()).not.toBe('none');
  await page.keyboard.type('visual prompt');
  // The search narrows the list (what it keeps is the search tests' to check).
  const count = page.getByTestId('result-count').locator('strong');
  await expect(count).not.toHaveText(String(catalogue.methods.length));
  const searched = Number(await count.textContent());

  // Into the facets: the first location checkbox, checked with Space.
  const inputLabel = catalogue.taxonomy.dimensions.find((d) => d.key === 'location')!.values[0]!
    .name;
  await tabTo(async () =>
    page.evaluate((label) => {
      const element = document.activeElement;
      return (
        element instanceof HTMLInputElement &&
        element
          .closest('fieldset')
          ?.querySelector('legend')
          ?.textContent?.startsWith('Location') === true &&
        element.closest('label')?.textContent?.startsWith(label) === true
      );
    }, inputLabel),
  );
  expect(await outline()).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(page.getByRole('group', { name: 'Active filters' })).toContainText(inputLabel);
  await expect
    .poll(async () => Number(await count.textContent()), { message: 'Space narrowed the list' })
    .toBeLessThan(searched);

  // Select the first visible row with Space.
  const firstId = await page.locator('tbody tr[data-id]').first().getAttribute('data-id');
  const first = readRawMethods().find((method) => method.id === firstId)!;
  await tabTo(async () => (await focusedName()) === `Select ${first.name}`, 200);
  expect(await outline()).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('selection-count')).toContainText('1 selected');

  // Export with Enter.
  await tabTo(async () => (await focusedName()).trim() === 'Download .bib', 400);
  expect(await outline()).not.toBe('none');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const entries = readBibtex(readFileSync((await download.path())!, 'utf8'));
  expect(entries.map((entry) => entry.fields.title)).toHaveLength(1);
});
