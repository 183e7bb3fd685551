import type { Page } from '@playwright/test';
import { listRawVisible, readRawMethods, readRawTaxonomy } from './support/raw-catalogue';
import { expect, expectVisibleCount, facetCheckbox, openAtlas, test } from './support/atlas-test';

const methodsById = new Map(readRawMethods().map((method) => [method.id, method]));
const nameOf = (id: string | undefined) => methodsById.get(id!)!.name;

async function readRowIds(page: Page, count: number): Promise<string[]> {
  const rows = page.locator('tbody tr[data-id]');
  await expect(rows.first()).toBeVisible();
  return (
    await rows.evaluateAll((elements) => elements.map((row) => row.getAttribute('data-id') ?? ''))
  ).slice(0, count);
}

test('share journey: filters, search, sort and selection reopen identically in a fresh browser', async ({
  page,
  browser,
}) => {
  await openAtlas(page);
  await facetCheckbox(page, /Paradigm/, 'Prompt tuning').check();
  await page.getByRole('searchbox', { name: 'Search methods' }).fill('prompt');
  await page.getByRole('columnheader', { name: /Year/ }).getByRole('button').click();
  const rows = await readRowIds(page, 12);
  await page
    .getByRole('checkbox', {
      name: `Select ${nameOf(rows[1])}`,
    })
    .check();
  await page
    .getByRole('checkbox', {
      name: `Select ${nameOf(rows[3])}`,
    })
    .check();
  await expect(page.getByTestId('selection-count')).toContainText('2 selected');

  // What the search itself finds is the search tests' to check; here, that the rows obey the
  // filter and the order (from the file), and that a fresh browser shows the same ones.
  const listed = rows.map((id) => methodsById.get(id)!);
  expect(listed.every((method) => method.paradigm === 'PT')).toBe(true);
  const years = listed.map((method) => method.year);
  expect(years).toEqual([...years].sort((a, b) => b - a));
  const count = await page.getByTestId('result-count').locator('strong').textContent();
  expect(Number(count)).toBeGreaterThan(12);
  expect(Number(count)).toBeLessThan(listRawVisible({ paradigm: ['PT'] }).length);
  const url = page.url();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors: string[] = [];
  other.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await other.goto(url);
  await expectVisibleCount(other, Number(count));
  expect(await readRowIds(other, 12)).toEqual(rows);
  await expect(other.getByTestId('selection-count')).toContainText('2 selected');
  await expect(other.locator(`tr[data-id="${rows[1]}"] input[type=checkbox]`)).toBeChecked();
  await expect(other.locator(`tr[data-id="${rows[3]}"] input[type=checkbox]`)).toBeChecked();
  await expect(other.getByRole('searchbox', { name: 'Search methods' })).toHaveValue('prompt');
  expect(errors).toEqual([]);
  await fresh.close();
});

test('back and forward step through filter changes', async ({ page }) => {
  await openAtlas(page);
  await facetCheckbox(page, /Location/, 'Hidden').check();
  const hidden = listRawVisible({ location: ['hidden'] }).length;
  await expectVisibleCount(page, hidden);
  await facetCheckbox(page, /Operator/, 'Additive').check();
  await expectVisibleCount(
    page,
    listRawVisible({ location: ['hidden'], operator: ['additive'] }).length,
  );
  await page.goBack();
  await expectVisibleCount(page, hidden);
  await expect(facetCheckbox(page, /Operator/, 'Additive')).not.toBeChecked();
  await page.goForward();
  await expect(facetCheckbox(page, /Operator/, 'Additive')).toBeChecked();
});

test('the selection survives a reload and is kept when filters hide it', async ({ page }) => {
  await openAtlas(page);
  const first = await readRowIds(page, 1);
  const method = methodsById.get(first[0]!)!;
  await page.getByRole('checkbox', { name: `Select ${method.name}` }).check();
  await page.reload();
  await expect(page.getByTestId('selection-count')).toContainText('1 selected');
  const otherParadigm = readRawTaxonomy().paradigms.find((p) => p.code !== method.paradigm)!;
  await facetCheckbox(page, /Paradigm/, otherParadigm.name).check();
  await expect(page.getByTestId('selection-count')).toContainText(
    '1 selected (1 hidden by filters)',
  );
});

test('bad URL journey: unknown values and garbage open the page with a notice and keep the rest', async ({
  page,
}) => {
  await openAtlas(
    page,
    '?location=inptu,hidden&foo=bar&years=abc&sel=nope&method=ghost&sort=weird&view=nowhere&q=%E2%9C%93',
  );
  const notice = page.getByRole('status', { name: 'Notices' });
  await expect(notice).toContainText('location: "inptu" is not a known value');
  await expect(notice).toContainText('unknown parameter "foo"');
  await expect(notice).toContainText('years: "abc"');
  await expect(notice).toContainText('sel: "nope"');
  await expect(notice).toContainText('method: "ghost"');
  // One character searches nothing: the kept filter alone decides.
  await expectVisibleCount(page, listRawVisible({ location: ['hidden'] }).length);
  await expect(facetCheckbox(page, /Location/, 'Hidden')).toBeChecked();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
