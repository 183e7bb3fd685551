import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeFullBitset, toPositions } from './bitset';
import { EMPTY_FILTERS } from './filter-state';
import { runQuery } from './run-query';
import { SORT_COLUMNS, getSortOrder, sortPositions, type SortState } from './sort-methods';

const catalogue = makeFixtureCatalogue();
const everySort: SortState[] = SORT_COLUMNS.flatMap((column) => [
  { column, direction: 'asc' as const },
  { column, direction: 'desc' as const },
]);

describe('getSortOrder()', () => {
  it('lists every method once, in the order sortPositions() gives', () => {
    const all = toPositions(makeFullBitset(catalogue.methods.length));
    for (const sort of everySort) {
      expect([...getSortOrder(catalogue, sort)], `${sort.column} ${sort.direction}`).toEqual(
        sortPositions(catalogue, [...all], sort),
      );
    }
  });

  it('gives runQuery() the same order as sorting the visible methods', () => {
    const filters = { ...EMPTY_FILTERS, facets: { location: ['embedding', 'hidden'] } };
    for (const sort of everySort) {
      const result = runQuery(catalogue, filters, sort);
      expect(result.positions).toEqual(sortPositions(catalogue, toPositions(result.visible), sort));
    }
  });
});
