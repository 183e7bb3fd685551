import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { countBitset } from './bitset';
import { EMPTY_FILTERS, type FilterState } from './filter-state';
import { runQuery, toVisibleIds } from './run-query';

const catalogue = makeFixtureCatalogue();
const filtersWith = (
  facets: FilterState['facets'],
  rest: Partial<FilterState> = {},
): FilterState => ({
  ...EMPTY_FILTERS,
  facets,
  ...rest,
});
const idsOf = (filters: FilterState) =>
  toVisibleIds(runQuery(catalogue, filters, { column: 'name', direction: 'asc' }));

describe('runQuery()', () => {
  it('keeps only the selected methods when selectedOnly, with the other clauses', () => {
    const sorted = { column: 'name', direction: 'asc' } as const;
    const only = (filters: FilterState, selection: string[]) =>
      toVisibleIds(runQuery(catalogue, filters, sorted, selection));
    const selectedOnly = filtersWith({}, { selectedOnly: true });
    expect(only(selectedOnly, ['zeta', 'beta', 'ghost'])).toEqual(['beta', 'zeta']);
    expect(only(selectedOnly, [])).toEqual([]);
    expect(
      only(filtersWith({ location: ['hidden'] }, { selectedOnly: true }), ['zeta', 'beta']),
    ).toEqual(['beta']);
    // Without the flag the selection does not narrow anything.
    expect(only(EMPTY_FILTERS, ['beta'])).toHaveLength(6);
    const counts = runQuery(catalogue, selectedOnly, null, ['beta', 'delta']).facetCounts;
    expect(counts.location.get('hidden')).toBe(2);
    expect(counts.location.get('input')).toBe(0);
  });

  it('shows every method when nothing is filtered', () => {
    expect(idsOf(EMPTY_FILTERS)).toEqual(['alpha', 'beta', 'delta', 'epsilon', 'gamma', 'zeta']);
  });

  it('ORs values within one facet', () => {
    expect(idsOf(filtersWith({ location: ['hidden'] }))).toEqual(['beta', 'delta']);
    expect(idsOf(filtersWith({ location: ['hidden', 'input'] }))).toEqual([
      'alpha',
      'beta',
      'delta',
      'epsilon',
      'gamma',
      'zeta',
    ]);
  });

  it('ANDs across facets', () => {
    expect(idsOf(filtersWith({ location: ['input'], operator: ['additive'] }))).toEqual([
      'alpha',
      'zeta',
    ]);
    expect(idsOf(filtersWith({ location: ['input'], paradigm: ['PT'] }))).toEqual([]);
  });

  it('counts a two-location method in both location values', () => {
    const { facetCounts } = runQuery(catalogue, EMPTY_FILTERS, null);
    expect(facetCounts.location.get('embedding')).toBe(2); // beta and epsilon
    expect(facetCounts.location.get('hidden')).toBe(2); // beta and delta
    expect(facetCounts.location.get('input')).toBe(4); // alpha, gamma, epsilon, zeta
  });

  it("leaves a facet's own selection out of its counts", () => {
    const { facetCounts } = runQuery(catalogue, filtersWith({ location: ['hidden'] }), null);
    // Own facet: what each location would give on its own with the other clauses (none).
    expect(facetCounts.location.get('input')).toBe(4);
    expect(facetCounts.location.get('hidden')).toBe(2);
    // Other facets are counted within the hidden-location methods (beta, delta).
    expect(facetCounts.operator.get('concatenative')).toBe(2);
    expect(facetCounts.operator.get('parametric')).toBe(1);
    expect(facetCounts.operator.get('additive')).toBe(0);
    expect(facetCounts.paradigm.get('PT')).toBe(2);
  });

  it('counts a facet under the other facets only', () => {
    const { facetCounts } = runQuery(
      catalogue,
      filtersWith({ location: ['input'], paradigm: ['MR', 'PI'] }),
      null,
    );
    // location counts ignore the location clause but respect paradigm MR|PI
    expect(facetCounts.location.get('input')).toBe(4);
    expect(facetCounts.location.get('embedding')).toBe(1);
    // paradigm counts ignore the paradigm clause but respect location=input
    expect(facetCounts.paradigm.get('PT')).toBe(0);
    expect(facetCounts.paradigm.get('MR')).toBe(2);
    expect(facetCounts.paradigm.get('PI')).toBe(2);
  });

  it('keeps values that no method holds, with a zero count', () => {
    const { facetCounts } = runQuery(catalogue, EMPTY_FILTERS, null);
    expect(facetCounts.modality.get('graph')).toBe(0);
  });

  it('filters by an inclusive publication year range', () => {
    const result = runQuery(catalogue, filtersWith({}, { years: [2021, 2022] }), {
      column: 'name',
      direction: 'asc',
    });
    expect(toVisibleIds(result)).toEqual(['beta', 'delta', 'gamma']);
  });

  describe('the first-posted year range', () => {
    // CoOp: posted 2021-09, published 2022; an early venue beats its later arXiv posting.
    const dated = makeTestCatalogue([
      makeMethod({ id: 'coop', year: 2022, arxiv: '2109.01134', paradigm: 'PT' }),
      makeMethod({ id: 'clip-adapter', year: 2021, arxiv: '2110.04544', paradigm: 'PT' }),
      makeMethod({ id: 'venue-only', year: 2023, arxiv: undefined, paradigm: 'PI' }),
      makeMethod({ id: 'venue-first', year: 2019, arxiv: '2001.00001', paradigm: 'MR' }),
      makeMethod({ id: 'vpt', year: 2022, arxiv: '2203.12119', paradigm: 'PT' }),
    ]);
    const run = (rest: Partial<FilterState>, facets: FilterState['facets'] = {}) =>
      runQuery(dated, filtersWith(facets, rest), { column: 'name', direction: 'asc' });

    it('keeps the methods first posted in those years, whatever their venue year', () => {
      expect(toVisibleIds(run({ posted: [2021, 2021] }))).toEqual(['clip-adapter', 'coop']);
      expect(toVisibleIds(run({ years: [2021, 2021] }))).toEqual(['clip-adapter']);
      expect(toVisibleIds(run({ posted: [2019, 2020] }))).toEqual(['venue-first']);
      expect(toVisibleIds(run({ posted: [2022, 2023] }))).toEqual(['venue-only', 'vpt']);
    });

    it('ANDs with the publication years and the facets', () => {
      expect(toVisibleIds(run({ posted: [2021, 2022], years: [2022, 2022] }))).toEqual([
        'coop',
        'vpt',
      ]);
      expect(toVisibleIds(run({ posted: [2021, 2023] }, { paradigm: ['PI'] }))).toEqual([
        'venue-only',
      ]);
    });

    it('leaves itself, and only itself, out of withoutPosted', () => {
      const result = run({ posted: [2021, 2021] }, { paradigm: ['PT'] });
      expect(countBitset(result.visible)).toBe(2);
      expect(countBitset(result.withoutPosted)).toBe(3);
      const unranged = run({}, { paradigm: ['PT'] });
      expect(unranged.withoutPosted).toBe(unranged.visible);
    });
  });

  it('filters by a matrix cell and counts the matrix without it', () => {
    const cell = {
      rowAxis: 'location',
      rowValue: 'input',
      colAxis: 'operator',
      colValue: 'additive',
    } as const;
    expect(idsOf(filtersWith({}, { cell }))).toEqual(['alpha', 'zeta']);
  });

  it('sorts by year descending then name by default', () => {
    expect(toVisibleIds(runQuery(catalogue, EMPTY_FILTERS, null))).toEqual([
      'zeta',
      'epsilon',
      'gamma',
      'beta',
      'delta',
      'alpha',
    ]);
  });

  it('orders search results by relevance unless a sort is chosen', () => {
    const result = runQuery(catalogue, filtersWith({}, { search: 'epsilom' }), null);
    expect(result.order).toBe('relevance');
    expect(toVisibleIds(result)[0]).toBe('epsilon');
  });

  it('counts the search matches the other clauses hide', () => {
    const search = { search: '2021' };
    expect(runQuery(catalogue, filtersWith({}, search), null).hiddenMatches).toBe(0);
    expect(
      runQuery(catalogue, filtersWith({ location: ['hidden'] }, { search: '2021-2022' }), null)
        .hiddenMatches,
    ).toBe(1);
    expect(
      runQuery(catalogue, filtersWith({}, { ...search, years: [2019, 2019] }), null).hiddenMatches,
    ).toBe(2);
    expect(runQuery(catalogue, filtersWith({ location: ['hidden'] }), null).hiddenMatches).toBe(0);
  });

  it('combines search with facets', () => {
    expect(idsOf(filtersWith({ paradigm: ['PT'] }, { search: 'epsilon' }))).toEqual([]);
  });

  it('gives an empty result for a facet value the catalogue does not hold', () => {
    expect(idsOf(filtersWith({ venue: ['Nowhere'] }))).toEqual([]);
  });
});
