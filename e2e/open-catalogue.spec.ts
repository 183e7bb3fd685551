import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, expectVisibleCount, openAtlas, test } from './support/atlas-test';

const BIB = 'examples/keyworded-bibtex/refs.bib';
const bundledCount = (JSON.parse(readFileSync('data/methods.json', 'utf8')) as unknown[]).length;
/** The entries of the example file and their keywords, read with a few plain lines. */
const bibText = readFileSync(BIB, 'utf8');
const bibKeys = [...bibText.matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1]!);
const bibEntries = bibKeys.map((key) => {
  const rest = bibText.slice(bibText.indexOf(`{${key},`));
  return rest.slice(0, rest.indexOf('\n}'));
});
const embeddingKeys = bibKeys.filter((_, i) =>
  /keywords = \{[^}]*location:embedding/.test(bibEntries[i]!),
);
/** Each entry's name as the importer makes it: its short title, a short title prefix before a colon, else its key. */
const bibNames = bibEntries.map(
  (entry, i) =>
    /shorttitle = \{([^}]*)\}/.exec(entry)?.[1] ??
    /\btitle = \{([^}:]{1,30}):\s/.exec(entry)?.[1] ??
    bibKeys[i]!,
);

/** The example file with an unclosed entry and an entry without labels appended. */
const broken = `${bibText}\n@article{broken2020,\n  title = {Oops,\n  year = 2020\n}\n@misc{nolabels, title = {No Labels}, year = {2020}, doi = {10.5555/x}}\n`;
const nolabelsLine = broken.slice(0, broken.indexOf('@misc{nolabels')).split('\n').length;

async function openFile(page: Page, name: string, text: string) {
  await page
    .getByLabel(/Open a catalogue/)
    .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

test('a keyworded BibTeX file opens as the catalogue, survives a reload, and reset brings the survey back', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openAtlas(page);
  await expectVisibleCount(page, bundledCount);

  await openFile(page, 'refs.bib', bibText);
  const confirm = page.getByRole('region', { name: 'Confirm the catalogue' });
  await expect(confirm).toContainText(`refs.bib: ${bibKeys.length} methods`);
  // The inferred dimensions, values in the order the file first uses them.
  const locations = [...new Set([...bibText.matchAll(/location:([\w-]+)/g)].map((m) => m[1]))];
  await expect(confirm).toContainText(`Location: ${locations.join(', ')}`);
  await confirm.getByRole('button', { name: 'Use this catalogue' }).click();

  await expectVisibleCount(page, bibKeys.length);
  const banner = page.getByRole('region', { name: 'Catalogue shown' });
  await expect(banner).toContainText('refs.bib');
  // A link made now names the catalogue, so its recipient learns which one it needs.
  await expect(page).toHaveURL(/\?catalogue=refs\.bib$/);
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await expect(page).toHaveURL(/\?catalogue=refs\.bib&view=matrix$/);
  await page.getByRole('tab', { name: 'Table' }).click();

  // Every view shows the file's methods and only them.
  const tableRows = page.getByRole('table', { name: 'Methods' }).locator('tbody tr[data-id]');
  await expect(tableRows).toHaveCount(bibKeys.length);
  for (const name of bibNames)
    await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();

  await page.getByRole('tab', { name: 'Matrix' }).click();
  const total = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Total', exact: true }) });
  await expect(total.getByRole('gridcell').last()).toHaveText(String(bibKeys.length));

  await page.getByRole('tab', { name: 'Profile grid' }).click();
  const grid = page.getByRole('table', { name: 'Method profiles' });
  for (const name of bibNames)
    await expect(grid.getByRole('rowheader', { name, exact: true })).toBeVisible();

  await page.getByRole('tab', { name: 'Guide' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Embedding');

  await page.getByRole('tab', { name: 'Citation graph' }).click();
  await page.getByRole('combobox', { name: 'Drawing' }).selectOption('svg');
  const nodes = page.locator('.graph-svg g.graph-node[data-id]');
  await expect(nodes).toHaveCount(bibKeys.length);
  expect(
    (await nodes.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).sort(),
  ).toEqual([...bibKeys].sort());

  await page.getByRole('tab', { name: 'Timeline' }).click();
  const bars = page.locator('g.timeline-year[data-count]');
  await expect(bars.first()).toBeVisible();
  const perYear = await bars.evaluateAll((els) =>
    els.map((el) => Number(el.getAttribute('data-count'))),
  );
  expect(perYear.reduce((sum, count) => sum + count, 0)).toBe(bibKeys.length);

  await page.getByRole('tab', { name: 'Table' }).click();
  await page
    .getByRole('group', { name: /Location/ })
    .getByRole('checkbox', { name: /^Embedding/ })
    .check();
  await expectVisibleCount(page, embeddingKeys.length);

  // A broken file is refused whole: the reader's catalogue and filters stay.
  await openFile(page, 'broken.bib', broken);
  const alert = page.getByRole('alert', { name: 'Catalogue not opened' });
  await expect(alert).toContainText('broken.bib was not opened');
  await expectVisibleCount(page, embeddingKeys.length);
  await expect(banner).toContainText('refs.bib');
  await alert.getByRole('button', { name: 'Close' }).click();
  await expect(alert).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Catalogue shown' })).toContainText('refs.bib');
  await expectVisibleCount(page, embeddingKeys.length);

  // Even a bare address names it once it opens.
  await page.goto('./');
  await expect(page).toHaveURL(/\?catalogue=refs\.bib$/);
  // A link made on the bundled catalogue says it was not made on this one.
  await page.goto('./?location=embedding');
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    'This link was made on the bundled survey catalogue, but you are looking at your own catalogue “refs.bib”',
  );

  await page.getByRole('button', { name: 'Back to the bundled catalogue' }).click();
  await expect(page).not.toHaveURL(/catalogue=/);
  await expectVisibleCount(page, bundledCount);
  await expect(page.getByRole('region', { name: 'Catalogue shown' })).toHaveCount(0);
  await page.reload();
  await expectVisibleCount(page, bundledCount);
});

test('a broken BibTeX file is refused with its problems and the open catalogue stays', async ({
  page,
}) => {
  await openAtlas(page, '?paradigm=MR');
  const before = await page.getByTestId('result-count').locator('strong').textContent();
  await openFile(page, 'broken.bib', broken);
  const alert = page.getByRole('alert', { name: 'Catalogue not opened' });
  await expect(alert).toContainText('broken.bib was not opened');
  await expect(alert).toContainText('entry "broken2020"');
  await expect(alert).toContainText(`entry "nolabels (line ${nolabelsLine})", field "paradigm"`);
  await expect(page.getByTestId('result-count').locator('strong')).toHaveText(before!);
  await expect(page.getByRole('region', { name: 'Catalogue shown' })).toHaveCount(0);
});

test('a link made on a catalogue the recipient does not have says so', async ({ page }) => {
  await openAtlas(page, '?catalogue=refs.bib&location=embedding');
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    'This link was made on a catalogue called “refs.bib”, which is not open in this browser',
  );
});

test('a file dropped on the page opens like a picked one, and the panels pass axe', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openAtlas(page);
  // A drop as the browser delivers it: a DataTransfer holding the file, dispatched on the page.
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.bib', { type: 'text/plain' }));
    return transfer;
  }, bibText);
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  const confirm = page.getByRole('region', { name: 'Confirm the catalogue' });
  await expect(confirm).toContainText(`dropped.bib: ${bibKeys.length} methods`);
  const confirmScan = await new AxeBuilder({ page }).analyze();
  expect(confirmScan.violations.map((violation) => violation.id)).toEqual([]);
  await confirm.getByRole('button', { name: 'Use this catalogue' }).click();
  await expectVisibleCount(page, bibKeys.length);
  await expect(page.getByRole('region', { name: 'Catalogue shown' })).toContainText('dropped.bib');

  // A broken file dropped next: its problems are listed, the dropped catalogue stays.
  const brokenTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'broken.bib', { type: 'text/plain' }));
    return transfer;
  }, broken);
  await page.dispatchEvent('body', 'drop', { dataTransfer: brokenTransfer });
  const alert = page.getByRole('alert', { name: 'Catalogue not opened' });
  await expect(alert).toContainText(`entry "nolabels (line ${nolabelsLine})", field "paradigm"`);
  await expectVisibleCount(page, bibKeys.length);
  const problemsScan = await new AxeBuilder({ page }).analyze();
  expect(problemsScan.violations.map((violation) => violation.id)).toEqual([]);
});
