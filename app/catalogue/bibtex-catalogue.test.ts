import { describe, expect, it } from 'vitest';
import { loadTestTaxonomy } from '../testing/make-method';
import { toCatalogueDraft } from './bibtex-catalogue';
import { readBibtexRecords } from './read-bibtex-records';
import { validateCatalogue } from './validate-catalogue';

const labels = 'format:learnable, location:embedding, operator:concatenative, alignment:identity';
const file = `% a comment line
@inproceedings{Jia2022,
  title = {{VPT}: Visual Prompt Tuning},
  author = {Jia, Menglin and {The VPT Team}},
  booktitle = {European Conference on Computer Vision},
  year = {2022},
  eprint = {2203.12119}, archivePrefix = {arXiv},
  keywords = {paradigm:PT, modality:vision, ${labels}, cites:lester2021, vision}
}

@misc{lester2021,
  title = {The Power of Scale for Parameter-Efficient Prompt Tuning},
  author = {Lester, Brian},
  year = {2021},
  eprint = {2104.08691}, archivePrefix = {arXiv},
  keywords = {paradigm:PT, modality:language, ${labels}, location:input},
  abstract = {Soft prompts.}
}
`;

describe('toCatalogueDraft()', () => {
  // Read inside each test, so Stryker's per-test coverage sees which tests reach the reader.
  const readFile = () => readBibtexRecords(file, 'refs.bib');

  it('finds each entry and its line', () => {
    const read = readFile();
    expect(read.problems).toEqual([]);
    expect(read.records.map((record) => [record.key, record.line])).toEqual([
      ['Jia2022', 2],
      ['lester2021', 11],
    ]);
  });

  it('infers a taxonomy from the keywords that the validator accepts', () => {
    const read = readFile();
    const draft = toCatalogueDraft(read.records, 'refs.bib');
    const result = validateCatalogue(draft.taxonomy, draft.methods);
    expect(result.problems).toEqual([]);
    expect(draft.inferred).toBe(true);
    const location = result.taxonomy!.dimensions.find((d) => d.key === 'location')!;
    expect(location.values.map((v) => [v.value, v.code])).toEqual([
      ['embedding', 'EM'],
      ['input', 'IN'],
    ]);
    expect(result.taxonomy!.venues.map((venue) => [venue.code, venue.kind])).toEqual([
      ['European Conference on Computer Vision', 'conference'],
      ['arXiv', 'preprint'],
    ]);
    const [vpt, lester] = result.methods;
    expect(vpt).toMatchObject({ id: 'jia2022', name: 'VPT', authors: ['Jia, Menglin'] });
    expect(vpt!.cites).toEqual([{ id: 'lester2021', basis: 'confirmed' }]);
    expect(lester!.dimensions['location']).toEqual(['embedding', 'input']);
    expect(vpt!.summary).toBe('VPT: Visual Prompt Tuning');
  });

  it('lists by entry, line and field what it could not map', () => {
    const read = readFile();
    const draft = toCatalogueDraft(read.records, 'refs.bib');
    expect(draft.notes.map((note) => `${note.entry} ${note.field}: ${note.message}`)).toEqual([
      'Jia2022 (line 2) key: used as id "jia2022"',
      'Jia2022 (line 2) keywords: "vision" ignored: not written as dimension:value',
      'Jia2022 (line 2) author: "The VPT Team" left out: no given name',
      'Jia2022 (line 2) abstract: missing: the title stands in as the summary',
    ]);
  });

  it('checks labels against a given taxonomy and names unknown prefixes', () => {
    const records = readBibtexRecords(
      file.replace('cites:lester2021', 'colour:red'),
      'refs.bib',
    ).records;
    const draft = toCatalogueDraft(records, 'refs.bib', loadTestTaxonomy());
    expect(draft.inferred).toBe(false);
    expect(draft.notes.map((note) => note.message)).toContain(
      '"colour:red" names no dimension of the taxonomy',
    );
    const result = validateCatalogue(draft.taxonomy, draft.methods);
    expect(result.methods.map((method) => method.venue)).toEqual(['ECCV', 'arXiv']);
  });
});
