import type { ReactNode } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import type { Catalogue, DimensionKey, Method } from '../../catalogue/catalogue-types';
import type { SearchMatch, SearchOutcome } from '../../query/search-methods';
import { DimensionBadges, ParadigmBadge } from '../../ui/dimension-badges';
import { formatAuthorsShort, toReadingName } from '../../ui/format-authors';
import { HighlightedText } from '../../ui/highlighted-text';

/** What a row carries besides the method: its position, for citations and search matches. */
export interface MethodRow {
  method: Method;
  position: number;
}

/**
 * One column: TanStack Table holds its header, width, visibility and sort
 * state; the rows render their cells themselves (`renderCell`), so a filter
 * change builds no per-row table objects and an unchanged row is not rendered again.
 */
export interface MethodColumn {
  id: string;
  header: string | (() => ReactNode);
  /** Width in pixels; 0 lets the column take the room left (the title). */
  size: number;
  /** First click sorts descending (numbers) rather than ascending (text). */
  descFirst: boolean;
  hideable: boolean;
  /** The value TanStack would sort by; sorting itself happens in the query module. */
  sortValue: (row: MethodRow) => string | number;
  renderCell: (row: MethodRow, search: SearchOutcome | null) => ReactNode;
}

interface ColumnContext {
  catalogue: Catalogue;
  onOpen: (id: string) => void;
}

const dimensionLabel = (catalogue: Catalogue, key: DimensionKey) =>
  catalogue.taxonomy.dimensions.find((d) => d.key === key)?.name ?? key;

// Only rendered rows ask, so highlighting costs nothing for rows scrolled out of view.
const rangesFor = (search: SearchOutcome | null, row: MethodRow, key: SearchMatch['key']) =>
  search?.matchesOf(row.position).find((match) => match.key === key)?.ranges;

/** The table's columns, in display order. */
export function makeColumns({ catalogue, onOpen }: ColumnContext): MethodColumn[] {
  const text = { descFirst: false, hideable: true };
  const dimensionColumn = (key: DimensionKey, size: number): MethodColumn => ({
    ...text,
    id: key,
    sortValue: (row) => row.method[key].join(' '),
    header: () => {
      const dimension = catalogue.taxonomy.dimensions.find((d) => d.key === key);
      return (
        <span title={`${dimension?.name ?? key} ${dimension?.symbol ?? ''}`}>
          <span className="visually-hidden">{dimension?.name ?? key} </span>
          <span aria-hidden="true">{dimension?.symbol ?? key}</span>
        </span>
      );
    },
    size,
    renderCell: ({ method }) => (
      <DimensionBadges
        catalogue={catalogue}
        dimension={key}
        values={method[key]}
        label={dimensionLabel(catalogue, key)}
      />
    ),
  });
  return [
    {
      ...text,
      id: 'name',
      sortValue: (row) => row.method.name,
      header: 'Name',
      size: 124,
      hideable: false,
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
        </a>
      ),
    },
    {
      ...text,
      id: 'title',
      sortValue: (row) => row.method.title,
      header: 'Title',
      size: 0,
      renderCell: (row, search) => {
        const fields = search?.fieldsOf(row.position) ?? [];
        return (
          <span className="cell-title-wrap">
            <span className="cell-title" title={row.method.title}>
              <HighlightedText text={row.method.title} ranges={rangesFor(search, row, 'title')} />
            </span>
            {fields.length > 0 && (
              <span className="match-fields" data-testid="match-fields">
                <span className="visually-hidden">matched in </span>
                {fields.join(', ')}
              </span>
            )}
          </span>
        );
      },
    },
    {
      ...text,
      id: 'authors',
      sortValue: (row) => row.method.authors[0] ?? '',
      header: 'Authors',
      size: 108,
      renderCell: ({ method }) => (
        <span title={method.authors.map(toReadingName).join(', ')}>
          {formatAuthorsShort(method.authors)}
        </span>
      ),
    },
    {
      ...text,
      id: 'year',
      sortValue: (row) => row.method.year,
      header: 'Year',
      size: 62,
      descFirst: true,
      renderCell: ({ method }) => method.year,
    },
    {
      ...text,
      id: 'venue',
      sortValue: (row) => row.method.venue,
      header: 'Venue',
      size: 96,
      renderCell: ({ method }) => method.venue,
    },
    {
      ...text,
      id: 'paradigm',
      sortValue: (row) => row.method.paradigm,
      header: 'Paradigm',
      size: 96,
      renderCell: ({ method }) => (
        <ParadigmBadge catalogue={catalogue} paradigm={method.paradigm} />
      ),
    },
    dimensionColumn('format', 54),
    dimensionColumn('location', 62),
    dimensionColumn('operator', 66),
    dimensionColumn('alignment', 78),
    {
      ...text,
      id: 'citedBy',
      sortValue: (row) => catalogue.citedByOf[row.position]?.length ?? 0,
      header: 'Cited by',
      size: 82,
      descFirst: true,
      renderCell: ({ position }) => catalogue.citedByOf[position]?.length ?? 0,
    },
  ];
}

/** The columns as TanStack Table column definitions: headers, sizes and sort directions only. */
export function toColumnDefs(columns: readonly MethodColumn[]): ColumnDef<MethodRow>[] {
  return columns.map((column) => ({
    id: column.id,
    accessorFn: column.sortValue,
    header: column.header,
    size: column.size,
    // Set for every column: TanStack otherwise guesses it from the first row, and it has none.
    sortDescFirst: column.descFirst,
    enableHiding: column.hideable,
  }));
}
