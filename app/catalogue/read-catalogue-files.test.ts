import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import taxonomyJson from '../../data/taxonomy.json';
import { makeRawMethod } from '../testing/make-method';
import { readCatalogueFiles } from './read-catalogue-files';

const taxonomyText = JSON.stringify(taxonomyJson);
const methodsText = JSON.stringify([makeRawMethod({ id: 'alpha' }), makeRawMethod({ id: 'beta' })]);
const bib = readFileSync('examples/keyworded-bibtex/refs.bib', 'utf8');

describe('readCatalogueFiles()', () => {
  it('opens a JSON pair whatever the files are called, telling them apart by shape', () => {
    const result = readCatalogueFiles([
      { name: 'mine-methods.json', text: methodsText },
      { name: 'mine-taxonomy.json', text: taxonomyText },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.methods.map((method) => method.id)).toEqual(['alpha', 'beta']);
    expect(result.name).toBe('mine-methods.json + mine-taxonomy.json');
    expect(result.inferred).toBe(false);
  });

  it("names the reader's own files in the problems of a JSON pair, and refuses all of it", () => {
    const broken = JSON.stringify([
      makeRawMethod({ id: 'alpha' }),
      { ...makeRawMethod({ id: 'beta' }), year: 'soon' },
    ]);
    const result = readCatalogueFiles([
      { name: 't.json', text: taxonomyText },
      { name: 'm.json', text: broken },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(
      expect.objectContaining({ file: 'm.json', entry: 'beta', field: 'year' }),
    );
  });

  it('says which file is not JSON', () => {
    const result = readCatalogueFiles([
      { name: 't.json', text: '{ "paradigms": [' },
      { name: 'm.json', text: methodsText },
    ]);
    expect(result).toMatchObject({ ok: false, problems: [{ file: 't.json', entry: '' }] });
  });

  it('asks for the other half of a JSON pair', () => {
    const result = readCatalogueFiles([{ name: 'm.json', text: methodsText }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.message).toMatch(/needs two files/);
  });

  it('opens a keyworded BibTeX file with an inferred taxonomy and keeps what it could not map as notes', () => {
    const result = readCatalogueFiles([{ name: 'refs.bib', text: bib }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.methods).toHaveLength(3);
    expect(result.inferred).toBe(true);
    expect(result.taxonomy.dimensions.map((d) => d.key).sort()).toEqual([
      'alignment',
      'format',
      'location',
      'operator',
    ]);
    expect(result.notes.map((note) => note.entry)).toEqual([
      'lester2021power (line 14)',
      'elsayed2019adversarial (line 25)',
    ]);
  });

  it('refuses a BibTeX file with an unlabelled entry, naming the entry, its line and the field', () => {
    const text = `${bib}\n@misc{nolabels, title = {No Labels}, year = {2020}, doi = {10.5555/x}}\n`;
    const line = text.slice(0, text.indexOf('@misc')).split('\n').length;
    const result = readCatalogueFiles([{ name: 'broken.bib', text }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        file: 'broken.bib',
        entry: `nolabels (line ${line})`,
        field: 'paradigm',
      }),
    );
  });

  it('refuses a file that is neither BibTeX nor JSON', () => {
    const result = readCatalogueFiles([{ name: 'notes.txt', text: 'hello' }]);
    expect(result).toMatchObject({ ok: false, problems: [{ file: 'notes.txt' }] });
  });
});

describe('readCatalogueFiles() refusals', () => {
  const problemsOf = (files: { name: string; text: string }[]) => {
    const result = readCatalogueFiles(files);
    return result.ok
      ? []
      : result.problems.map((p) => `${p.file}|${p.entry}|${p.field}|${p.message}`);
  };
  const pair = [
    { name: 't.json', text: taxonomyText },
    { name: 'm.json', text: methodsText },
  ];

  it('tells files apart by their whole extension, in any case', () => {
    expect(problemsOf([...pair, { name: 'refs.bib.bak', text: bib }])).toEqual([
      'refs.bib.bak|||is neither a .bib nor a .json file of a catalogue',
    ]);
    expect(problemsOf([{ name: 'old.json.txt', text: methodsText }, pair[0]!])).toEqual([
      'old.json.txt|||is neither a .bib nor a .json file of a catalogue',
    ]);
    expect(readCatalogueFiles([{ name: 'REFS.BIBTEX', text: bib }]).ok).toBe(true);
    expect(
      readCatalogueFiles([
        { name: 'T.JSON', text: taxonomyText },
        { name: 'm.Json', text: methodsText },
      ]).ok,
    ).toBe(true);
  });

  it('opens one BibTeX file at a time', () => {
    expect(
      problemsOf([
        { name: 'a.bib', text: bib },
        { name: 'b.bib', text: bib },
      ]),
    ).toEqual(['b.bib|||only one BibTeX file can be opened at a time']);
  });

  it('says which file is not JSON, and why', () => {
    const [problem, ...rest] = problemsOf([{ name: 't.json', text: '{' }, pair[1]!]);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^t\.json\|\|\|is not JSON \(.+\)$/);
  });

  it('names the taxonomy file in its own problems, and the methods file in theirs', () => {
    const broken = { ...taxonomyJson, paradigms: [{ code: 'mr', name: 'x', definition: 'y' }] };
    expect(problemsOf([{ name: 'mine.json', text: JSON.stringify(broken) }, pair[1]!])).toEqual([
      'mine.json||paradigms[0].code|must be one to six capitals or digits; got "mr"',
    ]);
  });

  it('refuses a JSON pair whose methods file holds no methods, naming that file', () => {
    expect(problemsOf([pair[0]!, { name: 'empty.json', text: '[]' }])).toEqual([
      'empty.json|||the methods file holds no methods',
    ]);
  });

  it('asks for both halves of a JSON catalogue, naming what it got', () => {
    const message =
      'a JSON catalogue needs two files: the taxonomy (an object) and the methods (an array)';
    expect(problemsOf([pair[0]!])).toEqual([`t.json|||${message}`]);
    expect(problemsOf([pair[1]!, { name: 'n.json', text: methodsText }])).toEqual([
      `m.json, n.json|||${message}`,
    ]);
    expect(problemsOf([])).toEqual([`no file|||${message}`]);
  });

  it('gives a JSON pair no notes', () => {
    const result = readCatalogueFiles(pair);
    expect(result).toMatchObject({ ok: true, inferred: false, notes: [] });
  });
});

describe('readCatalogueFiles() with a BibTeX file', () => {
  it('checks the labels against a taxonomy given beside it', () => {
    const result = readCatalogueFiles([
      { name: 'refs.bib', text: bib },
      { name: 'taxonomy.json', text: taxonomyText },
    ]);
    expect(result).toMatchObject({ ok: true, inferred: false, name: 'refs.bib' });
  });

  it('names the taxonomy file given beside it when that taxonomy is broken', () => {
    const broken = JSON.stringify({ ...taxonomyJson, paradigms: [] });
    const result = readCatalogueFiles([
      { name: 'refs.bib', text: bib },
      { name: 'tax.json', text: broken },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.file)).toEqual(['tax.json']);
  });

  it('refuses a BibTeX file without entries, and reports a broken one by its parser error', () => {
    expect(readCatalogueFiles([{ name: 'empty.bib', text: '% nothing here\n' }])).toEqual({
      ok: false,
      problems: [{ file: 'empty.bib', entry: '', field: '', message: 'holds no BibTeX entries' }],
    });
    const broken = readCatalogueFiles([{ name: 'broken.bib', text: '@misc{x, title = {A}' }]);
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.problems[0]).toMatchObject({ file: 'broken.bib', entry: 'x', field: '' });
  });

  it('names the inferred taxonomy after the BibTeX file when the keywords make a bad one', () => {
    const text = bib.replace('location:embedding', 'location:Embedding Layer');
    const result = readCatalogueFiles([{ name: 'refs.bib', text }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.file)).toContain(
      'refs.bib (inferred taxonomy)',
    );
  });
});
