import {
  DIMENSION_KEYS,
  type Catalogue,
  type DimensionKey,
  type Method,
} from '../catalogue/catalogue-types';
import type { FinderChoice } from './find-runnable';
import { isIsoDate } from '../catalogue/iso-date';

/** Every facet a reader can filter by; the keys double as URL parameters. */
export const FACET_KEYS = [
  ...DIMENSION_KEYS,
  'paradigm',
  'modality',
  'venue',
  'scope',
  'access',
  'data',
  'code',
  'fit',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Facets read from a method's derived needs rather than its own fields. */
export type NeedsFacetKey = 'access' | 'data';

/** What a matrix axis can be: a dimension, paradigm, modality or year. */
export const AXIS_KEYS = [...DIMENSION_KEYS, 'paradigm', 'modality', 'year'] as const;
export type AxisKey = (typeof AXIS_KEYS)[number];

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

/** The values a method holds for a facet or axis (several for multi-valued dimensions). */
export function toMethodValues(
  method: Method,
  key: Exclude<FacetKey, NeedsFacetKey> | AxisKey,
): readonly string[] {
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
      return method[key satisfies DimensionKey];
  }
}

/** The values the method at `position` holds for any facet or axis, derived needs included. */
export function toValuesAt(
  catalogue: Catalogue,
  position: number,
  key: FacetKey | AxisKey,
): readonly string[] {
  if (key === 'access' || key === 'data') {
    const needs = catalogue.needsOf[position];
    return needs ? [needs[key]] : [];
  }
  const method = catalogue.methods[position];
  return method ? toMethodValues(method, key) : [];
}

export function isDimensionKey(key: string): key is DimensionKey {
  return (DIMENSION_KEYS as readonly string[]).includes(key);
}

export function isFacetKey(key: string): key is FacetKey {
  return (FACET_KEYS as readonly string[]).includes(key);
}

export function isAxisKey(key: string): key is AxisKey {
  return (AXIS_KEYS as readonly string[]).includes(key);
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
