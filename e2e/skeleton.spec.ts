import { readFileSync } from 'node:fs';
import { listRawVisible, readRawMethods, readRawTaxonomy } from './support/raw-catalogue';
import { expect, facetCheckbox, openAtlas, expectVisibleCount, test } from './support/atlas-test';

test('the page opens on the bundled catalogue and counts every method', async ({ page }) => {
  await openAtlas(page);
  const methods = JSON.parse(readFileSync('data/methods.json', 'utf8')) as unknown[];
  await expectVisibleCount(page, methods.length);
  await expect(page.getByRole('table', { name: 'Methods' })).toBeVisible();
});

test('toggling one location value lists the methods the file holds with it, newest first', async ({
  page,
}) => {
  await openAtlas(page);
  const hidden = readRawTaxonomy()
    .dimensions.find((d) => d.key === 'location')!
    .values.find((v) => v.value === 'hidden')!;
  const expected = listRawVisible({ location: ['hidden'] });

  await facetCheckbox(page, /Location/, hidden.name).check();

  await expectVisibleCount(page, expected.length);
  await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute(
    'data-id',
    expected[0]!.id,
  );
  await facetCheckbox(page, /Location/, hidden.name).uncheck();
  await expectVisibleCount(page, readRawMethods().length);
});

test('setting the first filter and clearing the last leave the table where it was', async ({
  page,
}) => {
  await openAtlas(page);
  const table = page.locator('.table-scroll');
  const before = (await table.boundingBox())!;
  await facetCheckbox(page, /Location/, 'Input').check();
  await expect(page.getByRole('group', { name: 'Active filters' })).toContainText('Input');
  expect(await table.boundingBox()).toEqual(before);
  await facetCheckbox(page, /Location/, 'Input').uncheck();
  await expect(page.getByText('No filter set: every method is shown.')).toBeVisible();
  expect(await table.boundingBox()).toEqual(before);
});
