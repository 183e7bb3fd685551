import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { countBitset, hasInBitset, type Bitset } from '../app/query/bitset';
import { expectQuery, loadBundledCatalogue } from './support/bundled-catalogue';
import { expect, expectVisibleCount, facetCheckbox, openAtlas, test } from './support/atlas-test';

const catalogue = loadBundledCatalogue();
const yearBar = (page: Page, year: number) => page.locator(`g.timeline-year[data-year="${year}"]`);

/** Methods of a year within a set, counted from the catalogue. */
function countYear(bits: Bitset, year: number): number {
  return catalogue.methods.filter((m, i) => m.year === year && hasInBitset(bits, i)).length;
}

async function expectBars(page: Page, bits: Bitset) {
  const [first, last] = catalogue.yearExtent;
  for (let year = first; year <= last; year++) {
    await expect(yearBar(page, year)).toHaveAttribute('data-count', String(countYear(bits, year)));
  }
}

test('the bars count the methods of every year, and follow a facet change', async ({ page }) => {
  await openAtlas(page, '?view=timeline');
  await expectBars(page, expectQuery({}).withoutYears);
  await facetCheckbox(page, /Paradigm/, 'Prompt tuning').check();
  const narrowed = expectQuery({ facets: { paradigm: ['PT'] } });
  await expectVisibleCount(page, narrowed.positions.length);
  await expectBars(page, narrowed.withoutYears);

  await page.getByLabel('Stack by').selectOption('location');
  await expect(page).toHaveURL(/stack=location/);
  await expect(page.getByRole('group', { name: 'Legend: Location' })).toContainText('Two or more');
  await expectBars(page, narrowed.withoutYears);
});

test('brushing 2021-2022 leaves the table with exactly the methods of those years, and the URL carries the range', async ({
  page,
}) => {
  await openAtlas(page, '?view=timeline');
  const from = (await yearBar(page, 2021).locator('rect.timeline-whole').boundingBox())!;
  const to = (await yearBar(page, 2022).locator('rect.timeline-whole').boundingBox())!;
  const overlay = (await page.locator('.timeline-brush .overlay').boundingBox())!;
  const y = overlay.y + overlay.height / 2;
  await page.mouse.move(from.x + 3, y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x + to.width) / 2, y, { steps: 4 });
  await page.mouse.move(to.x + to.width - 3, y, { steps: 4 });
  await page.mouse.up();

  const expected = expectQuery({ years: [2021, 2022] });
  await expect(page).toHaveURL(/[?&]years=2021-2022(&|$)/);
  await expectVisibleCount(page, expected.positions.length);
  await expect(page.getByTestId('timeline-range')).toContainText('2021–2022');
  // Bars outside the range keep their counts: the timeline draws every year.
  await expectBars(page, expectQuery({}).withoutYears);
  await expect(yearBar(page, 2023)).toHaveClass(/is-outside/);
  await expect(yearBar(page, 2021)).not.toHaveClass(/is-outside/);

  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: 'Methods' });
  await expect(table).toHaveAttribute('aria-rowcount', String(expected.positions.length + 1));
  await expect(table.locator('tbody tr[data-id]').first()).toHaveAttribute(
    'data-id',
    expected.ids[0]!,
  );
  const rendered = await table
    .locator('tbody tr[data-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')!));
  const allowed = new Set(expected.ids);
  expect(rendered.filter((id) => !allowed.has(id))).toEqual([]);
  expect(countBitset(expected.visible)).toBe(expected.positions.length);
});

test('a range from the URL shows as the brush, the year selects move it, and clicking away clears it', async ({
  page,
}) => {
  await openAtlas(page, '?view=timeline&years=2021-2022');
  await expectVisibleCount(page, expectQuery({ years: [2021, 2022] }).positions.length);
  const selection = page.locator('.timeline-brush .selection');
  await expect(selection).toBeVisible();
  const bar2021 = (await yearBar(page, 2021).locator('rect.timeline-whole').boundingBox())!;
  const bar2022 = (await yearBar(page, 2022).locator('rect.timeline-whole').boundingBox())!;
  const brushed = (await selection.boundingBox())!;
  expect(brushed.x).toBeLessThanOrEqual(bar2021.x);
  expect(brushed.x + brushed.width).toBeGreaterThanOrEqual(bar2022.x + bar2022.width);

  // The filter panel's year selects are the keyboard way to set the range; the brush follows.
  await page.getByRole('group', { name: /^Year/ }).getByLabel('From').selectOption('2022');
  await expect(page).toHaveURL(/years=2022-2022/);
  await expect
    .poll(async () => (await selection.boundingBox())!.x)
    .toBeGreaterThan(bar2021.x + bar2021.width);

  const [first] = catalogue.yearExtent;
  const away = (await yearBar(page, first).locator('rect.timeline-whole').boundingBox())!;
  await page.mouse.click(away.x + away.width / 2, away.y - 20);
  await expect(page).not.toHaveURL(/years=/);
  await expectVisibleCount(page, catalogue.methods.length);
  await expect(page.getByTestId('timeline-range')).toContainText('All years');
});

test('the timeline has no accessibility violations axe can find', async ({ page }) => {
  await openAtlas(page, '?view=timeline&years=2021-2022&stack=location');
  await page.getByText('Counts per year as a table').click();
  const result = await new AxeBuilder({ page }).include('#atlas-view').analyze();
  expect(result.violations).toEqual([]);
});
