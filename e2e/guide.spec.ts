import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { getFacetValues } from '../app/query/facet-values';
import type { FacetKey } from '../app/query/filter-state';
import { loadBundledCatalogue } from './support/bundled-catalogue';
import {
  listRawMostCited,
  listRawVisible,
  readRawFacetValues,
  readRawMethods,
} from './support/raw-catalogue';
import { expect, expectVisibleCount, facetCheckbox, openAtlas, test } from './support/atlas-test';

const catalogue = loadBundledCatalogue();
const GUIDE_FACETS: FacetKey[] = [
  'paradigm',
  ...catalogue.taxonomy.dimensions.map((dimension) => dimension.key),
];

// Expected counts come from data/methods.json itself, never through the query module.
const rawMethods = readRawMethods();
/** How many raw methods hold `value` on `facet` and pass every other facet's selection. */
const rawCount = (facet: string, value: string, facets: Record<string, string[]>) =>
  rawMethods.filter(
    (method) =>
      readRawFacetValues(method, facet).includes(value) &&
      Object.entries(facets).every(
        ([other, chosen]) =>
          other === facet ||
          readRawFacetValues(method, other).some((held) => chosen.includes(held)),
      ),
  ).length;

/** The guide's card for one value, found by its heading. */
const valueCard = (page: Page, label: string) =>
  page.getByRole('article', { name: label, exact: true });

test('the guide shows the pipeline and every value with its live count', async ({ page }) => {
  await openAtlas(page, '?view=guide');
  await expect(
    page.getByRole('heading', { name: 'How the taxonomy reads a method' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /^The pipeline: a target input/ })).toBeVisible();

  const check = async (facets: Record<string, string[]> = {}) => {
    for (const facet of GUIDE_FACETS) {
      for (const value of getFacetValues(catalogue, facet)) {
        const card = valueCard(page, value.label);
        await expect(card.getByTestId(`guide-count-${value.value}`)).toContainText(
          `${rawCount(facet, value.value, facets)} method`,
        );
        if (value.definition) await expect(card).toContainText(value.definition);
      }
    }
  };
  await check();
  // Counts follow the filters, live.
  await facetCheckbox(page, /Paradigm/, 'Prompt instruction').check();
  await check({ paradigm: ['PI'] });
});

test('each value lists its most cited methods, which focus the method', async ({ page }) => {
  await openAtlas(page, '?view=guide');
  const value = getFacetValues(catalogue, 'location').find((v) => v.value === 'hidden')!;
  const examples = listRawMostCited({ location: ['hidden'] }, 3);
  expect(examples.length).toBeGreaterThanOrEqual(2);
  const group = valueCard(page, value.label).getByRole('group', {
    name: `Examples of ${value.label}`,
  });
  await expect(group.getByRole('button')).toHaveText(examples.map((method) => method.name));
  await group.getByRole('button', { name: examples[0]!.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`method=${encodeURIComponent(examples[0]!.id)}`));
});

test("a value's filter button leaves the table showing the methods the file holds with it", async ({
  page,
}) => {
  for (const [facet, valueName] of [
    ['operator', 'parametric'],
    ['paradigm', 'MR'],
  ] as const) {
    await openAtlas(page, '?view=guide');
    const value = getFacetValues(catalogue, facet).find((v) => v.value === valueName)!;
    const expected = listRawVisible({ [facet]: [value.value] });
    await valueCard(page, value.label)
      .getByRole('button', { name: `Filter the table by ${value.label}` })
      .click();
    await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
    await expectVisibleCount(page, expected.length);
    await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute(
      'data-id',
      expected[0]!.id,
    );
  }
});

test('filtering from the guide twice keeps the filter rather than removing it', async ({
  page,
}) => {
  await openAtlas(page, '?view=guide&location=input');
  const value = getFacetValues(catalogue, 'location').find((v) => v.value === 'input')!;
  await valueCard(page, value.label)
    .getByRole('button', { name: `Show the table, filtered by ${value.label}` })
    .click();
  await expectVisibleCount(page, listRawVisible({ location: ['input'] }).length);
});

test('the guide passes axe', async ({ page }) => {
  await openAtlas(page, '?view=guide&paradigm=PT');
  const result = await new AxeBuilder({ page }).include('#atlas-view').analyze();
  expect(result.violations).toEqual([]);
});
