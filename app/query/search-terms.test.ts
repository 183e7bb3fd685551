import { describe, expect, it } from 'vitest';
import { isPlainSearch, readSearchTerms, toYearRange } from './search-terms';

describe('toYearRange()', () => {
  it('reads a four-digit year from 1800 to 2999 as a one-year range', () => {
    expect(toYearRange('2021')).toEqual([2021, 2021]);
    expect(toYearRange('1800')).toEqual([1800, 1800]);
    expect(toYearRange('1999')).toEqual([1999, 1999]);
    expect(toYearRange('2999')).toEqual([2999, 2999]);
    expect(toYearRange('1799')).toBeNull();
    expect(toYearRange('3000')).toBeNull();
    expect(toYearRange('20211')).toBeNull();
    expect(toYearRange('x2021')).toBeNull();
  });

  it('reads ranges written with a hyphen, an en dash or two dots', () => {
    expect(toYearRange('2019-2021')).toEqual([2019, 2021]);
    expect(toYearRange('2019–2021')).toEqual([2019, 2021]);
    expect(toYearRange('2019..2021')).toEqual([2019, 2021]);
    expect(toYearRange('2021-2021')).toEqual([2021, 2021]);
    expect(toYearRange('..2020')).toEqual([0, 2020]);
    expect(toYearRange('2020..')).toEqual([2020, 9999]);
  });

  it('reads no range from a dash alone, another separator, or a year out of bounds', () => {
    expect(toYearRange('-')).toBeNull();
    expect(toYearRange('..')).toBeNull();
    expect(toYearRange('2019/2021')).toBeNull();
    expect(toYearRange('2019-3021')).toBeNull();
    expect(toYearRange('x2019-2021')).toBeNull();
    expect(toYearRange('2019-2021x')).toBeNull();
    expect(toYearRange('')).toBeNull();
  });
});

describe('readSearchTerms()', () => {
  it('reads the field aliases, whatever their case', () => {
    expect(
      readSearchTerms('au:a authors:b AUTHOR:c ti:d Title:e source:f venue:g name:h').terms,
    ).toEqual([
      { field: 'author', words: ['a'], phrase: false },
      { field: 'author', words: ['b'], phrase: false },
      { field: 'author', words: ['c'], phrase: false },
      { field: 'title', words: ['d'], phrase: false },
      { field: 'title', words: ['e'], phrase: false },
      { field: 'venue', words: ['f'], phrase: false },
      { field: 'venue', words: ['g'], phrase: false },
      { field: 'name', words: ['h'], phrase: false },
    ]);
  });

  it('reads an unquoted fielded value of several words as one term per word', () => {
    expect(readSearchTerms('title:Prefix-Tuning').terms).toEqual([
      { field: 'title', words: ['prefix'], phrase: false },
      { field: 'title', words: ['tuning'], phrase: false },
    ]);
  });

  it('reads a quoted fielded value as a phrase only when it has two words or more', () => {
    expect(readSearchTerms('title:"Visual"').terms).toEqual([
      { field: 'title', words: ['visual'], phrase: false },
    ]);
    expect(readSearchTerms('author:"Li, Xiang"').terms).toEqual([
      { field: 'author', words: ['li', 'xiang'], phrase: true },
    ]);
    // An unclosed quote runs to the end of the text.
    expect(readSearchTerms('title:"visual prompt').terms).toEqual([
      { field: 'title', words: ['visual', 'prompt'], phrase: true },
    ]);
  });

  it('ignores a fielded value without words, unless nothing was typed after the colon', () => {
    expect(readSearchTerms('title:').ignored).toEqual([]);
    expect(readSearchTerms('title:').terms).toEqual([]);
    expect(readSearchTerms('title:"" venue:- name:"  "')).toEqual({
      terms: [],
      ignored: ['title:""', 'venue:-', 'name:"  "'],
    });
  });

  it('reads a year field as a range, quoted or not, and ignores one that is no year', () => {
    expect(readSearchTerms('year:2020 year:"2021-2022" year:..2019').terms).toEqual([
      { field: 'year', words: [], phrase: false, years: [2020, 2020] },
      { field: 'year', words: [], phrase: false, years: [2021, 2022] },
      { field: 'year', words: [], phrase: false, years: [0, 2019] },
    ]);
    expect(readSearchTerms('year:" 2020 "').terms).toEqual([
      { field: 'year', words: [], phrase: false, years: [2020, 2020] },
    ]);
    expect(readSearchTerms('year: 2020')).toEqual({
      terms: [{ field: 'year', words: [], phrase: false, years: [2020, 2020] }],
      ignored: ['year:'],
    });
  });

  it('reads a quoted phrase as one term, a single quoted word as no phrase, empty quotes as nothing', () => {
    expect(readSearchTerms('"Prompt Tuning" "cocoop" ""')).toEqual({
      terms: [
        { field: 'any', words: ['prompt', 'tuning'], phrase: true },
        { field: 'any', words: ['cocoop'], phrase: false },
      ],
      ignored: [],
    });
  });

  it('reads a bare year range as a year term and other bare text as words', () => {
    expect(readSearchTerms('2021..2023 Prefix-Tuning').terms).toEqual([
      { field: 'year', words: [], phrase: false, years: [2021, 2023] },
      { field: 'any', words: ['prefix'], phrase: false },
      { field: 'any', words: ['tuning'], phrase: false },
    ]);
  });

  it('reads an unknown field as plain words, the field name included', () => {
    expect(readSearchTerms('doi:10.5555').terms).toEqual([
      { field: 'any', words: ['doi'], phrase: false },
      { field: 'any', words: ['10'], phrase: false },
      { field: 'any', words: ['5555'], phrase: false },
    ]);
  });
});

describe('isPlainSearch()', () => {
  it('is true only for unquoted words without a field', () => {
    expect(isPlainSearch(readSearchTerms('graph prompt'))).toBe(true);
    expect(isPlainSearch(readSearchTerms('"graph"'))).toBe(true);
    expect(isPlainSearch(readSearchTerms('"graph prompt"'))).toBe(false);
    expect(isPlainSearch(readSearchTerms('graph title:prompt'))).toBe(false);
    expect(isPlainSearch(readSearchTerms('graph 2021'))).toBe(false);
  });
});
