import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { downloadExport, expect, expectVisibleCount, openAtlas, test } from './support/atlas-test';
import { readRawMethods, type RawMethod } from './support/raw-catalogue';

// Expectations come from the raw catalogue files, read here with a few plain lines.
interface RawTaxonomy {
  venues: { code: string; kind: string }[];
  dimensions: { key: keyof RawMethod; values: { value: string; code: string }[] }[];
}
const raw = readRawMethods();
const taxonomy = JSON.parse(readFileSync('data/taxonomy.json', 'utf8')) as RawTaxonomy;
const kindOf = new Map(taxonomy.venues.map((venue) => [venue.code, venue.kind]));
const isUniqueName = (method: RawMethod) =>
  raw.filter((other) => other.name === method.name).length === 1;
/** One preprint, one conference paper, one journal paper: the first of each in the file. */
const picked = ['preprint', 'conference', 'journal'].map((kind) =>
  raw.find((method) => kindOf.get(method.venue) === kind && isUniqueName(method))!,
);

const readDownload = async (download: Download) => readFileSync((await download.path())!, 'utf8');

/** RIS records as tag -> values, read line by line ("TI  - text"). */
function readRis(text: string): Map<string, string[]>[] {
  const records: Map<string, string[]>[] = [];
  let record = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!match) continue;
    const [, tag = '', value = ''] = match;
    if (tag === 'ER') {
      records.push(record);
      record = new Map();
      continue;
    }
    record.set(tag, [...(record.get(tag) ?? []), value.trim()]);
  }
  return records;
}

async function selectByTitle(page: Page, method: RawMethod): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Search methods' });
  await search.fill(method.title);
  await page.getByRole('checkbox', { name: `Select ${method.name}`, exact: true }).check();
  await search.fill('');
}

test('cite anywhere: three methods picked by hand come back intact as RIS, CSL-JSON and a LaTeX table', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openAtlas(page);
  for (const method of picked) await selectByTitle(page, method);
  await expect(page.getByTestId('selection-count')).toContainText('3 selected');
  const bar = page.getByRole('region', { name: 'Selection and export' });
  await expect(bar.getByRole('combobox', { name: 'Export' })).toHaveValue('selection');
  // citation-js is fetched when RIS is asked for, not with the page.
  expect(scripts.filter((path) => /\/ris-[^/]*\.js$/.test(path))).toEqual([]);

  const ris = await downloadExport(page, 'RIS');
  expect(ris.suggestedFilename()).toMatch(
    /^reprogrammability-atlas-3-methods-\d{4}-\d\d-\d\d\.ris$/,
  );
  expect(scripts.filter((path) => /\/ris-[^/]*\.js$/.test(path))).toHaveLength(1);
  await expect(bar.getByRole('status')).toHaveText('Downloaded 3 entries as RIS');
  const records = readRis(await readDownload(ris));
  expect(records).toHaveLength(3);
  for (const method of picked) {
    const record = records.find((candidate) => candidate.get('TI')?.[0] === method.title);
    expect(record, `${method.id} in the RIS`).toBeDefined();
    expect(record!.get('AU'), method.id).toEqual(method.authors);
    const year = (record!.get('PY') ?? record!.get('DA'))?.[0]?.slice(0, 4);
    expect(year, method.id).toBe(String(method.year));
  }

  const csl = await downloadExport(page, 'CSL-JSON');
  expect(csl.suggestedFilename()).toMatch(/-3-methods-\d{4}-\d\d-\d\d\.csl\.json$/);
  const items = JSON.parse(await readDownload(csl)) as {
    id: string;
    title: string;
    author: { family: string; given: string }[];
    issued: { 'date-parts': number[][] };
  }[];
  expect(items.map((item) => item.title)).toEqual(picked.map((method) => method.title));
  picked.forEach((method, index) => {
    const item = items[index]!;
    expect(item.author.map((name) => `${name.family}, ${name.given}`)).toEqual(method.authors);
    expect(item.issued['date-parts'][0]?.[0]).toBe(method.year);
  });

  const bib = await readDownload(await downloadExport(page, 'Download .bib'));
  const bibKeys = [...bib.matchAll(/^@\w+\{([^,\s]+),$/gm)].map((match) => match[1]!);
  expect(bibKeys).toHaveLength(3);
  expect(items.map((item) => item.id)).toEqual(bibKeys);

  const tex = await downloadExport(page, 'LaTeX table');
  expect(tex.suggestedFilename()).toMatch(/-3-methods-\d{4}-\d\d-\d\d\.tex$/);
  const table = await readDownload(tex);
  expect([...table.matchAll(/\\cite\{([^}]+)\}/g)].map((match) => match[1])).toEqual(bibKeys);
  // Each row: name and cite, paradigm, then each dimension's value codes.
  picked.forEach((method, index) => {
    const codes = taxonomy.dimensions.map((dimension) =>
      (method[dimension.key] as string[])
        .map((value) => dimension.values.find((known) => known.value === value)!.code)
        .join(', '),
    );
    const row = [`${method.name}~\\cite{${bibKeys[index]}}`, method.paradigm, ...codes];
    expect(table).toContain(`    ${row.join(' & ')} \\\\\n`);
  });
});

test('with nothing selected, RIS and CSL-JSON hold everything visible', async ({ page }) => {
  const expected = raw.filter((method) => method.paradigm === 'MR');
  await openAtlas(page, '?paradigm=MR');
  await expectVisibleCount(page, expected.length);
  const bar = page.getByRole('region', { name: 'Selection and export' });
  await expect(bar.getByRole('combobox', { name: 'Export' })).toHaveValue('visible');

  const items = JSON.parse(await readDownload(await downloadExport(page, 'CSL-JSON'))) as {
    title: string;
  }[];
  expect(items.map((item) => item.title).sort()).toEqual(
    expected.map((method) => method.title).sort(),
  );
  const records = readRis(await readDownload(await downloadExport(page, 'RIS')));
  expect(records.map((record) => record.get('TI')?.[0]).sort()).toEqual(
    expected.map((method) => method.title).sort(),
  );
});
