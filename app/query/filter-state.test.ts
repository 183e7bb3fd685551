import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import {
  EMPTY_FILTERS,
  isAxisKey,
  isDimensionKey,
  isUnfiltered,
  toMethodValues,
} from './filter-state';

const catalogue = makeFixtureCatalogue();
const method = (id: string) => catalogue.methods[catalogue.indexOf.get(id)!]!;

describe('toMethodValues()', () => {
  it('reads every facet and axis of a method, several values for a multi-valued dimension', () => {
    const epsilon = method('epsilon');
    expect(toMethodValues(epsilon, 'paradigm')).toEqual(['MR']);
    expect(toMethodValues(epsilon, 'modality')).toEqual(['time-series']);
    expect(toMethodValues(epsilon, 'venue')).toEqual(['ICLR']);
    expect(toMethodValues(epsilon, 'scope')).toEqual(['core']);
    expect(toMethodValues(epsilon, 'year')).toEqual(['2023']);
    expect(toMethodValues(epsilon, 'format')).toEqual(['learnable']);
    expect(toMethodValues(epsilon, 'location')).toEqual(['input', 'embedding']);
    expect(toMethodValues(epsilon, 'operator')).toEqual(['parametric']);
    expect(toMethodValues(epsilon, 'alignment')).toEqual(['linear']);
    expect(toMethodValues(method('zeta'), 'scope')).toEqual(['boundary']);
  });
});

describe('isDimensionKey() and isAxisKey()', () => {
  it('accept the four dimensions, and the matrix axes', () => {
    for (const key of ['format', 'location', 'operator', 'alignment']) {
      expect(isDimensionKey(key), key).toBe(true);
      expect(isAxisKey(key), key).toBe(true);
    }
    for (const key of ['paradigm', 'modality', 'year']) {
      expect(isDimensionKey(key), key).toBe(false);
      expect(isAxisKey(key), key).toBe(true);
    }
    for (const key of ['venue', 'scope', 'Format', '']) expect(isAxisKey(key), key).toBe(false);
  });
});

describe('isUnfiltered()', () => {
  it('is true for no clause, empty facet lists and a one-letter search', () => {
    expect(isUnfiltered(EMPTY_FILTERS)).toBe(true);
    expect(isUnfiltered({ ...EMPTY_FILTERS, facets: { location: [], paradigm: undefined } })).toBe(
      true,
    );
    expect(isUnfiltered({ ...EMPTY_FILTERS, search: '  p  ' })).toBe(true);
  });

  it('is false as soon as one clause narrows the catalogue', () => {
    expect(isUnfiltered({ ...EMPTY_FILTERS, facets: { location: [], paradigm: ['PT'] } })).toBe(
      false,
    );
    expect(isUnfiltered({ ...EMPTY_FILTERS, years: [2020, 2021] })).toBe(false);
    expect(isUnfiltered({ ...EMPTY_FILTERS, posted: [2020, 2021] })).toBe(false);
    expect(isUnfiltered({ ...EMPTY_FILTERS, search: 'pt' })).toBe(false);
    expect(
      isUnfiltered({
        ...EMPTY_FILTERS,
        cell: { rowAxis: 'location', rowValue: 'input', colAxis: 'paradigm', colValue: 'MR' },
      }),
    ).toBe(false);
  });
});
