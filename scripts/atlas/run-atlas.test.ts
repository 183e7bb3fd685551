import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAtlas } from './run-atlas';

interface RawMethod {
  id: string;
  paradigm: string;
  year: number;
  format: string[];
  location: string[];
  operator: string[];
}
const raw = JSON.parse(readFileSync('data/methods.json', 'utf8')) as RawMethod[];

async function atlas(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runAtlas(argv, {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    cwd: process.cwd(),
  });
  return { code, out, err };
}

const idsOf = (json: string) => (JSON.parse(json) as { id: string }[]).map((m) => m.id).sort();

describe('atlas query', () => {
  it('prints the methods holding both labels, as the raw file counts them', async () => {
    const result = await atlas(
      'query',
      '--location',
      'embedding',
      '--operator=concatenative',
      '--format',
      'json',
    );
    const expected = raw
      .filter((m) => m.location.includes('embedding') && m.operator.includes('concatenative'))
      .map((m) => m.id)
      .sort();
    expect(result.code).toBe(0);
    expect(expected.length).toBeGreaterThan(10);
    expect(idsOf(result.out)).toEqual(expected);
  });

  it('ORs values inside an option, ANDs options, and reaches the format dimension by --where', async () => {
    const result = await atlas(
      'query',
      '--paradigm',
      'PI,MR',
      '--where',
      'format=fixed',
      '--years',
      '2021-2022',
      '--format',
      'json',
    );
    const expected = raw
      .filter((m) => ['PI', 'MR'].includes(m.paradigm) && m.format.includes('fixed'))
      .filter((m) => m.year >= 2021 && m.year <= 2022)
      .map((m) => m.id)
      .sort();
    expect(expected.length).toBeGreaterThan(2);
    expect(idsOf(result.out)).toEqual(expected);
  });

  it('lists newest first by default and follows --sort', async () => {
    const byDefault = await atlas('query', '--format', 'json');
    const years = (JSON.parse(byDefault.out) as RawMethod[]).map((m) => m.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const byName = await atlas(
      'query',
      '--paradigm',
      'MR',
      '--sort',
      'year:asc',
      '--format',
      'csv',
    );
    const csvYears = byName.out
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => Number(line.split(',')[4]));
    expect(csvYears).toEqual([...csvYears].sort((a, b) => a - b));
  });

  it('prints a table with a count line, and RIS with one record per method', async () => {
    const table = await atlas('query', '--location', 'hidden');
    const hidden = raw.filter((m) => m.location.includes('hidden')).length;
    expect(table.out).toContain(`${hidden} of ${raw.length} methods`);
    const ris = await atlas('query', '--location', 'hidden', '--format', 'ris');
    expect(ris.out.match(/^TY {2}- /gm)).toHaveLength(hidden);
  });

  it('rejects an unknown value, option, format or range with exit code 2 and says why', async () => {
    const value = await atlas('query', '--location', 'nowhere');
    expect(value.code).toBe(2);
    expect(value.err).toContain(
      '--location: "nowhere" is not a location of this catalogue; expected one of input, embedding, hidden',
    );
    expect(value.out).toBe('');
    expect((await atlas('query', '--colour', 'red')).code).toBe(2);
    expect((await atlas('query', '--format', 'xml')).err).toContain("'xml' is invalid");
    expect((await atlas('query', '--years', '2023-2021')).err).toContain('--years: "2023-2021"');
    expect((await atlas('query', '--where', 'colour=red')).err).toContain('--where: "colour=red"');
    expect((await atlas('query', '--sort', 'size')).code).toBe(2);
  });

  it('exits 1 and names the files when --data holds no catalogue', async () => {
    const result = await atlas('query', '--data', 'no-such-folder');
    expect(result.code).toBe(1);
    expect(result.err).toContain('no-such-folder/taxonomy.json: cannot be read');
  });

  it('names the file in --data, not the bundled one, for an entry that fails the check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    writeFileSync(join(dir, 'taxonomy.json'), readFileSync('data/taxonomy.json', 'utf8'));
    writeFileSync(
      join(dir, 'methods.json'),
      JSON.stringify([...raw.slice(0, 2), { ...raw[2], year: 'soon' }]),
    );
    const result = await atlas('query', '--data', dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `${join(dir, 'methods.json')}, entry "${raw[2]!.id}", field "year": must be a whole year`,
    );
    expect(result.err).not.toContain('data/methods.json');
  });

  it('documents every option in --help, facets with their values', async () => {
    const result = await atlas('query', '--help');
    expect(result.code).toBe(0);
    for (const option of [
      '--data',
      '--format',
      '--where',
      '--years',
      '--search',
      '--sort',
      '--paradigm',
      '--modality',
      '--venue',
      '--scope',
      '--location',
      '--operator',
      '--alignment',
    ])
      expect(result.out).toContain(option);
    expect(result.out).toContain('input, embedding, hidden');
    expect((await atlas('import', '--help')).out).toContain('--taxonomy <file>');
  });
});

const bib = (keywords: string, extra = '') => `@inproceedings{doe2023one,
  title = {One Method},
  author = {Doe, Jane and {OpenAI}},
  booktitle = {Some Conference},
  year = {2023},
  doi = {10.5555/one},
  keywords = {${keywords}},
  abstract = {Does one thing.}
}
${extra}`;

describe('atlas import', () => {
  it('writes a catalogue pair that atlas query then reads, listing what it could not map', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
    writeFileSync(
      join(dir, 'refs.bib'),
      bib(
        'paradigm:PT, modality:text, format:learnable, location:embedding, operator:additive, alignment:identity, favourite',
      ),
    );
    const result = await atlas('import', join(dir, 'refs.bib'), '--out', join(dir, 'out'));
    expect(result.code).toBe(0);
    expect(result.err).toContain('"favourite" ignored: not written as dimension:value');
    expect(result.err).toContain('"OpenAI" left out: no given name');
    const taxonomy = JSON.parse(readFileSync(join(dir, 'out', 'taxonomy.json'), 'utf8')) as {
      dimensions: { key: string }[];
    };
    // The parser hands keywords back sorted, so inferred dimensions come alphabetically.
    expect(taxonomy.dimensions.map((d) => d.key)).toEqual([
      'alignment',
      'format',
      'location',
      'operator',
    ]);
    const query = await atlas('query', '--data', join(dir, 'out'), '--format', 'json');
    expect(idsOf(query.out)).toEqual(['doe2023one']);
    const again = await atlas('import', join(dir, 'refs.bib'), '--out', join(dir, 'out'));
    expect(again.code).toBe(1);
    expect(again.err).toContain('pass --force to overwrite');
  });

  it('checks labels against a given taxonomy and writes nothing when an entry fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
    writeFileSync(
      join(dir, 'refs.bib'),
      bib('paradigm:PT, modality:vision, location:nowhere, colour:red'),
    );
    const result = await atlas(
      'import',
      join(dir, 'refs.bib'),
      '--taxonomy',
      'data/taxonomy.json',
      '--out',
      join(dir, 'out'),
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('"colour:red" names no dimension of the taxonomy');
    expect(result.err).toContain('entry "doe2023one", field "location[0]"');
    expect(result.err).toContain('nothing written');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('reports a syntax error with its line and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
    writeFileSync(
      join(dir, 'refs.bib'),
      bib(
        'paradigm:PT, modality:vision, task:qa',
        '@article{broken,\n  title = {Oops,\n  year = 2020\n}\n@misc{x, title={X}}\n',
      ),
    );
    const result = await atlas('import', join(dir, 'refs.bib'), '--out', join(dir, 'out'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/refs\.bib, entry "broken": .*line \d+/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
