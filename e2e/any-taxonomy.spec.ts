import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, expectVisibleCount, facetCheckbox, openAtlas, test } from './support/atlas-test';

// The example catalogue with a taxonomy of its own: two dimensions and two paradigms,
// none of the survey's. Every expected value is read from its raw files here.
const DIR = 'examples/prompt-search';
const taxonomyText = readFileSync(`${DIR}/taxonomy.json`, 'utf8');
const methodsText = readFileSync(`${DIR}/methods.json`, 'utf8');

interface RawValue {
  value: string;
  name: string;
  definition: string;
}
interface RawDimension {
  key: string;
  name: string;
  symbol: string;
  question: string;
  values: RawValue[];
}
const taxonomy = JSON.parse(taxonomyText) as {
  paradigms: { code: string; name: string; definition: string }[];
  dimensions: RawDimension[];
};
const methods = JSON.parse(methodsText) as (Record<string, unknown> & {
  id: string;
  name: string;
})[];
const held = (method: (typeof methods)[number], key: string) => method[key] as string[];
const [search, form] = taxonomy.dimensions as [RawDimension, RawDimension];

async function openExample(page: Page) {
  await openAtlas(page);
  await page.getByLabel(/Open a catalogue/).setInputFiles([
    { name: 'taxonomy.json', mimeType: 'application/json', buffer: Buffer.from(taxonomyText) },
    { name: 'methods.json', mimeType: 'application/json', buffer: Buffer.from(methodsText) },
  ]);
  const confirm = page.getByRole('region', { name: 'Confirm the catalogue' });
  for (const dimension of taxonomy.dimensions)
    await expect(confirm).toContainText(
      `${dimension.name}: ${dimension.values.map((v) => v.value).join(', ')}`,
    );
  await confirm.getByRole('button', { name: 'Use this catalogue' }).click();
  await expectVisibleCount(page, methods.length);
}

test('a catalogue with its own two dimensions gets facets, matrix, profile grid and guide from its taxonomy', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openExample(page);

  // Facets: one group per dimension of the file, none of the survey's, and no needs.
  for (const dimension of taxonomy.dimensions) {
    const group = page.getByRole('group', { name: new RegExp(`^${dimension.name}`) });
    for (const value of dimension.values) {
      const count = methods.filter((m) => held(m, dimension.key).includes(value.value)).length;
      await expect(
        // A name followed by its count, not a longer name ("Gradient" is not "Gradient-free").
        group.getByRole('checkbox', { name: new RegExp(`^${value.name}(?![\\w-])`) }),
      ).toBeVisible();
      const label = group
        .locator('li label')
        .filter({ has: page.locator('.facet-name').getByText(value.name, { exact: true }) });
      await expect(label.locator('.facet-count')).toHaveText(String(count));
    }
  }
  await expect(page.getByRole('group', { name: /^Location/ })).toHaveCount(0);
  await expect(page.getByRole('group', { name: /^Access needed/ })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'What can I run?' })).toHaveCount(0);

  // A facet filters by the file's own values, and the URL names the dimension by its key.
  const gradientFree = search.values.find((v) => v.value === 'gradient-free')!;
  await facetCheckbox(page, /^Prompt search/, gradientFree.name).check();
  const gradientFreeIds = methods
    .filter((m) => held(m, 'search').includes('gradient-free'))
    .map((m) => m.id);
  await expectVisibleCount(page, gradientFreeIds.length);
  await expect(page).toHaveURL(/search=gradient-free/);
  await page.getByRole('button', { name: 'Clear all', exact: true }).click();
  await expectVisibleCount(page, methods.length);

  // Matrix: opens on the two dimensions, every cell counted from the raw file.
  await page.getByRole('tab', { name: 'Matrix' }).click();
  const grid = page.getByRole('grid', { name: `Methods by ${search.name} and ${form.name}` });
  await expect(grid).toBeVisible();
  for (const row of search.values) {
    for (const col of form.values) {
      const count = methods.filter(
        (m) => held(m, search.key).includes(row.value) && held(m, form.key).includes(col.value),
      ).length;
      const cell = grid.getByRole('button', {
        name: new RegExp(`^${search.name} ${row.name}, ${form.name} ${col.name}:`),
      });
      await expect(cell).toHaveText(count === 0 ? 'none' : String(count));
    }
  }
  const axes = page.getByLabel('Rows');
  await expect(axes.locator('option')).toHaveText([
    `${search.name} ${search.symbol}`,
    `${form.name} ${form.symbol}`,
    'Paradigm',
    'Modality',
    'Year',
  ]);

  // Profile grid: a column group per dimension, a mark where each method holds a value.
  await page.getByRole('tab', { name: 'Profile grid' }).click();
  const profiles = page.getByRole('table', { name: 'Method profiles' });
  await expect(profiles.getByRole('columnheader', { name: /^Search σ/ })).toBeVisible();
  await expect(profiles.getByRole('columnheader', { name: /^Form φ/ })).toBeVisible();
  for (const method of methods.slice(0, 6)) {
    const row = profiles.locator(`tr[data-id="${method.id}"]`);
    for (const dimension of taxonomy.dimensions) {
      for (const value of dimension.values) {
        await expect(
          row.getByRole('img', { name: `${dimension.name}: ${value.name}`, exact: true }),
          `${method.id} ${dimension.key}=${value.value}`,
        ).toHaveCount(held(method, dimension.key).includes(value.value) ? 1 : 0);
      }
    }
  }

  // Guide: the file's paradigms and dimensions with their questions and definitions;
  // none of the survey's own prose or pipeline.
  await page.getByRole('tab', { name: 'Guide' }).click();
  await expect(page.getByRole('heading', { name: 'Two paradigms' })).toBeVisible();
  for (const paradigm of taxonomy.paradigms)
    await expect(page.getByRole('tabpanel')).toContainText(paradigm.definition);
  for (const dimension of taxonomy.dimensions) {
    await expect(
      page.getByRole('heading', { name: `${dimension.name} ${dimension.symbol}` }),
    ).toBeVisible();
    await expect(page.getByRole('tabpanel')).toContainText(dimension.question);
    for (const value of dimension.values)
      await expect(page.getByRole('tabpanel')).toContainText(value.definition);
  }
  await expect(page.getByRole('img', { name: /^The pipeline/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Location ℓ' })).toHaveCount(0);
});

test("a link naming the survey's dimensions or the finder opens on the example and says what it ignored", async ({
  page,
}) => {
  await openExample(page);
  // The catalogue is stored in IndexedDB as it opens; the page marks it in localStorage once
  // written. Leaving before then would open the bundled catalogue, as it would for a reader.
  await expect
    .poll(() => page.evaluate(() => window.localStorage.getItem('atlas-user-catalogue')))
    .not.toBeNull();
  await page.goto('./?location=input&view=finder&search=gradient');
  await expectVisibleCount(
    page,
    methods.filter((m) => held(m, 'search').includes('gradient')).length,
  );
  const notice = page.getByRole('status', { name: 'Notices' });
  await expect(notice).toContainText('unknown parameter "location"');
  await expect(notice).toContainText('view: "finder" does not apply');
  // The rest of the link holds: the table shows, filtered by the file's own dimension.
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
});
