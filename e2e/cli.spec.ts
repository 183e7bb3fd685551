import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { downloadExport, expect, expectVisibleCount, openAtlas, test } from './support/atlas-test';
import { readRawMethods } from './support/raw-catalogue';

/** Runs the script behind `npm run atlas -- ...args` and returns what it printed. */
function runAtlasCli(...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/atlas.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Methods holding both labels, counted straight from the raw file. */
function countRaw(location: string, operator: string): number {
  const methods = readRawMethods();
  return methods.filter((m) => m.location.includes(location) && m.operator.includes(operator))
    .length;
}

// The CLI's BibTeX and CSV are compared with what the built app downloads for the same
// filter, driven in the browser: the two must agree byte for byte, order included.
test('the command line prints the same BibTeX and CSV the app exports for a filter', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const expected = countRaw('embedding', 'concatenative');
  await openAtlas(page, '?location=embedding&operator=concatenative');
  await expectVisibleCount(page, expected);
  const bar = page.getByRole('region', { name: 'Selection and export' });
  await expect(bar.getByRole('combobox', { name: 'Export' })).toHaveValue('visible');

  const [bib] = await Promise.all([
    page.waitForEvent('download'),
    bar.getByRole('button', { name: 'Download .bib' }).click(),
  ]);
  const appBibtex = readFileSync((await bib.path())!, 'utf8');
  const cliBibtex = runAtlasCli(
    'query',
    '--location',
    'embedding',
    '--operator',
    'concatenative',
    '--format',
    'bibtex',
  );
  expect(cliBibtex.code).toBe(0);
  expect(cliBibtex.out.match(/^@\w+\{/gm)).toHaveLength(expected);
  expect(cliBibtex.out).toBe(appBibtex);

  const csv = await downloadExport(page, 'CSV');
  const cliCsv = runAtlasCli(
    'query',
    '--location=embedding',
    '--operator=concatenative',
    '--format=csv',
  );
  expect(cliCsv.out).toBe(readFileSync((await csv.path())!, 'utf8'));
});

test('the command line exits non-zero with a clear message on bad input', () => {
  test.setTimeout(90_000);
  const unknownValue = runAtlasCli('query', '--location', 'nowhere');
  expect(unknownValue.code).not.toBe(0);
  expect(unknownValue.err).toContain('"nowhere" is not a location of this catalogue');
  expect(unknownValue.out).toBe('');

  const badFormat = runAtlasCli('query', '--format', 'xml');
  expect(badFormat.code).not.toBe(0);
  expect(badFormat.err).toContain("argument 'xml' is invalid");

  const missing = runAtlasCli('import', 'no-such-file.bib');
  expect(missing.code).not.toBe(0);
  expect(missing.err).toContain('cannot read no-such-file.bib');
});
