import type { Catalogue, DimensionKey, Method } from '../catalogue/catalogue-types';
import { memoisePerCatalogue } from '../catalogue/catalogue-cache';
import { getDimensionKeys } from '../catalogue/catalogue-vocabulary';
import { toAccessRank, toDataRank } from '../catalogue/method-needs';

/** How a column orders methods. */
export type ColumnOrder =
  /** By text, compared the way a reader expects ("v2" before "v10", case ignored). */
  | { by: 'text'; text: (method: Method) => string }
  /** By a number the catalogue gives each method position. */
  | { by: 'number'; number: (catalogue: Catalogue, position: number) => number }
  /** By the taxonomy's own order of a vocabulary (first value held decides, then the next). */
  | { by: 'vocabulary'; key: 'paradigm' | DimensionKey };

/** One column of the method table. */
export interface TableColumn {
  /** Also the sort and hide value in URLs. */
  id: string;
  /** What the column menu calls it; a dimension column takes its title from the taxonomy. */
  label?: string;
  /** How "Sorted by ..." names it. */
  noun: string;
  hideable: boolean;
  /** Left out of the table until the reader shows it (`show=` in URLs). */
  optional: boolean;
  /** First click sorts descending (numbers) rather than ascending (text). */
  descFirst: boolean;
  order: ColumnOrder;
}

const text = (read: (method: Method) => string): ColumnOrder => ({ by: 'text', text: read });
const dimensionColumn = (key: DimensionKey): TableColumn => ({
  id: key,
  noun: key,
  hideable: true,
  optional: false,
  descFirst: false,
  order: { by: 'vocabulary', key },
});

/** The columns before the dimensions: who, when, where, which paradigm. */
const LEADING_COLUMNS = [
  {
    id: 'name',
    label: 'Name',
    noun: 'name',
    hideable: false,
    optional: false,
    descFirst: false,
    order: text((m) => m.name),
  },
  {
    id: 'title',
    label: 'Title',
    noun: 'title',
    hideable: true,
    optional: false,
    descFirst: false,
    order: text((m) => m.title),
  },
  {
    id: 'authors',
    label: 'Authors',
    noun: 'authors',
    hideable: true,
    optional: false,
    descFirst: false,
    order: text((m) => m.authors[0] ?? ''),
  },
  {
    id: 'year',
    label: 'Year',
    noun: 'year',
    hideable: true,
    optional: false,
    descFirst: true,
    order: { by: 'number', number: (catalogue, position) => catalogue.methods[position]!.year },
  },
  {
    id: 'venue',
    label: 'Venue',
    noun: 'venue',
    hideable: true,
    optional: false,
    descFirst: false,
    order: text((m) => m.venue),
  },
  {
    id: 'paradigm',
    label: 'Paradigm',
    noun: 'paradigm',
    hideable: true,
    optional: false,
    descFirst: false,
    order: { by: 'vocabulary', key: 'paradigm' },
  },
] as const satisfies readonly TableColumn[];

/** The columns after the dimensions; "needs" only where the catalogue has needs. */
const TRAILING_COLUMNS = [
  {
    id: 'citedBy',
    label: 'Cited by (in this catalogue)',
    noun: 'citations in this catalogue',
    hideable: true,
    optional: false,
    descFirst: true,
    order: {
      by: 'number',
      number: (catalogue, position) => catalogue.citedByOf[position]?.length ?? 0,
    },
  },
  {
    id: 'summary',
    label: 'Summary',
    noun: 'summary',
    hideable: false,
    optional: true,
    descFirst: false,
    order: text((m) => m.summary),
  },
  {
    id: 'tasks',
    label: 'Tasks',
    noun: 'tasks',
    hideable: false,
    optional: true,
    descFirst: false,
    order: text((m) => (m.tasks ?? []).join(', ')),
  },
  {
    id: 'code',
    label: 'Code',
    noun: 'code',
    hideable: false,
    optional: true,
    // Methods with code first.
    descFirst: true,
    order: {
      by: 'number',
      number: (catalogue, position) => (catalogue.methods[position]!.code ? 1 : 0),
    },
  },
  {
    id: 'needs',
    label: 'Needs',
    noun: 'needs',
    hideable: false,
    optional: true,
    descFirst: false,
    // Least access first; within one access, least labelled data first.
    order: {
      by: 'number',
      number: (catalogue, position) => {
        const needs = catalogue.needsOf?.[position];
        return needs ? toAccessRank(needs.access) * 10 + toDataRank(needs.data) : 0;
      },
    },
  },
] as const satisfies readonly TableColumn[];

/** A column id: a fixed column's, or a dimension key of the catalogue's taxonomy. */
export type ColumnId = string;

/** The ids of the columns every catalogue has (the needs column only with needs). */
export const FIXED_COLUMN_IDS: readonly string[] = [...LEADING_COLUMNS, ...TRAILING_COLUMNS].map(
  (column) => column.id,
);

/**
 * The method table's columns in display order, the taxonomy's dimensions in the
 * middle: the one list the table, the sort and the URL read. Every column sorts.
 */
export const getTableColumns: (catalogue: Catalogue) => readonly TableColumn[] =
  memoisePerCatalogue((catalogue) => [
    ...LEADING_COLUMNS,
    ...getDimensionKeys(catalogue).map(dimensionColumn),
    ...TRAILING_COLUMNS.filter((column) => column.id !== 'needs' || catalogue.needsOf !== null),
  ]);

const getColumnsById = memoisePerCatalogue(
  (catalogue) => new Map(getTableColumns(catalogue).map((column) => [column.id, column])),
);

/** The column with this id, if the catalogue's table has one. */
export function toTableColumn(catalogue: Catalogue, id: ColumnId): TableColumn | undefined {
  return getColumnsById(catalogue).get(id);
}

/** True for the id of one of the catalogue's table columns (every column sorts). */
export function isColumnId(catalogue: Catalogue, id: string): id is ColumnId {
  return getColumnsById(catalogue).has(id);
}

/** True for a column the reader may hide. */
export function isHideableColumn(catalogue: Catalogue, id: string): boolean {
  return getColumnsById(catalogue).get(id)?.hideable ?? false;
}

/** True for a column left out until the reader shows it. */
export function isOptionalColumn(catalogue: Catalogue, id: string): boolean {
  return getColumnsById(catalogue).get(id)?.optional ?? false;
}
