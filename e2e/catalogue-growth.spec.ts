import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  downloadExport,
  expect,
  expectVisibleCount,
  facetCheckbox,
  openAtlas,
  test,
} from './support/atlas-test';
import { readRawMethods } from './support/raw-catalogue';

// Expectations come from the raw file, counted here, not from the query module.
const raw = readRawMethods();
const dates = [...new Set(raw.map((method) => method.added))].sort();
const firstDate = dates[0]!;
const addedAfter = raw.filter((method) => method.added > firstDate).map((method) => method.id);
const nearest = raw.filter((method) => method.labels.fit === 'nearest');

async function downloadVisibleIds(page: Page): Promise<string[]> {
  const json = await downloadExport(page, 'JSON');
  const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { id: string }[];
  return exported.map((method) => method.id);
}

test('"new since" a date shows exactly the methods added after it, and the link keeps it', async ({
  page,
}) => {
  expect(dates.length, 'the catalogue grew on more than one date').toBeGreaterThan(1);
  await openAtlas(page);
  await expectVisibleCount(page, raw.length);
  const since = page.getByRole('group', { name: 'New since' }).getByLabel('Added after');
  await since.selectOption(firstDate);

  await expectVisibleCount(page, addedAfter.length);
  await expect(page).toHaveURL(new RegExp(`since=${firstDate}`));
  expect((await downloadVisibleIds(page)).sort()).toEqual([...addedAfter].sort());
  await expect(page.getByRole('group', { name: 'Active filters' })).toContainText(
    `Added after ${firstDate}`,
  );

  await page.reload();
  await expectVisibleCount(page, addedAfter.length);
  await page.getByRole('button', { name: 'Clear all', exact: true }).click();
  await expectVisibleCount(page, raw.length);
});

test('a nearest-fit method carries the marker in the table and says why in its detail', async ({
  page,
}) => {
  expect(nearest.length).toBeGreaterThan(0);
  await openAtlas(page);
  await facetCheckbox(page, /Label fit/, 'Nearest fit').check();
  await expectVisibleCount(page, nearest.length);
  expect((await downloadVisibleIds(page)).sort()).toEqual(nearest.map((m) => m.id).sort());

  // The first row the table shows: a nearest-fit method of the raw data, read with its note.
  const row = page.locator('tbody tr[data-id]').first();
  const shownId = await row.getAttribute('data-id');
  const method = nearest.find((m) => m.id === shownId)!;
  expect(method, `${shownId} is a nearest fit in the raw data`).toBeDefined();
  await expect(row.locator('.fit-marker')).toHaveText(/≈/);
  await row.locator('.method-link').click();
  const detail = page.getByRole('complementary', { name: method.name });
  await expect(detail.getByText('Nearest fit ≈')).toBeVisible();
  await expect(detail.getByText(method.labels.note!, { exact: false })).toBeVisible();
});
