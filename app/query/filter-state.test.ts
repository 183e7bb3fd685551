import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import {
  EMPTY_FILTERS,
  getAxisKeys,
  getDefaultAxes,
  getFacetKeys,
  isAxisKey,
  isFacetKey,
  isSinceDate,
  isUnfiltered,
  toMethodValues,
  toValuesAt,
} from './filter-state';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { loadExampleCatalogue } from '../testing/example-catalogue';

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

  it('reads code as yes or no, the label fit and every modality', () => {
    const coded = makeMethod({
      id: 'coded',
      code: 'https://example.org/code',
      labels: { source: 'atlas', fit: 'nearest' },
      modalities: ['vision', 'language'],
    });
    expect(toMethodValues(coded, 'code')).toEqual(['yes']);
    expect(toMethodValues(method('alpha'), 'code')).toEqual(['no']);
    expect(toMethodValues(coded, 'fit')).toEqual(['nearest']);
    expect(toMethodValues(method('alpha'), 'fit')).toEqual(['exact']);
    expect(toMethodValues(coded, 'modality')).toEqual(['vision', 'language']);
  });
});

describe('toValuesAt()', () => {
  it('reads the derived needs for access and data, and the method for the rest', () => {
    const at = (id: string) => catalogue.indexOf.get(id)!;
    // gamma: a fixed prompt at the input; beta: embedding and hidden layers, learnable.
    expect(toValuesAt(catalogue, at('gamma'), 'access')).toEqual(['text']);
    expect(toValuesAt(catalogue, at('gamma'), 'data')).toEqual(['none']);
    expect(toValuesAt(catalogue, at('beta'), 'access')).toEqual(['internals']);
    expect(toValuesAt(catalogue, at('beta'), 'data')).toEqual(['full']);
    expect(toValuesAt(catalogue, at('beta'), 'location')).toEqual(['embedding', 'hidden']);
    expect(toValuesAt(catalogue, at('beta'), 'year')).toEqual(['2021']);
  });

  it('reads nothing at a position past the catalogue', () => {
    const past = catalogue.methods.length;
    expect(toValuesAt(catalogue, past, 'access')).toEqual([]);
    expect(toValuesAt(catalogue, past, 'data')).toEqual([]);
    expect(toValuesAt(catalogue, past, 'location')).toEqual([]);
    expect(toValuesAt(makeTestCatalogue([]), 0, 'paradigm')).toEqual([]);
  });
});

describe('getFacetKeys() and isFacetKey()', () => {
  it('lists the dimensions, then the fixed facets, the derived needs among them, not the year', () => {
    const bundled = makeTestCatalogue([]);
    for (const key of getFacetKeys(bundled)) expect(isFacetKey(bundled, key), key).toBe(true);
    expect(getFacetKeys(bundled)).toEqual([
      'format',
      'location',
      'operator',
      'alignment',
      'paradigm',
      'modality',
      'venue',
      'scope',
      'access',
      'data',
      'code',
      'fit',
    ]);
    for (const key of ['year', 'search', 'Venue', ''])
      expect(isFacetKey(bundled, key), key).toBe(false);
  });

  it('follows another taxonomy: its own dimensions, and no needs it cannot read', () => {
    const example = loadExampleCatalogue();
    expect(getFacetKeys(example)).toEqual([
      'search',
      'form',
      'paradigm',
      'modality',
      'venue',
      'scope',
      'code',
      'fit',
    ]);
    expect(isFacetKey(example, 'location')).toBe(false);
    expect(isFacetKey(example, 'access')).toBe(false);
  });
});

describe('isSinceDate()', () => {
  it('accepts a real YYYY-MM-DD date and nothing else', () => {
    expect(isSinceDate('2026-11-29')).toBe(true);
    expect(isSinceDate('2024-02-29')).toBe(true);
    expect(isSinceDate('2026-02-30')).toBe(false);
    expect(isSinceDate('2026-1-5')).toBe(false);
    expect(isSinceDate('')).toBe(false);
  });
});

describe('getAxisKeys(), isAxisKey() and getDefaultAxes()', () => {
  it('offer the dimensions, paradigm, modality and year as matrix axes', () => {
    const bundled = makeTestCatalogue([]);
    expect(getAxisKeys(bundled)).toEqual([
      'format',
      'location',
      'operator',
      'alignment',
      'paradigm',
      'modality',
      'year',
    ]);
    for (const key of ['venue', 'scope', 'Format', ''])
      expect(isAxisKey(bundled, key), key).toBe(false);
  });

  it("open the matrix on the taxonomy's own axes, else on its first two dimensions", () => {
    expect(getDefaultAxes(makeTestCatalogue([]))).toEqual({ rows: 'location', cols: 'operator' });
    const example = loadExampleCatalogue();
    expect(getAxisKeys(example)).toEqual(['search', 'form', 'paradigm', 'modality', 'year']);
    expect(getDefaultAxes(example)).toEqual({ rows: 'search', cols: 'form' });
    const oneDimension = {
      ...example,
      taxonomy: { ...example.taxonomy, dimensions: example.taxonomy.dimensions.slice(1) },
    };
    expect(getDefaultAxes(oneDimension)).toEqual({ rows: 'form', cols: 'paradigm' });
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
    expect(
      isUnfiltered({
        ...EMPTY_FILTERS,
        finder: { access: 'internals', data: 'full', modality: null },
      }),
    ).toBe(false);
    expect(isUnfiltered({ ...EMPTY_FILTERS, since: '2026-01-01' })).toBe(false);
    expect(isUnfiltered({ ...EMPTY_FILTERS, search: ' pt ' })).toBe(false);
  });
});
