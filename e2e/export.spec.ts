import { readFileSync } from 'node:fs';
import { readBibtex, toCatalogueName, toTypesetText } from '../app/testing/read-bibtex';
import { listRawVisible } from './support/raw-catalogue';
import { downloadExport, expect, expectVisibleCount, openAtlas, test } from './support/atlas-test';

test('export journey: select three methods, download the .bib, parse it back to the catalogue', async ({
  page,
}) => {
  await openAtlas(page, '?paradigm=MR');
  const expected = listRawVisible({ paradigm: ['MR'] });
  await expectVisibleCount(page, expected.length);
  const picked = expected.slice(0, 3);
  for (const method of picked)
    await page.getByRole('checkbox', { name: `Select ${method.name}`, exact: true }).check();
  await expect(page.getByTestId('selection-count')).toContainText('3 selected');

  const bar = page.getByRole('region', { name: 'Selection and export' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    bar.getByRole('button', { name: 'Download .bib' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^reprogrammability-atlas-3-methods-\d{4}-\d{2}-\d{2}\.bib$/,
  );
  const entries = readBibtex(readFileSync((await download.path())!, 'utf8'));

  expect(entries).toHaveLength(3);
  for (const method of picked) {
    const entry = entries.find(
      (candidate) => toTypesetText(candidate.fields.title ?? '') === toTypesetText(method.title),
    );
    expect(entry, `${method.id} is exported`).toBeDefined();
    expect(entry!.fields.year).toBe(String(method.year));
    const authors = (entry!.fields.author ?? []).map((creator) => toCatalogueName(creator));
    expect(authors.map((author) => `${author.family}, ${author.given}`)).toEqual(method.authors);
  }
  await expect(bar.getByRole('status')).toContainText('Downloaded 3 entries as BibTeX');
});

test('everything visible exports as CSV and JSON when nothing is selected, as the filters stand at the click', async ({
  page,
}) => {
  await openAtlas(page, '?location=hidden');
  const expected = listRawVisible({ location: ['hidden'] }).map((method) => method.id);
  const bar = page.getByRole('region', { name: 'Selection and export' });
  await expect(bar.getByRole('combobox', { name: 'Export' })).toHaveValue('visible');

  const csv = await downloadExport(page, 'CSV');
  const lines = readFileSync((await csv.path())!, 'utf8')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toMatch(/^id,name,title,/);
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(expected);

  // A filter changed on the page: the export takes the methods visible now.
  await page
    .getByRole('group', { name: /^Operator/ })
    .getByRole('checkbox', { name: /^Additive\b/ })
    .check();
  const narrowed = listRawVisible({ location: ['hidden'], operator: ['additive'] });
  expect(narrowed.length).toBeGreaterThan(0);
  expect(narrowed.length).toBeLessThan(expected.length);
  await expect(bar.getByRole('option', { name: `visible (${narrowed.length})` })).toBeAttached();
  const json = await downloadExport(page, 'JSON');
  const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { id: string }[];
  expect(exported.map((method) => method.id)).toEqual(narrowed.map((method) => method.id));
});

test('select all visible selects exactly the visible methods, and clear selection empties it', async ({
  page,
}) => {
  await openAtlas(page, '?alignment=statistical');
  // A filter changed on the page before the click: select-all takes the methods visible now.
  await page
    .getByRole('group', { name: /^Location/ })
    .getByRole('checkbox', { name: /^Input\b/ })
    .check();
  const expected = listRawVisible({ alignment: ['statistical'], location: ['input'] });
  expect(expected.length).toBeLessThan(listRawVisible({ alignment: ['statistical'] }).length);
  await page.getByRole('checkbox', { name: 'Select all visible methods' }).check();
  await expect(page.getByTestId('selection-count')).toContainText(`${expected.length} selected`);
  await expect(page).toHaveURL(new RegExp(`sel=${expected[0]!.id}`));
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page.getByTestId('selection-count')).toContainText('0 selected');
});
