import { readFileSync } from 'node:fs';
import { getFacetValues } from '../app/query/facet-values';
import { expectQuery, loadBundledCatalogue } from './support/bundled-catalogue';
import { expect, expectVisibleCount, facetCheckbox, openAtlas, test } from './support/atlas-test';
import { toRawNeeds } from './support/raw-needs';

const catalogue = loadBundledCatalogue();
// An independent recount straight from data/methods.json, never through the query module.
type RawMethod = Record<string, unknown> & { paradigm: string; modalities: string[] };
const rawMethods = JSON.parse(readFileSync('data/methods.json', 'utf8')) as RawMethod[];
const rawValues = (method: RawMethod, facet: string): string[] => {
  if (facet === 'modality') return method.modalities;
  if (facet === 'fit') return [(method.labels as { fit: string }).fit];
  if (facet === 'code') return [method.code ? 'yes' : 'no'];
  if (facet === 'access' || facet === 'data')
    return [toRawNeeds(method as unknown as Parameters<typeof toRawNeeds>[0])[facet]];
  if (['paradigm', 'venue', 'scope'].includes(facet)) return [method[facet] as string];
  return method[facet] as string[];
};
/** Raw methods passing facet filters: OR within a facet, AND across facets. */
const rawPassing = (facets: Record<string, string[]>) =>
  rawMethods.filter((method) =>
    Object.entries(facets).every(([facet, values]) =>
      rawValues(method, facet).some((value) => values.includes(value)),
    ),
  );
// Every facet the sidebar should list, from the raw taxonomy: its dimensions, then the fixed ones.
const rawTaxonomy = JSON.parse(readFileSync('data/taxonomy.json', 'utf8')) as {
  dimensions: { key: string }[];
};
const FACETS = [
  ...rawTaxonomy.dimensions.map((dimension) => dimension.key),
  ...['paradigm', 'modality', 'venue', 'scope', 'access', 'data', 'code', 'fit'],
];
const labelOf = (facet: string, value: string) =>
  getFacetValues(catalogue, facet).find((v) => v.value === value)!.label;

test('facet journey: two locations and one operator give the query count, and every other count agrees', async ({
  page,
}) => {
  await openAtlas(page);
  await facetCheckbox(page, /Location/, labelOf('location', 'embedding')).check();
  await facetCheckbox(page, /Location/, labelOf('location', 'hidden')).check();
  await facetCheckbox(page, /Operator/, labelOf('operator', 'concatenative')).check();

  const selection = { location: ['embedding', 'hidden'], operator: ['concatenative'] };
  const expected = expectQuery({ facets: selection });
  await expectVisibleCount(page, rawPassing(selection).length);
  await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute(
    'data-id',
    expected.ids[0]!,
  );

  await page
    .getByRole('group', { name: /Venue/ })
    .getByRole('button', { name: /Show all/ })
    .click();
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('.facet-group')].flatMap((group) =>
      [...group.querySelectorAll('li label')].map((label) => ({
        group: group.querySelector('legend span')?.textContent ?? '',
        value: label.querySelector('.facet-name')?.textContent ?? '',
        count: Number(label.querySelector('.facet-count')?.textContent),
        disabled: (label.querySelector('input') as HTMLInputElement).disabled,
      })),
    ),
  );
  let compared = 0;
  for (const facet of FACETS) {
    for (const value of getFacetValues(catalogue, facet)) {
      const row = shown.find(
        (entry) =>
          entry.value === value.label &&
          entry.group.toLowerCase().includes(facet === 'modality' ? 'modality' : facet),
      );
      expect(row, `${facet}=${value.value} is listed`).toBeDefined();
      // What choosing this value would give: every other facet's selection, this facet's left out.
      const others = Object.fromEntries(Object.entries(selection).filter(([key]) => key !== facet));
      const count = rawPassing(others).filter((method) =>
        rawValues(method, facet).includes(value.value),
      ).length;
      expect(row!.count, `${facet}=${value.value}`).toBe(count);
      const selected =
        (facet === 'location' && ['embedding', 'hidden'].includes(value.value)) ||
        (facet === 'operator' && value.value === 'concatenative');
      expect(row!.disabled, `${facet}=${value.value} disabled`).toBe(count === 0 && !selected);
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(30);
});

test('a removable chip is shown per active filter and "Clear all" empties them', async ({
  page,
}) => {
  await openAtlas(page, '?paradigm=PT&alignment=linear');
  const chips = page.getByRole('group', { name: 'Active filters' });
  await expect(chips.getByRole('button', { name: /^Remove filter/ })).toHaveCount(2);
  await chips.getByRole('button', { name: /Remove filter Paradigm/ }).click();
  await expectVisibleCount(page, rawPassing({ alignment: ['linear'] }).length);
  await page.getByRole('button', { name: 'Clear all', exact: true }).click();
  await expectVisibleCount(page, catalogue.methods.length);
});

test('search journey: a misspelled method name puts that method first, highlighted', async ({
  page,
}) => {
  await openAtlas(page);
  const target = catalogue.methods.find((method) => method.id === 'prompt-tuning')!;
  const misspelled = 'promt tunning';
  const expected = expectQuery({ search: misspelled });
  expect(expected.ids[0]).toBe(target.id);

  await page.getByRole('searchbox', { name: 'Search methods' }).fill(misspelled);
  await expectVisibleCount(page, expected.positions.length);
  const firstRow = page.locator('tbody tr[data-id]').first();
  await expect(firstRow).toHaveAttribute('data-id', target.id);
  await expect(firstRow.locator('mark').first()).toBeVisible();
  await expect(page.getByText('Sorted by search relevance')).toBeVisible();
});

test('search combines with facets and partial names', async ({ page }) => {
  await openAtlas(page, '?paradigm=PT');
  await page.getByRole('searchbox', { name: 'Search methods' }).fill('cocoo');
  const expected = expectQuery({ search: 'cocoo', facets: { paradigm: ['PT'] } });
  expect(expected.ids).toContain('cocoop');
  await expectVisibleCount(page, expected.positions.length);
  await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute(
    'data-id',
    expected.ids[0]!,
  );
});

test('sorting by a column orders rows as the query module does, both directions', async ({
  page,
}) => {
  await openAtlas(page);
  await page.getByRole('columnheader', { name: /Name/ }).getByRole('button').click();
  const ascending = expectQuery({}, { column: 'name', direction: 'asc' });
  await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute(
    'data-id',
    ascending.ids[0]!,
  );
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await page.getByRole('columnheader', { name: /Name/ }).getByRole('button').click();
  const descending = expectQuery({}, { column: 'name', direction: 'desc' });
  await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute(
    'data-id',
    descending.ids[0]!,
  );
});

test('hiding a column removes it from the table and the URL keeps it hidden', async ({ page }) => {
  await openAtlas(page);
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Venue' }).uncheck();
  await expect(page.getByRole('columnheader', { name: /Venue/ })).toHaveCount(0);
  await expect(page).toHaveURL(/hide=venue/);
  await page.reload();
  await expect(page.getByRole('columnheader', { name: /Venue/ })).toHaveCount(0);
});
