import { describe, expect, it } from 'vitest';
import { makeMethod } from '../testing/make-method';
import { formatProblem } from './catalogue-problem';
import { checkCatalogueRules, isPostedAfter, toFirstPosted } from './catalogue-rules';

const onArxiv = (id: string, arxiv: string, year: number, cites: string[] = [], note?: string) =>
  makeMethod({
    id,
    arxiv,
    year,
    doi: undefined,
    cites: cites.map((cited) => ({ id: cited, basis: 'recalled' as const, note })),
  });
const problemsOf = (...methods: ReturnType<typeof makeMethod>[]) =>
  checkCatalogueRules(methods, 'data/methods.json').problems.map(formatProblem);

describe('toFirstPosted()', () => {
  it('reads year and month from a new-style arXiv id', () => {
    expect(toFirstPosted({ arxiv: '2308.10248', year: 2024 })).toEqual({ year: 2023, month: 8 });
  });

  it('knows only the year of a paper without an arXiv id', () => {
    expect(toFirstPosted({ arxiv: undefined, year: 2021 })).toEqual({ year: 2021, month: null });
  });

  it('keeps an earlier venue year over a later arXiv posting', () => {
    expect(toFirstPosted({ arxiv: '2001.00001', year: 2019 })).toEqual({ year: 2019, month: null });
  });
});

describe('isPostedAfter()', () => {
  it.each([
    [{ year: 2023, month: 10 }, { year: 2023, month: 8 }, true],
    [{ year: 2023, month: 8 }, { year: 2023, month: 8 }, false],
    [{ year: 2023, month: 1 }, { year: 2022, month: 12 }, true],
    [{ year: 2022, month: 12 }, { year: 2023, month: 1 }, false],
    [{ year: 2023, month: null }, { year: 2023, month: 1 }, false],
    [{ year: 2024, month: null }, { year: 2023, month: 12 }, true],
  ])('%o after %o is %s', (cited, citing, expected) => {
    expect(isPostedAfter(cited, citing)).toBe(expected);
  });
});

describe('checkCatalogueRules() chronology', () => {
  it('rejects a cite of a paper posted two months later in the same year', () => {
    expect(
      problemsOf(
        onArxiv('actadd', '2308.10248', 2023, ['repe']),
        onArxiv('repe', '2310.01405', 2023),
      ),
    ).toEqual([
      'data/methods.json, entry "actadd", field "cites[0].id": cites "repe", first posted 2023-10, after this method (first posted 2023-08); add a "note" saying which later version of this paper cites it, or remove the cite',
    ]);
  });

  it('accepts that cite when a note says a later version makes it', () => {
    expect(
      problemsOf(
        onArxiv('actadd', '2308.10248', 2023, ['repe'], 'The 2024 version cites RepE.'),
        onArxiv('repe', '2310.01405', 2023),
      ),
    ).toEqual([]);
  });

  it('accepts a cite of a paper posted earlier in the same month', () => {
    expect(
      problemsOf(onArxiv('b', '2310.09999', 2023, ['a']), onArxiv('a', '2310.00001', 2023)),
    ).toEqual([]);
  });

  it('drops a rejected cite from the kept entries but keeps the entry', () => {
    const { kept } = checkCatalogueRules(
      [onArxiv('early', '2201.00001', 2022, ['late']), onArxiv('late', '2205.00001', 2022)],
      'data/methods.json',
    );
    expect(kept.map((method) => [method.id, method.cites.length])).toEqual([
      ['early', 0],
      ['late', 0],
    ]);
  });
});

const FILE = 'data/methods.json';
const lines = (methods: Parameters<typeof checkCatalogueRules>[0]) =>
  checkCatalogueRules(methods, FILE).problems.map(formatProblem);

describe('checkCatalogueRules()', () => {
  it('lets a paper known only by its year cite one first posted that year, not one posted later', () => {
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
      'data/methods.json, entry "too-early", field "cites[0].id": cites "cited", first posted 2022-12, after this method (first posted 2021); add a "note" saying which later version of this paper cites it, or remove the cite',
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
            fit: 'exact',
            departures: [departs('location', ['embedding', 'input']), departs('paradigm', ['MR'])],
          },
        }),
        makeMethod({
          id: 'differs',
          paradigm: 'PT',
          labels: { source: 'authors', fit: 'exact', departures: [departs('paradigm', ['MR'])] },
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

describe('checkCatalogueRules() titles and departures', () => {
  it('takes titles that differ only in punctuation and spacing as the same title', () => {
    const problems = checkCatalogueRules(
      [
        makeMethod({ id: 'a', title: 'Prompt Tuning: A Survey' }),
        makeMethod({ id: 'b', title: 'prompt tuning -- a  survey' }),
        makeMethod({ id: 'c', title: 'PromptTuning: A Survey' }),
      ],
      'm.json',
    ).problems;
    expect(problems.map((problem) => `${problem.entry} ${problem.message}`)).toEqual([
      'b repeats the title of "a"',
    ]);
  });

  it('accepts a departure that lists the held values in another order', () => {
    const method = makeMethod({
      id: 'x',
      location: ['embedding', 'hidden'],
      labels: {
        source: 'authors',
        fit: 'exact',
        departures: [
          { field: 'location', authors: ['input'], atlas: ['hidden', 'embedding'], reason: 'R.' },
        ],
      },
    });
    expect(checkCatalogueRules([method], 'm.json').problems).toEqual([]);
  });
});
