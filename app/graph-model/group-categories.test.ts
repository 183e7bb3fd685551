import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeFullBitset } from '../query/bitset';
import { EMPTY_FILTERS } from '../query/filter-state';
import {
  SEVERAL_VALUES,
  countByYearAndGroup,
  listGroupCategories,
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

describe('countByYearAndGroup()', () => {
  it('counts every year of the extent, empty years included, and adds up to the methods', () => {
    const rows = countByYearAndGroup(catalogue, makeFullBitset(6), 'paradigm');
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
    const rows = countByYearAndGroup(catalogue, visible, 'location');
    // beta (embedding + hidden) and delta (hidden), both 2021.
    expect(rows.find((row) => row.year === 2021)!.counts).toEqual([0, 0, 1, 1]);
    expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe(2);
  });
});
