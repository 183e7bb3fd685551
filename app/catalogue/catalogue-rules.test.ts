import { describe, expect, it } from 'vitest';
import { makeMethod } from '../testing/make-method';
import { formatProblem } from './catalogue-problem';
import { checkCatalogueRules, toFirstVersionYear, toLastVersionYear } from './catalogue-rules';

const FILE = 'data/methods.json';
const lines = (methods: Parameters<typeof checkCatalogueRules>[0]) =>
  checkCatalogueRules(methods, FILE).problems.map(formatProblem);

describe('toFirstVersionYear()', () => {
  it('reads the year from a new-style arXiv id when it is earlier than the venue year', () => {
    expect(toFirstVersionYear({ arxiv: '2109.01134', year: 2022 })).toBe(2021);
    expect(toFirstVersionYear({ arxiv: '1812.00001', year: 2019 })).toBe(2018);
  });

  it('keeps the venue year when it is the earlier one, or when there is no usable arXiv id', () => {
    expect(toFirstVersionYear({ arxiv: '2301.00001', year: 2022 })).toBe(2022);
    expect(toFirstVersionYear({ arxiv: undefined, year: 2020 })).toBe(2020);
    expect(toFirstVersionYear({ arxiv: 'cs.CL/0101001', year: 2001 })).toBe(2001);
  });
});

describe('toLastVersionYear()', () => {
  it('is the venue year, even for a paper first posted on arXiv years before', () => {
    expect(toLastVersionYear({ arxiv: '1901.00001', year: 2023 })).toBe(2023);
    expect(toLastVersionYear({ arxiv: undefined, year: 2020 })).toBe(2020);
  });
});

describe('checkCatalogueRules()', () => {
  it('lets a paper cite one first posted in its own last year, not one posted later', () => {
    const cited = makeMethod({ id: 'cited', year: 2023, arxiv: '2212.00001' });
    const sameYear = makeMethod({
      id: 'same-year',
      year: 2022,
      cites: [{ id: 'cited', basis: 'recalled' }],
    });
    const tooEarly = makeMethod({
      id: 'too-early',
      year: 2021,
      cites: [{ id: 'cited', basis: 'recalled' }],
    });
    expect(lines([cited, sameYear, tooEarly])).toEqual([
      'data/methods.json, entry "too-early", field "cites[0].id": cites "cited" (first version 2022) although its own last version is from 2021',
    ]);
  });

  it('checks the cites of every entry but a repeated one, and keeps the others whole', () => {
    const first = makeMethod({ id: 'a', title: 'First' });
    const repeat = makeMethod({
      id: 'a',
      title: 'Repeat',
      cites: [{ id: 'ghost', basis: 'recalled' }],
    });
    const citer = makeMethod({ id: 'b', cites: [{ id: 'a', basis: 'confirmed' }] });
    const { problems, kept } = checkCatalogueRules([first, repeat, citer], FILE);
    expect(problems.map(formatProblem)).toEqual([
      'data/methods.json, entry "a", field "id": repeats the id of an earlier entry',
    ]);
    expect(kept).toEqual([first, citer]);
    expect(kept[1]).toBe(citer);
  });

  it('compares a departure with the labels held, in any order, paradigm included', () => {
    const departs = (field: 'paradigm' | 'location', atlas: string[]) => ({
      field,
      authors: ['input'],
      atlas,
      reason: 'Read from the paper.',
    });
    expect(
      lines([
        makeMethod({
          id: 'agrees',
          paradigm: 'MR',
          location: ['input', 'embedding'],
          labels: {
            source: 'authors',
            departures: [departs('location', ['embedding', 'input']), departs('paradigm', ['MR'])],
          },
        }),
        makeMethod({
          id: 'differs',
          paradigm: 'PT',
          labels: { source: 'authors', departures: [departs('paradigm', ['MR'])] },
        }),
      ]),
    ).toEqual([
      'data/methods.json, entry "differs", field "labels.departures[0].atlas": says Atlas holds ["MR"] for paradigm, but the entry holds ["PT"]',
    ]);
  });

  it('names a repeated title after normalising case and punctuation', () => {
    expect(
      lines([
        makeMethod({ id: 'a', title: 'Visual Prompt Tuning' }),
        makeMethod({ id: 'b', title: '  visual prompt-tuning. ' }),
        makeMethod({ id: 'c', title: 'Visual Prompt Tuning 2' }),
      ]),
    ).toEqual(['data/methods.json, entry "b", field "title": repeats the title of "a"']);
  });
});
