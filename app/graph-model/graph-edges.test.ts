import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { EMPTY_FILTERS } from '../query/filter-state';
import { countVisibleEdges, isEdgeShown, getCiteEdges } from './graph-edges';
import { runQuery } from '../query/run-query';

const catalogue = makeFixtureCatalogue();
const visibleFor = (facets: typeof EMPTY_FILTERS.facets) =>
  runQuery(catalogue, { ...EMPTY_FILTERS, facets }, null).visible;

describe('getCiteEdges()', () => {
  it('lists one edge per cite, citing method first, with its basis', () => {
    const edges = getCiteEdges(catalogue);
    const named = Array.from(edges.source, (source, i) => [
      catalogue.methods[source]!.id,
      catalogue.methods[edges.target[i]!]!.id,
      edges.confirmed[i],
    ]);
    expect(named).toEqual([
      ['beta', 'alpha', 1],
      ['beta', 'delta', 0],
      ['gamma', 'beta', 0],
      ['delta', 'beta', 0],
      ['epsilon', 'alpha', 1],
      ['epsilon', 'gamma', 0],
    ]);
    expect(Array.from(edges.citedByCount)).toEqual([2, 2, 1, 1, 0, 0]);
  });

  it('is computed once per catalogue', () => {
    expect(getCiteEdges(catalogue)).toBe(getCiteEdges(catalogue));
  });
});

describe('countVisibleEdges()', () => {
  it('counts every cite, confirmed and recalled, when nothing is filtered', () => {
    expect(countVisibleEdges(catalogue, visibleFor({}))).toEqual({
      total: 6,
      confirmed: 2,
      recalled: 4,
    });
  });

  it('counts only cites between visible methods', () => {
    // MR: alpha and epsilon; epsilon -> alpha is the one cite between them.
    expect(countVisibleEdges(catalogue, visibleFor({ paradigm: ['MR'] }))).toEqual({
      total: 1,
      confirmed: 1,
      recalled: 0,
    });
  });
});

describe('isEdgeShown()', () => {
  it('hides recalled cites when only confirmed ones are asked for', () => {
    const edges = getCiteEdges(catalogue);
    const all = visibleFor({});
    expect(isEdgeShown(edges, 1, all)).toBe(true);
    expect(isEdgeShown(edges, 1, all, true)).toBe(false);
    expect(isEdgeShown(edges, 0, all, true)).toBe(true);
  });
});
