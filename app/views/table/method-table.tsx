import { useCallback, useEffect, useMemo, useRef, type CSSProperties } from 'react';
import {
  getCoreRowModel,
  useReactTable,
  type SortingState,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { isSortColumn } from '../../query/sort-methods';
import { getTableColumns, toTableColumn } from '../../query/table-columns';
import {
  useAtlasDispatch,
  useAtlasQuery,
  useAtlasState,
  useCatalogue,
} from '../../state/atlas-store';
import { makeColumns, toColumnDefs, type MethodRow } from './table-column-defs';
import { MethodTableRow } from './method-table-row';
import { ColumnMenu } from './column-menu';
import { MethodTableHead } from './method-table-head';
import { TableCompareStatus, useRowCompare } from './table-compare';
import { MAX_COMPARED } from '../../state/atlas-state';
import './method-table.css';
import { PHONE_QUERY, useMediaQuery } from '../../ui/use-media-query';
import { SpacerRow } from '../../ui/spacer-row';
import { toRowsToRender } from '../../ui/rows-to-render';

/** TanStack Table gets no rows: MethodTableRow renders them, so it keeps only column state. */
const NO_ROWS: MethodRow[] = [];
/**
 * Rows rendered beyond each edge of the view while the table scrolls, so a scroll rarely
 * shows an empty row: three rows (120 px) cover one wheel notch. At rest they are not
 * rendered (toRowsToRender): every row rendered costs its share of a filter change.
 */
const OVERSCAN = 3;

/** Row height in pixels; rows are virtualised, so only the ones in view are in the DOM. */
const ROW_HEIGHT = 40;
/** On narrow screens the title wraps to two lines. */
const NARROW_ROW_HEIGHT = 58;
/** The table's size assumed until it is measured: a laptop's view below the header. */
const FIRST_RECT = { width: 1100, height: 700 };
/** Columns a phone leaves to the detail view, so the title keeps room. */
const NARROW_HIDDEN = ['authors', 'venue', 'citedBy'];

/** The visible methods as a sortable, virtualised table with a checkbox per row. */
export function MethodTable() {
  const catalogue = useCatalogue();
  const query = useAtlasQuery();
  const sort = useAtlasState((state) => state.sort);
  const hiddenColumns = useAtlasState((state) => state.hiddenColumns);
  const shownOptional = useAtlasState((state) => state.shownColumns);
  const selection = useAtlasState((state) => state.selection);
  const focus = useAtlasState((state) => state.focus);
  const dispatch = useAtlasDispatch();
  const scrollRef = useRef<HTMLDivElement>(null);
  const narrow = useMediaQuery(PHONE_QUERY);
  const rowHeight = narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
  const { positions } = query;

  // TanStack Virtual and Table return fresh functions each render by design; the React Compiler lint says so.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: positions.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    // Before the table is measured (and in the build's first screen, which has no window),
    // assume a laptop's view: the first render then holds the rows, not a second pass.
    initialRect: FIRST_RECT,
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const items = toRowsToRender(
    virtualizer.getVirtualItems(),
    virtualizer.range,
    virtualizer.isScrolling,
  );

  const columns = useMemo(
    () => makeColumns({ catalogue, onOpen: (id) => dispatch({ type: 'focusMethod', id }) }),
    [catalogue, dispatch],
  );
  const columnDefs = useMemo(() => toColumnDefs(columns), [columns]);
  const { compared, refused, onToggleCompared } = useRowCompare();
  const comparedIds = useMemo(() => new Set(compared), [compared]);
  const compareFull = compared.length >= MAX_COMPARED;
  const onToggleSelected = useCallback(
    (id: string) => dispatch({ type: 'toggleSelected', id }),
    [dispatch],
  );
  const sorting: SortingState = sort ? [{ id: sort.column, desc: sort.direction === 'desc' }] : [];
  const notShown = getTableColumns(catalogue)
    .filter((column) => column.optional && !shownOptional.includes(column.id))
    .map((column) => column.id);
  const hidden = [...hiddenColumns, ...notShown, ...(narrow ? NARROW_HIDDEN : [])];
  const columnVisibility: VisibilityState = Object.fromEntries(hidden.map((id) => [id, false]));

  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    const first = next[0];
    dispatch({
      type: 'setSort',
      sort:
        first && isSortColumn(catalogue, first.id)
          ? { column: first.id, direction: first.desc ? 'desc' : 'asc' }
          : null,
    });
  };

  const table = useReactTable({
    data: NO_ROWS,
    columns: columnDefs,
    state: { sorting, columnVisibility },
    manualSorting: true,
    enableMultiSort: false,
    onSortingChange,
    getCoreRowModel: getCoreRowModel(),
  });

  // The same array while the shown columns stay the same, so unchanged rows skip rendering.
  const shownIds = table
    .getVisibleLeafColumns()
    .map((column) => column.id)
    .join(' ');
  const shownColumns = useMemo(() => {
    const shown = new Set(shownIds.split(' '));
    return columns.filter((column) => shown.has(column.id));
  }, [columns, shownIds]);
  const selected = useMemo(() => new Set(selection), [selection]);
  // Shown optional columns, and dimension columns wider than usual, widen the table (it scrolls).
  const optionalWidth = shownColumns.reduce(
    (sum, column) => sum + (column.optional ? column.size : (column.widened ?? 0)),
    0,
  );
  // The select and compare columns come before the registry's.
  const visibleColumns = shownColumns.length + 2;
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="method-table">
      <div className="table-toolbar">
        <span className="table-order" aria-live="polite">
          {query.order === 'relevance'
            ? 'Sorted by search relevance'
            : `Sorted by ${toTableColumn(catalogue, query.order.column)?.noun ?? query.order.column}, ${query.order.direction === 'asc' ? 'ascending' : 'descending'}`}
        </span>
        <TableCompareStatus compared={compared} refused={refused} />
        <ColumnMenu table={table} />
      </div>
      <div className="table-scroll" ref={scrollRef} tabIndex={-1}>
        <table
          aria-label="Methods"
          aria-rowcount={positions.length + 1}
          style={
            {
              '--optional-width': `${optionalWidth}px`,
              // One height for every row, set here once rather than on each row.
              '--row-height': `${rowHeight}px`,
            } as CSSProperties
          }
        >
          <MethodTableHead
            table={table}
            sortKey={sort ? `${sort.column} ${sort.direction}` : ''}
            shownIds={shownIds}
            columnDefs={columnDefs}
          />
          <tbody>
            <SpacerRow height={padTop} columns={visibleColumns} />
            {items.map((item) => {
              const position = positions[item.index]!;
              const method = catalogue.methods[position]!;
              // Keyed by place, not by method: a filter change or keystroke rewrites the rows
              // already in the DOM rather than removing them and building new ones.
              return (
                <MethodTableRow
                  key={item.index}
                  method={method}
                  position={position}
                  index={item.index}
                  columns={shownColumns}
                  search={query.search}
                  isSelected={selected.has(method.id)}
                  isFocused={focus === method.id}
                  isCompared={comparedIds.has(method.id)}
                  isCompareFull={compareFull && !comparedIds.has(method.id)}
                  onToggleSelected={onToggleSelected}
                  onToggleCompared={onToggleCompared}
                />
              );
            })}
            <SpacerRow height={padBottom} columns={visibleColumns} />
          </tbody>
        </table>
        {positions.length === 0 && <p className="table-empty">No method matches these filters.</p>}
      </div>
    </div>
  );
}
