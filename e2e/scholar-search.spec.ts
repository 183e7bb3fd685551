import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectVisibleCount, openAtlas, test } from './support/atlas-test';
import { readRawMethods, type RawMethod } from './support/raw-catalogue';

// Expectations counted from the raw JSON with a few plain lines, not by the query module.
const raw = readRawMethods();
const venueNames = new Map(
  (
    JSON.parse(readFileSync('data/taxonomy.json', 'utf8')) as {
      venues: { code: string; name: string }[];
    }
  ).venues.map((venue) => [venue.code, venue.name]),
);
const wordsOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const allWords = (m: RawMethod) =>
  new Set(
    wordsOf(
      [m.name, m.title, ...m.authors, m.venue, venueNames.get(m.venue) ?? '', m.summary].join(' '),
    ),
  );
const byName = (name: string) => raw.find((m) => m.name === name)!;

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search methods' });
const rowIds = (page: Page) =>
  page.locator('tbody tr[data-id]').evaluateAll((rows) => rows.map((row) => row.dataset.id!));

test('"jia 2022" puts VPT first; "zhou 2022" lists CoOp in the first three', async ({ page }) => {
  await openAtlas(page);
  const vpt = byName('VPT');
  const jia2022 = raw.filter((m) => m.year === 2022 && allWords(m).has('jia'));
  await searchBox(page).fill('jia 2022');
  await expectVisibleCount(page, jia2022.length);
  const first = page.locator('tbody tr[data-id]').first();
  await expect(first).toHaveAttribute('data-id', vpt.id);
  await expect(first.getByTestId('match-fields')).toHaveText(/author, year/);

  const coop = byName('CoOp');
  const zhou2022 = raw.filter((m) => m.year === 2022 && allWords(m).has('zhou'));
  await searchBox(page).fill('zhou 2022');
  await expectVisibleCount(page, zhou2022.length);
  expect((await rowIds(page)).slice(0, 3)).toContain(coop.id);
});

test('"ICLR 2023" lists only ICLR 2023 methods, and "wei" only methods with the word Wei', async ({
  page,
}) => {
  await openAtlas(page);
  const iclr2023 = raw.filter((m) => m.venue === 'ICLR' && m.year === 2023);
  expect(iclr2023.length).toBeGreaterThan(0);
  await searchBox(page).fill('ICLR 2023');
  await expectVisibleCount(page, iclr2023.length);
  const wanted = new Set(iclr2023.map((m) => m.id));
  for (const id of await rowIds(page)) expect(wanted, id).toContain(id);

  const wei = raw.filter((m) => allWords(m).has('wei'));
  expect(wei.length).toBeGreaterThan(0);
  await searchBox(page).fill('wei');
  await expectVisibleCount(page, wei.length);
  const weiIds = new Set(wei.map((m) => m.id));
  for (const id of await rowIds(page)) expect(weiIds, id).toContain(id);
});

test('"promt tunning" still puts Prompt Tuning first', async ({ page }) => {
  await openAtlas(page);
  await searchBox(page).fill('promt tunning');
  await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute(
    'data-id',
    byName('Prompt Tuning').id,
  );
});

test('typing "visual prompt tuning" never empties the list on the way', async ({ page }) => {
  await openAtlas(page);
  const startsWith = (m: RawMethod, prefix: string) =>
    [...allWords(m)].some((word) => word.startsWith(prefix));
  const matching = (...prefixes: string[]) =>
    raw.filter((m) => prefixes.every((prefix) => startsWith(m, prefix)));
  // "t" and "tu" are words of the catalogue (Tu is an author), yet no method has them with
  // "visual prompt": the word being typed is completed.
  expect(matching('visual', 'prompt').filter((m) => allWords(m).has('tu'))).toHaveLength(0);
  await searchBox(page).fill('visual prompt');
  await expectVisibleCount(page, matching('visual', 'prompt').length);
  await searchBox(page).press('Space');
  await searchBox(page).press('t');
  await expect(page.locator('tbody tr[data-id]').first()).toBeVisible();
  await expect(page.getByTestId('result-count').locator('strong')).not.toHaveText('0');
  await searchBox(page).press('u');
  await expectVisibleCount(page, matching('visual', 'prompt', 'tu').length);
  await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute(
    'data-id',
    byName('VPT').id,
  );
});

test('fielded search finds one paper, with its syntax in a popover that Escape closes', async ({
  page,
}) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'How to search' }).click();
  const help = page.getByRole('region', { name: 'How to search' });
  await expect(help).toContainText('title:"visual prompt"');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByRole('button', { name: 'How to search' })).toBeFocused();

  const fielded = raw.filter(
    (m) =>
      m.authors.some((a) => wordsOf(a).includes('jia')) &&
      m.year === 2022 &&
      m.venue.toLowerCase() === 'eccv' &&
      wordsOf(m.title).join(' ').includes('visual prompt'),
  );
  await searchBox(page).fill('author:jia year:2022 venue:eccv title:"visual prompt"');
  await expectVisibleCount(page, fielded.length);
  await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute(
    'data-id',
    byName('VPT').id,
  );
});

test('a match hidden by a filter is announced, and clearing the filters keeps the search', async ({
  page,
}) => {
  // Two page loads' worth of work on a shared two-core machine.
  test.slow();
  const vpt = byName('VPT');
  const other = raw.find((m) => m.paradigm !== vpt.paradigm)!.paradigm;
  await openAtlas(page, `?paradigm=${other}`);
  const matches = raw.filter((m) => m.year === 2022 && allWords(m).has('jia'));
  const shown = matches.filter((m) => m.paradigm === other);
  await searchBox(page).fill('jia 2022');
  await expectVisibleCount(page, shown.length);
  const hidden = matches.length - shown.length;
  await expect(page.getByRole('status').filter({ hasText: 'hidden by the filters' })).toHaveText(
    new RegExp(`^${hidden} more method`),
  );
  await page.getByRole('button', { name: 'Clear filters, keep the search' }).click();
  await expectVisibleCount(page, matches.length);
  await expect(searchBox(page)).toHaveValue('jia 2022');
  await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute('data-id', vpt.id);
  await expect(page.getByText('hidden by the filters')).toHaveCount(0);
});
