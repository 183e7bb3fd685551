import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { countAxisTotals } from './count-axis-totals';
import { EMPTY_FILTERS } from './filter-state';
import { runQuery } from './run-query';

const catalogue = makeFixtureCatalogue();

describe('countAxisTotals()', () => {
  it('counts a two-location method under both locations', () => {
    const { visible } = runQuery(catalogue, EMPTY_FILTERS, null);
    const totals = countAxisTotals(catalogue, visible, 'location');
    expect(Object.fromEntries(totals)).toEqual({ input: 4, embedding: 2, hidden: 2 });
  });

  it('counts only the visible methods and keeps unused values at zero', () => {
    const { visible } = runQuery(
      catalogue,
      { ...EMPTY_FILTERS, facets: { paradigm: ['PT'] } },
      null,
    );
    const totals = countAxisTotals(catalogue, visible, 'operator');
    expect(Object.fromEntries(totals)).toEqual({ additive: 0, concatenative: 2, parametric: 1 });
    expect(countAxisTotals(catalogue, visible, 'modality').get('graph')).toBe(0);
  });
});
