import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeFullBitset } from '../query/bitset';
import { EMPTY_FILTERS } from '../query/filter-state';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import {
  OTHER_VALUES,
  SEVERAL_VALUES,
  countByPostedYearAndGroup,
  listGroupCategories,
  makeStackCategoriser,
  toCumulativeCounts,
  toGroupCategory,
} from './group-categories';
import { runQuery } from '../query/run-query';

const catalogue = makeFixtureCatalogue();
const method = (id: string) => catalogue.methods[catalogue.indexOf.get(id)!]!;

describe('toGroupCategory()', () => {
  it('puts a method holding two values of a dimension in "several"', () => {
    expect(toGroupCategory(method('beta'), 'location')).toBe(SEVERAL_VALUES);
    expect(toGroupCategory(method('alpha'), 'location')).toBe('input');
    expect(toGroupCategory(method('beta'), 'paradigm')).toBe('PT');
  });
});

describe('listGroupCategories()', () => {
  it('lists paradigms in taxonomy order, without "several"', () => {
    expect(listGroupCategories(catalogue, 'paradigm').map((c) => c.value)).toEqual([
      'MR',
      'PT',
      'PI',
    ]);
  });

  it('adds "Two or more" last when some method holds several values', () => {
    expect(listGroupCategories(catalogue, 'location').map((c) => c.value)).toEqual([
      'input',
      'embedding',
      'hidden',
      SEVERAL_VALUES,
    ]);
    expect(listGroupCategories(catalogue, 'alignment').map((c) => c.value)).not.toContain(
      SEVERAL_VALUES,
    );
  });
});

/** Methods holding these modalities: five alone in four kinds and three rarer ones, and two held together. */
const modal = makeTestCatalogue(
  [
    ['language'],
    ['language'],
    ['language'],
    ['vision'],
    ['vision'],
    ['graph'],
    ['graph'],
    ['code'],
    ['audio'],
    ['tabular'],
    ['audio', 'language'],
  ].map((modalities, i) => makeMethod({ id: `m${i}`, modalities })),
);

describe('stacking by modality', () => {
  it('keeps the four modalities most methods hold alone, in taxonomy order, then other, then several', () => {
    // audio, code and tabular tie on one method each: audio comes first in the taxonomy.
    expect(listGroupCategories(modal, 'modality').map((c) => c.value)).toEqual([
      'vision',
      'language',
      'audio',
      'graph',
      OTHER_VALUES,
      SEVERAL_VALUES,
    ]);
  });

  it('puts each method in its one modality, "other" or "several", and counts add up', () => {
    const categoryOf = makeStackCategoriser(modal, 'modality');
    expect(modal.methods.map(categoryOf)).toEqual([
      'language',
      'language',
      'language',
      'vision',
      'vision',
      'graph',
      'graph',
      OTHER_VALUES,
      'audio',
      OTHER_VALUES,
      SEVERAL_VALUES,
    ]);
    const [row] = countByPostedYearAndGroup(modal, makeFullBitset(11), 'modality');
    expect(row!.counts).toEqual([2, 3, 1, 2, 2, 1]);
    expect(row!.total).toBe(11);
  });

  it('has no "other" or "several" when nothing falls in them', () => {
    expect(listGroupCategories(catalogue, 'modality').map((c) => c.value)).toEqual([
      'vision',
      'language',
      'vision-language',
      'time-series',
    ]);
  });
});

describe('countByPostedYearAndGroup()', () => {
  it('counts a method in the year it was first posted, not its venue year', () => {
    const dated = makeTestCatalogue([
      makeMethod({ id: 'coop', year: 2022, arxiv: '2109.01134', paradigm: 'PT' }),
      makeMethod({ id: 'clip-adapter', year: 2021, arxiv: '2110.04544', paradigm: 'PT' }),
      makeMethod({ id: 'venue-only', year: 2023, paradigm: 'MR' }),
    ]);
    const rows = countByPostedYearAndGroup(dated, makeFullBitset(3), 'paradigm');
    expect(rows.map((row) => [row.year, row.counts])).toEqual([
      [2021, [0, 2, 0]],
      [2022, [0, 0, 0]],
      [2023, [1, 0, 0]],
    ]);
  });

  it('counts every year of the extent, empty years included, and adds up to the methods', () => {
    const rows = countByPostedYearAndGroup(catalogue, makeFullBitset(6), 'paradigm');
    expect(rows.map((row) => [row.year, row.total])).toEqual([
      [2019, 1],
      [2020, 0],
      [2021, 2],
      [2022, 1],
      [2023, 1],
      [2024, 1],
    ]);
    expect(rows.find((row) => row.year === 2021)!.counts).toEqual([0, 2, 0]);
  });

  it('counts only the methods of the set it is given', () => {
    const { visible } = runQuery(
      catalogue,
      { ...EMPTY_FILTERS, facets: { location: ['hidden'] } },
      null,
    );
    const rows = countByPostedYearAndGroup(catalogue, visible, 'location');
    // beta (embedding + hidden) and delta (hidden), both 2021.
    expect(rows.find((row) => row.year === 2021)!.counts).toEqual([0, 0, 1, 1]);
    expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe(2);
  });
});

describe('toCumulativeCounts()', () => {
  it('adds every year to the years before it, per category and in total', () => {
    const rows = [
      { year: 2020, counts: [1, 0], total: 1 },
      { year: 2021, counts: [0, 0], total: 0 },
      { year: 2022, counts: [2, 3], total: 5 },
    ];
    expect(toCumulativeCounts(rows)).toEqual([
      { year: 2020, counts: [1, 0], total: 1 },
      { year: 2021, counts: [1, 0], total: 1 },
      { year: 2022, counts: [3, 3], total: 6 },
    ]);
    expect(rows[2]!.counts).toEqual([2, 3]);
  });
});
