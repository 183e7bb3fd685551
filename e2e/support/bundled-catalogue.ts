import { readFileSync } from 'node:fs';
import { buildCatalogue } from '../../app/catalogue/build-catalogue';
import type { Catalogue } from '../../app/catalogue/catalogue-types';
import { validateCatalogue } from '../../app/catalogue/validate-catalogue';
import { validateNeedsOverrides } from '../../app/catalogue/validate-needs-overrides';
import { EMPTY_FILTERS, type FilterState } from '../../app/query/filter-state';
import { runQuery, toVisibleIds, type QueryResult } from '../../app/query/run-query';
import type { SortState } from '../../app/query/sort-methods';

let cached: Catalogue | null = null;

/** The bundled catalogue, validated and indexed by the app's own modules, for computing expectations. */
export function loadBundledCatalogue(): Catalogue {
  if (cached) return cached;
  const taxonomy: unknown = JSON.parse(readFileSync('data/taxonomy.json', 'utf8'));
  const methods: unknown = JSON.parse(readFileSync('data/methods.json', 'utf8'));
  const result = validateCatalogue(taxonomy, methods);
  if (!result.taxonomy || result.problems.length > 0)
    throw new Error('the bundled catalogue is invalid');
  const overrides = validateNeedsOverrides(
    JSON.parse(readFileSync('data/needs-overrides.json', 'utf8')),
    result.methods,
  );
  if (overrides.problems.length > 0) throw new Error('data/needs-overrides.json is invalid');
  cached = buildCatalogue(result.taxonomy, result.methods, overrides.byId);
  return cached;
}

/** What the query module says for these filters: the expectation every e2e count is checked against. */
export function expectQuery(
  filters: Partial<FilterState>,
  sort: SortState | null = null,
): QueryResult & { ids: string[] } {
  const result = runQuery(loadBundledCatalogue(), { ...EMPTY_FILTERS, ...filters }, sort);
  return { ...result, ids: toVisibleIds(result) };
}
