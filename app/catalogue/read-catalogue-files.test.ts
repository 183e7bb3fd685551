import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import taxonomyJson from '../../data/taxonomy.json';
import { makeMethod } from '../testing/make-method';
import { readCatalogueFiles } from './read-catalogue-files';

const taxonomyText = JSON.stringify(taxonomyJson);
const methodsText = JSON.stringify([makeMethod({ id: 'alpha' }), makeMethod({ id: 'beta' })]);
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
      makeMethod({ id: 'alpha' }),
      { ...makeMethod({ id: 'beta' }), year: 'soon' },
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
