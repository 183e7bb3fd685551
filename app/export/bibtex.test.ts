import { describe, expect, it } from 'vitest';
import { loadTestTaxonomy, makeMethod, makeTestCatalogue } from '../testing/make-method';
import { readBibtex } from '../testing/read-bibtex';
import { formatBibtex, formatBibtexEntry, toBibtexEntryType, toBibtexHowPublished } from './bibtex';

const taxonomy = loadTestTaxonomy();

describe('formatBibtexEntry()', () => {
  it('writes a conference paper as @inproceedings, fields in a fixed order', () => {
    const method = makeMethod({
      id: 'vpt',
      title: 'Visual Prompt Tuning',
      authors: ['Jia, Menglin', 'Tang, Luming'],
      year: 2022,
      venue: 'ECCV',
      arxiv: '2203.12119',
      doi: '10.1007/978-3-031-19827-4_41',
      url: 'https://arxiv.org/abs/2203.12119',
      pages: '709--727',
    });
    expect(formatBibtexEntry(method, 'jia2022visual', taxonomy)).toBe(
      [
        '@inproceedings{jia2022visual,',
        '  title = {Visual Prompt Tuning},',
        '  author = {Jia, Menglin and Tang, Luming},',
        '  booktitle = {European Conference on Computer Vision},',
        '  pages = {709--727},',
        '  year = {2022},',
        '  doi = {10.1007/978-3-031-19827-4_41},',
        '  eprint = {2203.12119},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2203.12119}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes a workshop paper as @inproceedings in the workshop', () => {
    const [entry] = readBibtex(
      formatBibtexEntry(makeMethod({ id: 'w', venue: 'ACL Workshop' }), 'k', taxonomy),
    );
    expect(entry?.type).toBe('inproceedings');
    expect(entry?.fields.booktitle).toBe('ACL Workshops');
    expect(entry?.fields.journal).toBeUndefined();
  });

  it('writes a journal paper as @article with volume, number, pages and publisher', () => {
    const method = makeMethod({
      id: 'r2dl',
      venue: 'Digital Discovery',
      volume: '4',
      number: '6',
      pages: '1591--1601',
      publisher: 'Royal Society of Chemistry',
    });
    const [entry] = readBibtex(formatBibtexEntry(method, 'k', taxonomy));
    expect(entry?.type).toBe('article');
    expect(entry?.fields).toMatchObject({
      journal: 'Digital Discovery',
      volume: '4',
      number: '6',
      publisher: ['Royal Society of Chemistry'],
    });
    expect(entry?.fields.booktitle).toBeUndefined();
    expect(formatBibtexEntry(method, 'k', taxonomy)).toContain('  pages = {1591--1601},\n');
  });

  it('writes an arXiv preprint as @misc that classic styles print with its identifier', () => {
    const method = makeMethod({
      id: 'p',
      title: 'Prompt Me',
      authors: ['Doe, Jane'],
      year: 2023,
      venue: 'arXiv',
      arxiv: '2308.10248',
      doi: undefined,
      url: 'https://arxiv.org/abs/2308.10248',
    });
    const text = formatBibtexEntry(method, 'doe2023prompt', taxonomy);
    // plain, abbrv, unsrt, alpha and plainnat print author, title, howpublished and year
    // of a @misc and skip eprint; biblatex reads eprint with archivePrefix.
    expect(text).toBe(
      [
        '@misc{doe2023prompt,',
        '  title = {Prompt Me},',
        '  author = {Doe, Jane},',
        '  howpublished = {arXiv preprint arXiv:2308.10248},',
        '  year = {2023},',
        '  eprint = {2308.10248},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2308.10248}',
        '}',
        '',
      ].join('\n'),
    );
    const [entry] = readBibtex(text);
    expect(entry?.type).toBe('misc');
    expect(entry?.fields).toMatchObject({
      howpublished: 'arXiv preprint arXiv:2308.10248',
      eprint: '2308.10248',
      archiveprefix: 'arXiv',
    });
    expect(text).not.toMatch(/booktitle|journal|note|primaryClass|doi/);
  });

  it('names the arXiv identifier only for preprints, never for a published paper', () => {
    const published = makeMethod({ id: 'c', venue: 'ICLR', arxiv: '2110.07602' });
    expect(formatBibtexEntry(published, 'k', taxonomy)).not.toContain('howpublished');
    expect(toBibtexHowPublished(published, taxonomy)).toBeUndefined();
    const journal = makeMethod({ id: 'j', venue: 'Digital Discovery', arxiv: '2110.07602' });
    expect(toBibtexHowPublished(journal, taxonomy)).toBeUndefined();
  });

  it('gives the preprint venue by name when there is no arXiv identifier', () => {
    const method = makeMethod({ id: 'p', venue: 'arXiv', arxiv: undefined, doi: '10.5555/p' });
    expect(formatBibtexEntry(method, 'k', taxonomy)).toContain(
      '  howpublished = {arXiv preprint},\n',
    );
  });

  it('recognises arXiv written as a venue the taxonomy does not list', () => {
    const bare = { ...taxonomy, venues: taxonomy.venues.filter((v) => v.code !== 'arXiv') };
    const method = makeMethod({ id: 'p', venue: 'ArXiv', arxiv: '2101.00001', doi: undefined });
    expect(toBibtexEntryType(method, bare)).toBe('misc');
    expect(toBibtexHowPublished(method, bare)).toBe('arXiv preprint arXiv:2101.00001');
    const other = makeMethod({ id: 'q', venue: 'OpenReview', arxiv: '2101.00001' });
    expect(toBibtexHowPublished(other, bare)).toBe('OpenReview');
  });

  it('falls back to @misc with howpublished for a venue the taxonomy does not know', () => {
    const method = makeMethod({ id: 'u', venue: 'Some Venue & Co' });
    expect(toBibtexEntryType(method, taxonomy)).toBe('misc');
    expect(formatBibtexEntry(method, 'k', taxonomy)).toContain(
      '  howpublished = {Some Venue \\& Co},\n',
    );
  });

  it('escapes LaTeX specials in text fields and percent-encodes only what breaks a url', () => {
    const method = makeMethod({
      id: 's',
      title: 'Costs 100% & More: a_b #1 ~ $x^y$ {z} \\o <p>',
      url: 'https://example.org/a{b}$c?d=1&e=50%25#f_g',
    });
    const text = formatBibtexEntry(method, 'k', taxonomy);
    expect(text).toContain(
      '  title = {Costs 100\\% \\& More: a\\_b \\#1 \\textasciitilde{} \\$x\\textasciicircum{}y\\$ \\textbraceleft{}z\\textbraceright{} \\textbackslash{}o \\textless{}p\\textgreater{}},\n',
    );
    expect(text).toContain('  url = {https://example.org/a%7Bb%7D%24c?d=1&e=50%25#f_g}\n');
    expect(readBibtex(text)[0]?.fields.title).toBe(method.title);
  });
});

describe('formatBibtex()', () => {
  const twin = (id: string) =>
    makeMethod({ id, authors: ['Zhou, Kaiyang'], year: 2022, title: 'Learning to Prompt' });
  const catalogue = makeTestCatalogue([twin('coop'), makeMethod({ id: 'vpt' }), twin('cocoop')]);

  it('separates entries with a blank line and ends with a newline', () => {
    const text = formatBibtex(catalogue.methods, catalogue);
    expect(text.split('\n\n@')).toHaveLength(3);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(formatBibtex([], catalogue)).toBe('');
  });

  it('keeps the catalogue-wide key of a method when only some methods are exported', () => {
    const all = readBibtex(formatBibtex(catalogue.methods, catalogue)).map((entry) => entry.key);
    expect(all).toEqual(['zhou2022learningb', 'doe2022study', 'zhou2022learninga']);
    const coop = catalogue.methods.filter((method) => method.id === 'coop');
    expect(readBibtex(formatBibtex(coop, catalogue))[0]?.key).toBe('zhou2022learningb');
  });

  it('refuses a method that is not in the catalogue', () => {
    expect(() => formatBibtex([makeMethod({ id: 'stranger' })], catalogue)).toThrow(/stranger/);
  });
});
