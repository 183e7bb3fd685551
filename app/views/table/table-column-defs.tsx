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

interface ColumnContext {
  catalogue: Catalogue;
  search: SearchOutcome | null;
  onOpen: (id: string) => void;
}

const dimensionLabel = (catalogue: Catalogue, key: DimensionKey) =>
  catalogue.taxonomy.dimensions.find((d) => d.key === key)?.name ?? key;

/** The table's columns; sorting itself happens in the query module (manual sorting). */
export function makeColumnDefs({
  catalogue,
  search,
  onOpen,
}: ColumnContext): ColumnDef<MethodRow>[] {
  // Only rendered rows ask, so highlighting costs nothing for rows scrolled out of view.
  const rangesFor = (row: MethodRow, key: SearchMatch['key']) =>
    search?.matchesOf(row.position).find((match) => match.key === key)?.ranges;
  const dimensionColumn = (key: DimensionKey, size: number): ColumnDef<MethodRow> => ({
    id: key,
    accessorFn: (row) => row.method[key].join(' '),
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
    cell: ({ row }) => (
      <DimensionBadges
        catalogue={catalogue}
        dimension={key}
        values={row.original.method[key]}
        label={dimensionLabel(catalogue, key)}
      />
    ),
  });
  return [
    {
      id: 'name',
      accessorFn: (row) => row.method.name,
      header: 'Name',
      size: 124,
      enableHiding: false,
      cell: ({ row }) => (
        <a
          className="method-link"
          href={`?method=${encodeURIComponent(row.original.method.id)}`}
          onClick={(event) => {
            event.preventDefault();
            onOpen(row.original.method.id);
          }}
        >
          <HighlightedText
            text={row.original.method.name}
            ranges={rangesFor(row.original, 'name')}
          />
        </a>
      ),
    },
    {
      id: 'title',
      accessorFn: (row) => row.method.title,
      header: 'Title',
      size: 0,
      cell: ({ row }) => (
        <span className="cell-title" title={row.original.method.title}>
          <HighlightedText
            text={row.original.method.title}
            ranges={rangesFor(row.original, 'title')}
          />
        </span>
      ),
    },
    {
      id: 'authors',
      accessorFn: (row) => row.method.authors[0] ?? '',
      header: 'Authors',
      size: 108,
      cell: ({ row }) => (
        <span title={row.original.method.authors.map(toReadingName).join(', ')}>
          {formatAuthorsShort(row.original.method.authors)}
        </span>
      ),
    },
    {
      id: 'year',
      accessorFn: (row) => row.method.year,
      header: 'Year',
      size: 62,
      sortDescFirst: true,
      cell: ({ row }) => row.original.method.year,
    },
    {
      id: 'venue',
      accessorFn: (row) => row.method.venue,
      header: 'Venue',
      size: 96,
      cell: ({ row }) => row.original.method.venue,
    },
    {
      id: 'paradigm',
      accessorFn: (row) => row.method.paradigm,
      header: 'Paradigm',
      size: 96,
      cell: ({ row }) => (
        <ParadigmBadge catalogue={catalogue} paradigm={row.original.method.paradigm} />
      ),
    },
    dimensionColumn('format', 54),
    dimensionColumn('location', 62),
    dimensionColumn('operator', 66),
    dimensionColumn('alignment', 78),
    {
      id: 'citedBy',
      accessorFn: (row) => catalogue.citedByOf[row.position]?.length ?? 0,
      header: 'Cited by',
      size: 82,
      sortDescFirst: true,
      cell: ({ row }) => catalogue.citedByOf[row.original.position]?.length ?? 0,
    },
  ];
}
