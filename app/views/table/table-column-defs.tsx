import type { ReactNode } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import type { Catalogue, DimensionKey, Method } from '../../catalogue/catalogue-types';
import {
  getDimension,
  getDimensionKeys,
  toKeyName,
  toKeyTitle,
} from '../../catalogue/catalogue-vocabulary';
import { findShownDeparture } from '../../catalogue/survey-labels';
import type { SearchMatch, SearchOutcome } from '../../query/search-methods';
import { getTableColumns, type ColumnId } from '../../query/table-columns';
import { DimensionBadges, ParadigmBadge } from '../../ui/dimension-badges';
import { formatAuthorsShort, toReadingName } from '../../ui/format-authors';
import { HighlightedText } from '../../ui/highlighted-text';
import { makeOptionalLooks } from './optional-column-looks';

/** What a row carries besides the method: its position, for citations and search matches. */
export interface MethodRow {
  method: Method;
  position: number;
}

/** How one column of the registry (query/table-columns.ts) looks in this table. */
export interface ColumnLook {
  header: string | (() => ReactNode);
  /** Width in pixels; 0 lets the column take the room left (the title). */
  size: number;
  /** Pixels beyond the column's usual width (many values on a dimension, ≠ marks): the table widens by them. */
  widened?: number;
  /** Reads of `search` only `matchesOf` and `fieldsOf`: a row is rendered again only when those change for it. */
  renderCell: (row: MethodRow, search: SearchOutcome | null) => ReactNode;
}

/**
 * One column: TanStack Table holds its header, width, visibility and sort
 * state; the rows render their cells themselves (`renderCell`), so a filter
 * change builds no per-row table objects and an unchanged row is not rendered again.
 */
export interface MethodColumn extends ColumnLook {
  id: ColumnId;
  /** First click sorts descending (numbers) rather than ascending (text). */
  descFirst: boolean;
  hideable: boolean;
  optional: boolean;
}

interface ColumnContext {
  catalogue: Catalogue;
  onOpen: (id: string) => void;
}

// Only rendered rows ask, so highlighting costs nothing for rows scrolled out of view.
const rangesFor = (search: SearchOutcome | null, row: MethodRow, key: SearchMatch['key']) =>
  search?.matchesOf(row.position).find((match) => match.key === key)?.ranges;

const NO_VALUES: readonly string[] = [];

/**
 * The least widths of the survey's dimension columns, fitted by eye to their headers
 * and badges; any other dimension starts from the default and grows with its values.
 */
const LEAST_DIMENSION_WIDTHS: Readonly<Record<string, number>> = {
  format: 54,
  location: 62,
  operator: 66,
  alignment: 78,
};
const DEFAULT_DIMENSION_WIDTH = 62;

/** Room a dimension column gains for the ≠ beside a survey label Atlas departs from. */
export const MARK_WIDTH = 14;

/** The table's columns, in display order. */
export function makeColumns({ catalogue, onOpen }: ColumnContext): MethodColumn[] {
  const marked = catalogue.surveyLabels ? MARK_WIDTH : 0;
  // Wide enough for the badges of one line: every value a method holds when it holds one
  // or two, and half of them, rounded up, when it holds more, which then wrap to a second
  // line (two lines of badges fit the 40px row). Sizing for the most values on one line gave
  // the location and operator columns room for three badges that only a handful of methods use,
  // and left the title about 110px at a laptop's width. Per badge: 12px and 8px a code
  // letter (a two-letter badge measures 26-28.4px in DejaVu Sans), with a 21px least, 3px
  // apart, plus the cell padding. Where a font runs wider, the badges also wrap rather than
  // hide a value (method-table.css).
  const widthFor = (key: DimensionKey, least: number) => {
    const most = catalogue.methods.reduce(
      (n, method) => Math.max(n, method.dimensions[key]?.length ?? 0),
      1,
    );
    const perLine = most <= 2 ? most : Math.ceil(most / 2);
    const letters = Math.max(
      1,
      ...(getDimension(catalogue, key)?.values ?? []).map((v) => v.code.length),
    );
    return Math.max(least, 16 + perLine * Math.max(21, 12 + 8 * letters) + 3 * (perLine - 1));
  };
  const dimensionColumn = (key: DimensionKey, least: number): ColumnLook => {
    const size = widthFor(key, least) + marked;
    return {
      header: () => (
        <span title={toKeyTitle(catalogue, key)}>
          <span className="visually-hidden">{toKeyName(catalogue, key)} </span>
          <span aria-hidden="true">{getDimension(catalogue, key)?.symbol ?? key}</span>
        </span>
      ),
      size,
      widened: size - least,
      renderCell: ({ method }) => (
        <DimensionBadges
          catalogue={catalogue}
          dimension={key}
          values={method.dimensions[key] ?? NO_VALUES}
          label={toKeyName(catalogue, key)}
          departure={findShownDeparture(catalogue, method, key)}
        />
      ),
    };
  };
  const looks: Record<ColumnId, ColumnLook> = {
    ...Object.fromEntries(
      getDimensionKeys(catalogue).map((key) => [
        key,
        dimensionColumn(key, LEAST_DIMENSION_WIDTHS[key] ?? DEFAULT_DIMENSION_WIDTH),
      ]),
    ),
    name: {
      header: 'Name',
      size: 124,
      renderCell: (row, search) => (
        <a
          className="method-link"
          href={`?method=${encodeURIComponent(row.method.id)}`}
          onClick={(event) => {
            event.preventDefault();
            onOpen(row.method.id);
          }}
        >
          <HighlightedText text={row.method.name} ranges={rangesFor(search, row, 'name')} />
          {row.method.labels.fit === 'nearest' && (
            <span
              className="fit-marker"
              title="Nearest fit: no taxonomy value names this mechanism exactly; the detail says why"
            >
              {' '}
              ≈<span className="visually-hidden"> nearest fit</span>
            </span>
          )}
        </a>
      ),
    },
    title: {
      header: 'Title',
      size: 0,
      renderCell: (row, search) => {
        const fields = search?.fieldsOf(row.position) ?? [];
        const title = (
          <span className="cell-title" title={row.method.title}>
            <HighlightedText text={row.method.title} ranges={rangesFor(search, row, 'title')} />
          </span>
        );
        // The wrapper only where a second line (the fields a search matched) goes under the title.
        if (fields.length === 0) return title;
        return (
          <span className="cell-title-wrap">
            {title}
            <span className="match-fields" data-testid="match-fields">
              <span className="visually-hidden">matched in </span>
              {fields.join(', ')}
            </span>
          </span>
        );
      },
    },
    authors: {
      header: 'Authors',
      size: 108,
      renderCell: ({ method }) => (
        <span title={method.authors.map(toReadingName).join(', ')}>
          {formatAuthorsShort(method.authors)}
        </span>
      ),
    },
    year: {
      header: 'Year',
      size: 62,
      renderCell: ({ method }) => method.year,
    },
    venue: {
      header: 'Venue',
      size: 96,
      renderCell: ({ method }) => method.venue,
    },
    paradigm: {
      header: 'Paradigm',
      size: 96,
      renderCell: ({ method }) => (
        <ParadigmBadge
          catalogue={catalogue}
          paradigm={method.paradigm}
          departure={findShownDeparture(catalogue, method, 'paradigm')}
        />
      ),
    },
    citedBy: {
      header: () => (
        <span title="Cited by methods in this catalogue; citations from outside it are not counted">
          Cited by <span className="column-head-note">in catalogue</span>
        </span>
      ),
      size: 92,
      renderCell: ({ position }) => catalogue.citedByOf[position]?.length ?? 0,
    },
    ...makeOptionalLooks(catalogue),
  };
  return getTableColumns(catalogue).map(({ id, descFirst, hideable, optional }) => ({
    id,
    descFirst,
    hideable,
    optional,
    ...looks[id]!,
  }));
}

const sortedByQuery = () => 0;

/** The columns as TanStack Table column definitions: headers, sizes and sort directions only. */
export function toColumnDefs(columns: readonly MethodColumn[]): ColumnDef<MethodRow>[] {
  return columns.map((column) => ({
    id: column.id,
    // TanStack lets only a column with an accessor toggle its sort; the query module does the
    // sorting (manualSorting) and the table gets no rows, so this is never called.
    accessorFn: sortedByQuery,
    header: column.header,
    size: column.size,
    // Set for every column: TanStack otherwise guesses it from the first row, and it has none.
    sortDescFirst: column.descFirst,
    enableHiding: column.hideable || column.optional,
  }));
}
