import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { searchMethods } from './search-methods';
import { readSearchTerms, toYearRange } from './search-terms';

const catalogue = makeTestCatalogue([
  makeMethod({
    id: 'vpt',
    name: 'VPT',
    title: 'Visual Prompt Tuning',
    authors: ['Jia, Menglin', 'Tang, Luming'],
    year: 2022,
    venue: 'ECCV',
  }),
  makeMethod({
    id: 'jia-2021',
    name: 'Older',
    title: 'Prompting Before',
    authors: ['Jia, Menglin'],
    year: 2021,
    venue: 'ICCV',
  }),
  makeMethod({
    id: 'given-jia',
    name: 'Given',
    title: 'Prompting for Images',
    authors: ['Wang, Jia'],
    year: 2022,
    venue: 'NeurIPS',
  }),
  makeMethod({
    id: 'weights',
    name: 'Weighty',
    title: 'Prompt Weights Visual Tasks',
    authors: ['Lee, Ann'],
    year: 2023,
    venue: 'ICLR',
    summary: 'Weighs visual prompts.',
  }),
  makeMethod({
    id: 'wei',
    name: 'CoT',
    title: 'Chain of Thought',
    authors: ['Wei, Jason'],
    year: 2022,
    venue: 'NeurIPS',
  }),
  makeMethod({
    id: 'iclr-2023',
    name: 'Rep',
    title: 'Representations',
    authors: ['Doe, Jane'],
    year: 2023,
    venue: 'ICLR',
  }),
]);
const idsFor = (text: string) =>
  searchMethods(catalogue, text)?.ranked.map((position) => catalogue.methods[position]!.id);
const fieldsFor = (text: string, id: string) =>
  searchMethods(catalogue, text)!.fieldsOf(catalogue.indexOf.get(id)!);

describe('readSearchTerms()', () => {
  it('reads bare words, years, fielded words and quoted phrases', () => {
    expect(readSearchTerms('author:Jia 2021-2022 title:"Visual Prompt" cot').terms).toEqual([
      { field: 'author', words: ['jia'], phrase: false },
      { field: 'year', words: [], phrase: false, years: [2021, 2022] },
      { field: 'title', words: ['visual', 'prompt'], phrase: true },
      { field: 'any', words: ['cot'], phrase: false },
    ]);
  });

  it('keeps what it cannot read aside and reads an unknown field as words', () => {
    const parsed = readSearchTerms('year:soon http:x');
    expect(parsed.ignored).toEqual(['year:soon']);
    expect(parsed.terms.map((term) => term.words)).toEqual([['http'], ['x']]);
  });

  it('reads open year ranges', () => {
    expect(toYearRange('2021-')).toEqual([2021, 9999]);
    expect(toYearRange('-2020')).toEqual([0, 2020]);
    expect(toYearRange('2023-2021')).toEqual([2021, 2023]);
    expect(toYearRange('12')).toBeNull();
  });
});

describe('searchMethods() as scholars ask', () => {
  it('matches a four-digit year against the year, with every word required', () => {
    expect(idsFor('jia 2022')).toEqual(['vpt', 'given-jia']);
    expect(idsFor('2023')).toEqual(['weights', 'iclr-2023']);
  });

  it('ranks a family name above the same word as a given name', () => {
    expect(idsFor('jia')?.at(-1)).toBe('given-jia');
    expect(idsFor('jia')).toHaveLength(3);
  });

  it('matches venue acronyms and full venue names', () => {
    expect(idsFor('iclr 2023')?.sort()).toEqual(['iclr-2023', 'weights']);
    expect(idsFor('learning representations')?.sort()).toEqual(['iclr-2023', 'weights']);
  });

  it('does not complete a short word that exists as typed, but completes longer words', () => {
    expect(idsFor('wei')).toEqual(['wei']);
    expect(idsFor('weig')).toEqual(['weights']);
    expect(idsFor('prompt')?.sort()).toEqual(['given-jia', 'jia-2021', 'vpt', 'weights']);
  });

  it('completes a short last word that exists as typed when nothing matches it as typed', () => {
    // Typing "visual prompt weights": at "wei" the word as typed (Wei) leaves no result.
    expect(idsFor('visual prompt wei')).toEqual(['weights']);
    expect(idsFor('chain wei')).toEqual(['wei']);
    expect(idsFor('wei visual')).toEqual([]);
    expect(idsFor('"prompt wei"')).toEqual([]);
  });

  it('uses typo tolerance only for a word nothing starts with', () => {
    expect(idsFor('visul')).toEqual(['vpt', 'weights']);
    // "chain" exists: its near miss "chair" is not there to be tolerated, and "chai" is a prefix.
    expect(idsFor('chai')).toEqual(['wei']);
  });

  it('limits a term to its field', () => {
    expect(idsFor('author:jia')?.sort()).toEqual(['given-jia', 'jia-2021', 'vpt']);
    expect(idsFor('title:jia')).toEqual([]);
    expect(idsFor('venue:eccv')).toEqual(['vpt']);
    expect(idsFor('year:2021-2022 author:menglin')?.sort()).toEqual(['jia-2021', 'vpt']);
    expect(idsFor('author:jia year:2022 venue:eccv title:"visual prompt"')).toEqual(['vpt']);
  });

  it('requires a quoted phrase to appear as written', () => {
    expect(idsFor('"prompt tuning"')).toEqual(['vpt']);
    expect(idsFor('"tuning prompt"')).toEqual([]);
    expect(idsFor('tuning prompt')).toEqual(['vpt']);
    // The last word of a phrase may be completed: "visual prompts" in a summary.
    expect(idsFor('"visual prompt"')?.sort()).toEqual(['vpt', 'weights']);
    expect(idsFor('"weights visual"')).toEqual(['weights']);
  });

  it('says which fields each result matched', () => {
    expect(fieldsFor('jia 2022', 'vpt')).toEqual(['author', 'year']);
    expect(fieldsFor('visual', 'weights')).toEqual(['title', 'summary']);
    expect(fieldsFor('eccv', 'vpt')).toEqual(['venue']);
  });

  it('reports the pieces it ignored', () => {
    expect(searchMethods(catalogue, 'year:soon prompt')?.ignored).toEqual(['year:soon']);
  });
});
