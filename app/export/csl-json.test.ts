import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { formatCslJson, toCslItem, toCslItems } from './csl-json';

const conference = makeMethod({
  id: 'vpt',
  title: 'Visual Prompt Tuning',
  authors: ['Jia, Menglin', 'Le Bras, Ronan'],
  year: 2022,
  venue: 'ECCV',
  arxiv: '2203.12119',
  doi: '10.1007/978-3-031-19827-4_41',
  url: 'https://arxiv.org/abs/2203.12119',
  pages: '709--727',
  paradigm: 'PT',
  format: ['learnable'],
  location: ['embedding', 'hidden'],
  operator: ['concatenative'],
  alignment: ['linear'],
  modalities: ['vision'],
  summary: 'Prepends learned tokens.',
});
const journal = makeMethod({
  id: 'r2dl',
  title: 'Reprogramming',
  authors: ['Vinod, Ria'],
  year: 2025,
  venue: 'Digital Discovery',
  doi: '10.1039/d5dd00001a',
  url: 'https://doi.org/10.1039/d5dd00001a',
  volume: '4',
  number: '6',
  pages: '1591--1601',
  publisher: 'Royal Society of Chemistry',
  paradigm: 'MR',
  format: ['learnable'],
  location: ['input'],
  operator: ['additive', 'parametric'],
  alignment: ['statistical'],
  modalities: ['language', 'graph'],
  summary: 'Reprograms a language model for molecules.',
});
const preprint = makeMethod({
  id: 'pre',
  title: 'A Preprint',
  authors: ['OpenAI Team'],
  year: 2023,
  venue: 'arXiv',
  arxiv: '2308.10248',
  doi: undefined,
  url: 'https://arxiv.org/abs/2308.10248',
});
const elsewhere = makeMethod({ id: 'elsewhere', venue: 'Some Workshop 2024', doi: undefined });
const catalogue = makeTestCatalogue([conference, journal, preprint, elsewhere]);

describe('toCslItem()', () => {
  it('writes a conference paper as paper-conference under the venue full name, DOI kept', () => {
    expect(toCslItem(conference, 'jia2022visual', catalogue)).toEqual({
      id: 'jia2022visual',
      type: 'paper-conference',
      title: 'Visual Prompt Tuning',
      author: [
        { family: 'Jia', given: 'Menglin' },
        { family: 'Le Bras', given: 'Ronan' },
      ],
      issued: { 'date-parts': [[2022]] },
      'container-title': 'European Conference on Computer Vision',
      page: '709--727',
      DOI: '10.1007/978-3-031-19827-4_41',
      URL: 'https://arxiv.org/abs/2203.12119',
      abstract: 'Prepends learned tokens.',
      keyword:
        'paradigm:PT,format:learnable,location:embedding,location:hidden,operator:concatenative,alignment:linear,modality:vision',
    });
  });

  it('writes a journal paper as article-journal with volume, issue, pages and publisher', () => {
    expect(toCslItem(journal, 'vinod2025reprogramming', catalogue)).toEqual({
      id: 'vinod2025reprogramming',
      type: 'article-journal',
      title: 'Reprogramming',
      author: [{ family: 'Vinod', given: 'Ria' }],
      issued: { 'date-parts': [[2025]] },
      'container-title': 'Digital Discovery',
      volume: '4',
      issue: '6',
      page: '1591--1601',
      publisher: 'Royal Society of Chemistry',
      DOI: '10.1039/d5dd00001a',
      URL: 'https://doi.org/10.1039/d5dd00001a',
      abstract: 'Reprograms a language model for molecules.',
      keyword:
        'paradigm:MR,format:learnable,location:input,operator:additive,operator:parametric,alignment:statistical,modality:language,modality:graph',
    });
  });

  it('writes a preprint without a DOI as an article numbered by its arXiv id', () => {
    const item = toCslItem(preprint, 'k', catalogue);
    expect(item.type).toBe('article');
    expect(item['container-title']).toBe('arXiv preprint');
    expect(item.number).toBe('arXiv:2308.10248');
    expect(item).not.toHaveProperty('DOI');
    expect(item).not.toHaveProperty('volume');
    expect(item).not.toHaveProperty('issue');
    expect(item).not.toHaveProperty('page');
    expect(item).not.toHaveProperty('publisher');
  });

  it('keeps a name without a comma whole as the family name', () => {
    expect(toCslItem(preprint, 'k', catalogue).author).toEqual([
      { family: 'OpenAI Team', given: '' },
    ]);
  });

  it('names a venue the taxonomy does not know as written, and types it as an article', () => {
    const item = toCslItem(elsewhere, 'k', catalogue);
    expect(item.type).toBe('article');
    expect(item['container-title']).toBe('Some Workshop 2024');
    expect(item).not.toHaveProperty('number');
  });
});

describe('toCslItems()', () => {
  it('keys the items like the BibTeX export, in the order given', () => {
    const twin = (id: string) =>
      makeMethod({ id, authors: ['Zhou, Kaiyang'], year: 2022, title: 'Learning to Prompt' });
    const twins = makeTestCatalogue([twin('coop'), twin('cocoop')]);
    expect(toCslItems(twins.methods, twins).map((item) => item.id)).toEqual([
      'zhou2022learningb',
      'zhou2022learninga',
    ]);
  });

  it('refuses a method that is not in the catalogue, naming it', () => {
    expect(() => toCslItems([makeMethod({ id: 'stranger' })], catalogue)).toThrow(
      'toCslItems: "stranger" is not in the catalogue',
    );
  });
});

describe('formatCslJson()', () => {
  it('pretty-prints the items with two spaces and ends with a newline', () => {
    const text = formatCslJson([preprint], catalogue);
    expect(
      text.startsWith('[\n  {\n    "id": "openaiteam2023preprint",\n    "type": "article",\n'),
    ).toBe(true);
    expect(text.endsWith('\n]\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(toCslItems([preprint], catalogue));
    expect(formatCslJson([], catalogue)).toBe('[]\n');
  });
});
