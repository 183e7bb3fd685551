import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, expectVisibleCount, facetCheckbox, openAtlas, test } from './support/atlas-test';
import { readRawMethods, type RawMethod } from './support/raw-catalogue';

// Expected values come from the raw catalogue, read here with plain lines.
const raw = readRawMethods();
const taxonomy = JSON.parse(readFileSync('data/taxonomy.json', 'utf8')) as {
  modalities: { value: string; name: string }[];
};

/** The year a method was first posted: its arXiv id's YY, unless its venue year is earlier. */
function postedYear(method: RawMethod): number {
  const yy = /^(\d{2})\d{2}\./.exec(method.arxiv ?? '')?.[1];
  return yy === undefined ? method.year : Math.min(method.year, 2000 + Number(yy));
}
const firstYear = Math.min(...raw.map(postedYear));
const lastYear = Math.max(...raw.map(postedYear));
const allYears = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

/** [year, count] for every first-posted year of the catalogue, of the methods `keep` lets through. */
function countPerYear(keep: (method: RawMethod) => boolean = () => true): [number, number][] {
  return allYears.map((year) => [
    year,
    raw.filter((method) => keep(method) && postedYear(method) === year).length,
  ]);
}

/** The year table as [year, total] pairs, read from the page. */
async function readYearTable(page: Page): Promise<[number, number][]> {
  const table = page.getByRole('table', { name: /^Methods (per year|first posted)/ });
  if (!(await table.isVisible())) await page.getByText('Counts per year as a table').click();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        Number(tr.querySelector('th')!.textContent),
        Number(tr.querySelector('td:last-child')!.textContent),
      ]),
    );
  return rows as [number, number][];
}

const yearBar = (page: Page, year: number) => page.locator(`g.timeline-year[data-year="${year}"]`);

/** Drags the brush from the first year's bar to the last one's. */
async function brush(page: Page, from: number, to: number) {
  const left = (await yearBar(page, from).locator('rect.timeline-whole').boundingBox())!;
  const right = (await yearBar(page, to).locator('rect.timeline-whole').boundingBox())!;
  const overlay = (await page.locator('.timeline-brush .overlay').boundingBox())!;
  const y = overlay.y + overlay.height / 2;
  await page.mouse.move(left.x + 3, y);
  await page.mouse.down();
  await page.mouse.move((left.x + right.x + right.width) / 2, y, { steps: 4 });
  await page.mouse.move(right.x + right.width - 3, y, { steps: 4 });
  await page.mouse.up();
}

test('the year table counts methods by the year first posted, follows a facet, and the caption says how recent years are covered', async ({
  page,
}) => {
  await openAtlas(page, '?view=timeline');
  expect(await readYearTable(page)).toEqual(countPerYear());
  for (const [year, count] of countPerYear()) {
    await expect(yearBar(page, year)).toHaveAttribute('data-count', String(count));
  }

  const caption = page.getByTestId('timeline-coverage');
  const recent = countPerYear().slice(-3);
  await expect(caption).toContainText(
    `${recent[0]![1]} methods first posted in ${recent[0]![0]}, ${recent[1]![1]} in ${recent[1]![0]} and ${recent[2]![1]} in ${recent[2]![0]}`,
  );
  const lastAdded = raw
    .map((method) => method.added)
    .sort()
    .at(-1)!;
  await expect(caption).toContainText(`last added on ${lastAdded}`);
  await expect(caption).toContainText('incomplete');

  await facetCheckbox(page, /Paradigm/, 'Prompt tuning').check();
  const tuning = (method: RawMethod) => method.paradigm === 'PT';
  await expectVisibleCount(page, raw.filter(tuning).length);
  await expect.poll(() => readYearTable(page)).toEqual(countPerYear(tuning));
});

test('cumulative bars show running totals, and the choice survives a reload', async ({ page }) => {
  await openAtlas(page, '?view=timeline');
  await page.getByRole('radio', { name: 'Cumulative' }).check();
  await expect(page).toHaveURL(/[?&]cumulative=1(&|$)/);
  let running = 0;
  const totals = countPerYear().map(([year, count]) => [year, (running += count)]);
  await expect.poll(() => readYearTable(page)).toEqual(totals);
  expect(totals.at(-1)![1]).toBe(raw.length);
  await expect(yearBar(page, lastYear)).toHaveAttribute('data-count', String(raw.length));

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Cumulative' })).toBeChecked();
  await expect.poll(() => readYearTable(page)).toEqual(totals);
  await page.getByRole('radio', { name: 'Per year' }).check();
  await expect(page).not.toHaveURL(/cumulative=/);
  await expect.poll(() => readYearTable(page)).toEqual(countPerYear());
});

test('stacking by modality shows the modality legend, with the rarer ones and the several-modality methods apart', async ({
  page,
}) => {
  await openAtlas(page, '?view=timeline');
  await page.getByLabel('Stack by').selectOption('modality');
  await expect(page).toHaveURL(/[?&]stack=modality(&|$)/);

  // The four modalities most methods hold alone get a colour of their own, in taxonomy order.
  const order = taxonomy.modalities.map((m) => m.value);
  const alone = new Map<string, number>();
  for (const method of raw.filter((m) => m.modalities.length === 1))
    alone.set(method.modalities[0]!, (alone.get(method.modalities[0]!) ?? 0) + 1);
  const shown = [...alone]
    .sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))
    .slice(0, 4)
    .map(([value]) => value)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const names = shown.map((value) => taxonomy.modalities.find((m) => m.value === value)!.name);

  const legend = page.getByRole('group', { name: 'Legend: Modality' });
  await expect(legend.getByRole('listitem')).toHaveText([
    ...names,
    'Other modalities',
    'Two or more',
  ]);
  await page.getByText('Counts per year as a table').click();
  const table = page.getByRole('table', { name: /by modality$/ });
  await expect(table.locator('thead th')).toHaveText([
    'First posted',
    ...names,
    'Other modalities',
    'Two or more',
    'Total',
  ]);
  const several = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Number(tr.querySelector('td:nth-last-child(2)')!.textContent)),
    );
  expect(several).toEqual(countPerYear((m) => m.modalities.length > 1).map(([, count]) => count));
  expect(await readYearTable(page)).toEqual(countPerYear());
});

test('brushing filters every view to exactly the methods first posted in those years, and the link survives a reload', async ({
  page,
}) => {
  await openAtlas(page, '?view=timeline');
  await brush(page, 2021, 2022);
  await expect(page).toHaveURL(/[?&]posted=2021-2022(&|$)/);
  await expect(page).not.toHaveURL(/[?&]years=/);
  const inRange = raw.filter((m) => postedYear(m) >= 2021 && postedYear(m) <= 2022);
  await expectVisibleCount(page, inRange.length);
  await expect(page.getByTestId('timeline-range')).toContainText(
    `First posted 2021–2022: ${inRange.length} methods`,
  );
  await expect(
    page.getByRole('button', { name: 'Remove filter First posted 2021–2022' }),
  ).toBeVisible();
  // The bars outside the range keep their counts: the timeline draws every year.
  expect(await readYearTable(page)).toEqual(countPerYear());
  await expect(yearBar(page, 2023)).toHaveClass(/is-outside/);
  await expect(yearBar(page, 2021)).not.toHaveClass(/is-outside/);

  await page.reload();
  await expectVisibleCount(page, inRange.length);
  await expect(page.locator('.timeline-brush .selection')).toBeVisible();

  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: 'Methods' });
  await expect(table).toHaveAttribute('aria-rowcount', String(inRange.length + 1));
  const rendered = await table
    .locator('tbody tr[data-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')!));
  const allowed = new Set(inRange.map((m) => m.id));
  expect(rendered.length).toBeGreaterThan(0);
  expect(rendered.filter((id) => !allowed.has(id))).toEqual([]);

  // Clicking the chart away from the brushed range clears it.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const away = (await yearBar(page, firstYear).locator('rect.timeline-whole').boundingBox())!;
  await page.mouse.click(away.x + away.width / 2, away.y - 20);
  await expect(page).not.toHaveURL(/posted=/);
  await expectVisibleCount(page, raw.length);
});

test('the First posted selects set the range the brush shows, apart from the Published years, and Clear all clears both', async ({
  page,
}) => {
  await openAtlas(page, '?view=timeline&posted=2021-2022');
  const selection = page.locator('.timeline-brush .selection');
  await expect(selection).toBeVisible();
  const bar2021 = (await yearBar(page, 2021).locator('rect.timeline-whole').boundingBox())!;

  const posted = page.getByRole('group', { name: /^First posted/ });
  await posted.getByLabel('From').selectOption('2022');
  await expect(page).toHaveURL(/posted=2022-2022/);
  await expect
    .poll(async () => (await selection.boundingBox())!.x)
    .toBeGreaterThan(bar2021.x + bar2021.width);
  await expectVisibleCount(page, raw.filter((m) => postedYear(m) === 2022).length);

  await page
    .getByRole('group', { name: /^Published/ })
    .getByLabel('From')
    .selectOption('2023');
  await expect(page).toHaveURL(/years=2023-/);
  const both = raw.filter((m) => postedYear(m) === 2022 && m.year >= 2023);
  await expectVisibleCount(page, both.length);
  await expect(page.getByRole('button', { name: /^Remove filter Published 2023/ })).toBeVisible();

  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).not.toHaveURL(/posted=|years=/);
  await expectVisibleCount(page, raw.length);
  await expect(selection).toBeHidden();
  await expect(page.getByTestId('timeline-range')).toContainText('All years');
});

test('a first-posted range the link cannot use is named in the notice, and the rest still opens', async ({
  page,
}) => {
  await openAtlas(page, '?view=timeline&posted=2023-2021&stack=modality&cumulative=maybe');
  const notice = page.getByRole('status', { name: 'Notices' });
  await expect(notice).toContainText('posted: "2023-2021" is not a range like 2021-2023');
  await expect(notice).toContainText('cumulative: "maybe" is not 0 or 1');
  await expectVisibleCount(page, raw.length);
  await expect(page.getByRole('group', { name: 'Legend: Modality' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Per year' })).toBeChecked();
});

test('the timeline has no accessibility violations axe can find', async ({ page }) => {
  await openAtlas(page, '?view=timeline&posted=2021-2022&stack=modality&cumulative=1');
  await page.getByText('Counts per year as a table').click();
  const result = await new AxeBuilder({ page }).include('#atlas-view').analyze();
  expect(result.violations).toEqual([]);
});
