import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { countBitset, toPositions } from './bitset';
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
    expect(counts.location?.get('hidden')).toBe(2);
    expect(counts.location?.get('input')).toBe(0);
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
    expect(facetCounts.location?.get('embedding')).toBe(2); // beta and epsilon
    expect(facetCounts.location?.get('hidden')).toBe(2); // beta and delta
    expect(facetCounts.location?.get('input')).toBe(4); // alpha, gamma, epsilon, zeta
  });

  it("leaves a facet's own selection out of its counts", () => {
    const { facetCounts } = runQuery(catalogue, filtersWith({ location: ['hidden'] }), null);
    // Own facet: what each location would give on its own with the other clauses (none).
    expect(facetCounts.location?.get('input')).toBe(4);
    expect(facetCounts.location?.get('hidden')).toBe(2);
    // Other facets are counted within the hidden-location methods (beta, delta).
    expect(facetCounts.operator?.get('concatenative')).toBe(2);
    expect(facetCounts.operator?.get('parametric')).toBe(1);
    expect(facetCounts.operator?.get('additive')).toBe(0);
    expect(facetCounts.paradigm?.get('PT')).toBe(2);
  });

  it('counts a facet under the other facets only', () => {
    const { facetCounts } = runQuery(
      catalogue,
      filtersWith({ location: ['input'], paradigm: ['MR', 'PI'] }),
      null,
    );
    // location counts ignore the location clause but respect paradigm MR|PI
    expect(facetCounts.location?.get('input')).toBe(4);
    expect(facetCounts.location?.get('embedding')).toBe(1);
    // paradigm counts ignore the paradigm clause but respect location=input
    expect(facetCounts.paradigm?.get('PT')).toBe(0);
    expect(facetCounts.paradigm?.get('MR')).toBe(2);
    expect(facetCounts.paradigm?.get('PI')).toBe(2);
  });

  it('keeps values that no method holds, with a zero count', () => {
    const { facetCounts } = runQuery(catalogue, EMPTY_FILTERS, null);
    expect(facetCounts.modality?.get('graph')).toBe(0);
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

  it('treats a facet with an empty selection as no clause', () => {
    expect(idsOf(filtersWith({ location: [], paradigm: ['PT'] }))).toEqual(['beta', 'delta']);
  });

  it('shows only the methods added after the "since" date, the date itself left out', () => {
    const dated = makeTestCatalogue([
      makeMethod({ id: 'before', added: '2026-11-28' }),
      makeMethod({ id: 'on', added: '2026-11-29' }),
      makeMethod({ id: 'after', added: '2026-11-30' }),
      makeMethod({ id: 'next-year', added: '2027-01-02' }),
    ]);
    const since = (date: string) =>
      toVisibleIds(
        runQuery(dated, { ...EMPTY_FILTERS, since: date }, { column: 'name', direction: 'asc' }),
      );
    expect(since('2026-11-29')).toEqual(['after', 'next-year']);
    expect(since('2026-12-31')).toEqual(['next-year']);
    expect(since('2000-01-01')).toEqual(['after', 'before', 'next-year', 'on']);
    // The since clause narrows the facet counts too.
    const result = runQuery(dated, { ...EMPTY_FILTERS, since: '2026-11-29' }, null);
    expect(result.facetCounts.paradigm?.get('PT')).toBe(2);
  });

  it("shows only the methods the finder's choice can run, and counts near misses without it", () => {
    // gamma and zeta are fixed prompts at the input: text and no labels.
    const finder = { access: 'text', data: 'none', modality: null } as const;
    const result = runQuery(catalogue, filtersWith({}, { finder }), {
      column: 'name',
      direction: 'asc',
    });
    expect(toVisibleIds(result)).toEqual(['gamma', 'zeta']);
    expect(toPositions(result.withoutFinder)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.facetCounts.paradigm?.get('PI')).toBe(2);
    expect(result.facetCounts.paradigm?.get('MR')).toBe(0);
    // With gradients and a training set, alpha (learnable input, vision) runs too; the finder keeps the
    // other clauses, and withoutFinder keeps them as well.
    const wider = runQuery(
      catalogue,
      filtersWith(
        { location: ['input'] },
        { finder: { access: 'gradients', data: 'full', modality: 'vision' } },
      ),
      { column: 'name', direction: 'asc' },
    );
    // zeta (text, no labels) works on vision-language, which relates to vision.
    expect(toVisibleIds(wider)).toEqual(['alpha', 'zeta']);
    // input: alpha, gamma, epsilon, zeta (positions 0, 2, 4, 5).
    expect(toPositions(wider.withoutFinder)).toEqual([0, 2, 4, 5]);
  });

  it('leaves the cell out of withoutCell and the first-posted years out of withoutPosted, and nothing else', () => {
    const cell = {
      rowAxis: 'location',
      rowValue: 'input',
      colAxis: 'operator',
      colValue: 'additive',
    } as const;
    const result = runQuery(catalogue, filtersWith({ paradigm: ['MR', 'PI'] }, { cell }), null);
    // alpha and zeta hold input × additive; MR or PI: alpha, gamma, epsilon, zeta.
    expect(toPositions(result.visible)).toEqual([0, 5]);
    expect(toPositions(result.withoutCell)).toEqual([0, 2, 4, 5]);
    expect(result.withoutPosted).toBe(result.visible);
    expect(result.withoutFinder).toBe(result.visible);
    const years = runQuery(
      catalogue,
      filtersWith({ location: ['hidden'] }, { posted: [2021, 2021] }),
      null,
    );
    // hidden: beta and delta, both first posted in 2021 (no arXiv id: the venue year).
    expect(toPositions(years.visible)).toEqual([1, 3]);
    expect(toPositions(years.withoutPosted)).toEqual([1, 3]);
    const later = runQuery(
      catalogue,
      filtersWith({ location: ['input'] }, { posted: [2023, 2024] }),
      null,
    );
    expect(toPositions(later.visible)).toEqual([4, 5]);
    // input: alpha (2019), gamma (2022), epsilon (2023), zeta (2024).
    expect(toPositions(later.withoutPosted)).toEqual([0, 2, 4, 5]);
    expect(later.withoutCell).toBe(later.visible);
  });

  it('shows nothing for a cell with a value no method holds, on either axis', () => {
    const cellOf = (rowValue: string, colValue: string) =>
      idsOf(
        filtersWith({}, { cell: { rowAxis: 'modality', rowValue, colAxis: 'paradigm', colValue } }),
      );
    expect(cellOf('vision', 'MR')).toEqual(['alpha']);
    expect(cellOf('graph', 'MR')).toEqual([]);
    expect(cellOf('vision', 'XX')).toEqual([]);
  });

  it('keeps the chosen sort over relevance, and leaves out the matches other clauses hide', () => {
    // 2021-2022 matches beta, delta (2021) and gamma (2022); the hidden location keeps beta, delta.
    const filters = filtersWith({ location: ['hidden'] }, { search: '2021-2022' });
    const relevance = runQuery(catalogue, filters, null);
    expect(relevance.order).toBe('relevance');
    // beta is cited twice, delta once: beta leads.
    expect(toVisibleIds(relevance)).toEqual(['beta', 'delta']);
    const sorted = runQuery(catalogue, filters, { column: 'name', direction: 'desc' });
    expect(sorted.order).toEqual({ column: 'name', direction: 'desc' });
    expect(toVisibleIds(sorted)).toEqual(['delta', 'beta']);
    expect(runQuery(catalogue, EMPTY_FILTERS, null).order).toEqual({
      column: 'year',
      direction: 'desc',
    });
  });
});
