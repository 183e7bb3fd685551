import type { Catalogue, Method } from '../catalogue/catalogue-types';
import { memoisePerCatalogue } from '../catalogue/catalogue-cache';
import { getDimensionKeys } from '../catalogue/catalogue-vocabulary';
import type { FinderChoice } from './find-runnable';
import { isIsoDate } from '../catalogue/iso-date';

/**
 * A facet a reader can filter by: a dimension key of the catalogue's taxonomy or one
 * of FIXED_FACET_KEYS. The keys double as URL parameters.
 */
export type FacetKey = string;

/** The facets every catalogue has besides its dimensions (the needs only with the rule). */
export const FIXED_FACET_KEYS = [
  'paradigm',
  'modality',
  'venue',
  'scope',
  'access',
  'data',
  'code',
  'fit',
] as const;

/** Facets read from a method's derived needs rather than its own fields. */
export const NEEDS_FACET_KEYS: readonly string[] = ['access', 'data'];

/** What a matrix axis can be: a dimension key, "paradigm", "modality" or "year". */
export type AxisKey = string;

/** The facets of this catalogue: its dimensions, then the fixed ones (the needs only with the rule). */
export const getFacetKeys: (catalogue: Catalogue) => readonly FacetKey[] = memoisePerCatalogue(
  (catalogue) => [
    ...getDimensionKeys(catalogue),
    ...FIXED_FACET_KEYS.filter(
      (key) => catalogue.needsOf !== null || !NEEDS_FACET_KEYS.includes(key),
    ),
  ],
);

/** The axes the matrix offers for this catalogue: its dimensions, paradigm, modality, year. */
export const getAxisKeys: (catalogue: Catalogue) => readonly AxisKey[] = memoisePerCatalogue(
  (catalogue) => [...getDimensionKeys(catalogue), 'paradigm', 'modality', 'year'],
);

/**
 * The matrix's axes before a reader picks any: the taxonomy's own choice, else its
 * first two dimensions, else its only dimension against the paradigm.
 */
export function getDefaultAxes(catalogue: Catalogue): { rows: AxisKey; cols: AxisKey } {
  const { matrix } = catalogue.taxonomy;
  if (matrix) return { rows: matrix.rows, cols: matrix.cols };
  const [first = 'paradigm', second] = getDimensionKeys(catalogue);
  return { rows: first, cols: second ?? (first === 'paradigm' ? 'modality' : 'paradigm') };
}

/** A matrix cell used as a filter: methods holding rowValue on rowAxis and colValue on colAxis. */
export interface MatrixCell {
  rowAxis: AxisKey;
  rowValue: string;
  colAxis: AxisKey;
  colValue: string;
}

/** Every clause that decides which methods are visible. */
export interface FilterState {
  /** Selected values per facet: OR within a facet, AND across facets. */
  facets: Partial<Record<FacetKey, readonly string[]>>;
  /** Inclusive range of publication years (the venue's year), or null for all years. */
  years: readonly [number, number] | null;
  /** Inclusive range of first-posted years (arXiv month, else venue year), or null for all. */
  posted: readonly [number, number] | null;
  /** Fuzzy search text; fewer than two characters searches nothing. */
  search: string;
  cell: MatrixCell | null;
  /** The "What can I run?" choice: only methods whose needs fit it, or null. */
  finder: FinderChoice | null;
  /** Only methods added to the catalogue after this ISO date (YYYY-MM-DD), or null for all. */
  since: string | null;
  /** Only the reader's selected methods (the selection itself is passed to runQuery). */
  selectedOnly: boolean;
}

export const EMPTY_FILTERS: FilterState = {
  facets: {},
  years: null,
  posted: null,
  search: '',
  cell: null,
  finder: null,
  since: null,
  selectedOnly: false,
};

const NO_VALUES: readonly string[] = [];

/**
 * The values a method holds for a facet or axis (several for multi-valued dimensions);
 * none for a key it has no field for (the needs facets are read with `toValuesAt`).
 */
export function toMethodValues(method: Method, key: FacetKey | AxisKey): readonly string[] {
  switch (key) {
    case 'code':
      return [method.code ? 'yes' : 'no'];
    case 'paradigm':
      return [method.paradigm];
    case 'modality':
      return method.modalities;
    case 'venue':
      return [method.venue];
    case 'scope':
      return [method.scope];
    case 'fit':
      return [method.labels.fit];
    case 'year':
      return [String(method.year)];
    default:
      return method.dimensions[key] ?? NO_VALUES;
  }
}

/** The values the method at `position` holds for any facet or axis, derived needs included. */
export function toValuesAt(
  catalogue: Catalogue,
  position: number,
  key: FacetKey | AxisKey,
): readonly string[] {
  if (key === 'access' || key === 'data') {
    const needs = catalogue.needsOf?.[position];
    return needs ? [needs[key]] : NO_VALUES;
  }
  const method = catalogue.methods[position];
  return method ? toMethodValues(method, key) : [];
}

/** True for a facet this catalogue has. */
export function isFacetKey(catalogue: Catalogue, key: string): key is FacetKey {
  return getFacetKeys(catalogue).includes(key);
}

/** True for an axis the matrix offers for this catalogue. */
export function isAxisKey(catalogue: Catalogue, key: string): key is AxisKey {
  return getAxisKeys(catalogue).includes(key);
}

/** True when no clause narrows the catalogue. */
export function isUnfiltered(filters: FilterState): boolean {
  return (
    Object.values(filters.facets).every((values) => !values || values.length === 0) &&
    filters.years === null &&
    filters.posted === null &&
    filters.search.trim().length < 2 &&
    filters.cell === null &&
    filters.finder === null &&
    filters.since === null &&
    !filters.selectedOnly
  );
}

/** True for a "new since" date a URL or a control may hold: a real YYYY-MM-DD date. */
export function isSinceDate(value: string): boolean {
  return isIsoDate(value);
}
