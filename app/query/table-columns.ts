import type { Catalogue, DimensionKey, Method } from '../catalogue/catalogue-types';
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
const dimension = (key: DimensionKey): Omit<TableColumn, 'id'> => ({
  noun: key,
  hideable: true,
  optional: false,
  descFirst: false,
  order: { by: 'vocabulary', key },
});

/**
 * The method table's columns in display order: the one list the table, the
 * sort and the URL read. Every column can be sorted by.
 */
export const TABLE_COLUMNS = [
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
  { id: 'format', ...dimension('format') },
  { id: 'location', ...dimension('location') },
  { id: 'operator', ...dimension('operator') },
  { id: 'alignment', ...dimension('alignment') },
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
        const needs = catalogue.needsOf[position]!;
        return toAccessRank(needs.access) * 10 + toDataRank(needs.data);
      },
    },
  },
] as const satisfies readonly TableColumn[];

export type ColumnId = (typeof TABLE_COLUMNS)[number]['id'];

const byId = new Map<string, TableColumn>(TABLE_COLUMNS.map((column) => [column.id, column]));

/** The column with this id, if there is one. */
export function toTableColumn(id: ColumnId): TableColumn {
  return byId.get(id)!;
}

/** True for the id of a table column (every column sorts). */
export function isColumnId(id: string): id is ColumnId {
  return byId.has(id);
}

/** True for a column the reader may hide. */
export function isHideableColumn(id: string): boolean {
  return byId.get(id)?.hideable ?? false;
}

/** True for a column left out until the reader shows it. */
export function isOptionalColumn(id: string): boolean {
  return byId.get(id)?.optional ?? false;
}
