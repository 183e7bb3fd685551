import type { Catalogue } from '../../app/catalogue/catalogue-types';
import { getFacetValues } from '../../app/query/facet-values';
import {
  EMPTY_FILTERS,
  FIXED_FACET_KEYS,
  getFacetKeys,
  isFacetKey,
  type FacetKey,
  type FilterState,
} from '../../app/query/filter-state';
import { getSortColumns, isSortColumn, type SortState } from '../../app/query/sort-methods';

/** The output formats of `atlas query`. */
export const OUTPUT_FORMATS = ['table', 'bibtex', 'csv', 'json', 'csl-json', 'ris'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Option names the query command uses for itself; a facet of the same name goes by --where. */
export const OWN_OPTIONS = ['data', 'format', 'where', 'years', 'search', 'sort', 'help'];

/**
 * The facets that get an option of their own: every facet of the catalogue (its
 * dimensions come from its taxonomy) whose name is free; without a usable catalogue,
 * the fixed facets.
 */
export function listFacetOptions(catalogue: Catalogue | null): FacetKey[] {
  const keys = catalogue ? getFacetKeys(catalogue) : FIXED_FACET_KEYS;
  return keys.filter((key) => !OWN_OPTIONS.includes(key));
}

export interface RawQueryOptions {
  facets: Partial<Record<FacetKey, string[]>>;
  where: string[];
  years?: string | undefined;
  search?: string | undefined;
  sort?: string | undefined;
}

/** Splits "a,b" and repeated options into one list, blanks dropped. */
export function splitValues(values: readonly string[]): string[] {
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/**
 * Turns the command line's filter options into the query module's FilterState and
 * SortState, checking every facet value against the catalogue: anything unknown is an
 * error naming the option, the value and what it accepts (never silently dropped, as
 * an empty answer would look like a real one).
 */
export function toQueryState(
  options: RawQueryOptions,
  catalogue: Catalogue,
): { filters: FilterState; sort: SortState | null; errors: string[] } {
  const errors: string[] = [];
  const chosen = new Map<FacetKey, string[]>();
  const add = (key: FacetKey, values: string[], option: string) => {
    const known = getFacetValues(catalogue, key).map((value) => value.value);
    for (const value of values) {
      if (!known.includes(value)) {
        errors.push(
          `${option}: "${value}" is not a ${key} of this catalogue; expected one of ${known.join(', ')}`,
        );
      } else chosen.set(key, [...new Set([...(chosen.get(key) ?? []), value])]);
    }
  };
  for (const [key, values] of Object.entries(options.facets)) {
    if (values) add(key as FacetKey, splitValues(values), `--${key}`);
  }
  for (const clause of options.where) {
    const match = /^([^=]+)=(.*)$/.exec(clause);
    const key = match?.[1]?.trim() ?? '';
    if (!match || !isFacetKey(catalogue, key)) {
      errors.push(
        `--where: "${clause}" is not KEY=VALUES with KEY one of ${getFacetKeys(catalogue).join(', ')}`,
      );
      continue;
    }
    add(key, splitValues([match[2]!]), `--where ${key}`);
  }
  const filters: FilterState = { ...EMPTY_FILTERS, facets: Object.fromEntries(chosen) };
  if (options.years !== undefined) {
    const match = /^(\d{4})(?:-(\d{4}))?$/.exec(options.years.trim());
    const from = Number(match?.[1]);
    const to = Number(match?.[2] ?? match?.[1]);
    if (match && from <= to) filters.years = [from, to];
    else errors.push(`--years: "${options.years}" is not a year or a range like 2021-2023`);
  }
  if (options.search !== undefined) filters.search = options.search;
  let sort: SortState | null = null;
  if (options.sort !== undefined) {
    const [column = '', direction = 'asc'] = options.sort.split(':');
    if (isSortColumn(catalogue, column) && (direction === 'asc' || direction === 'desc'))
      sort = { column, direction };
    else
      errors.push(
        `--sort: "${options.sort}" is not COLUMN or COLUMN:asc|desc with COLUMN one of ${getSortColumns(catalogue).join(', ')}`,
      );
  }
  return { filters, sort, errors };
}
