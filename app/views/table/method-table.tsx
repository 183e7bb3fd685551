import { useEffect, useMemo, useRef, useState } from 'react';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type SortingState,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { isSortColumn } from '../../query/sort-methods';
import { useAtlas, useAtlasDispatch } from '../../state/atlas-store';
import { makeColumnDefs, type MethodRow } from './table-column-defs';
import { ColumnMenu } from './column-menu';
import { SelectAllVisible } from './select-all-visible';
import './method-table.css';

/** Row height in pixels; rows are virtualised, so only the ones in view are in the DOM. */
const ROW_HEIGHT = 40;
/** On narrow screens the title wraps to two lines. */
const NARROW_ROW_HEIGHT = 58;
const NARROW_QUERY = '(max-width: 760px)';
/** Columns a phone leaves to the detail view, so the title keeps room. */
const NARROW_HIDDEN = ['authors', 'venue', 'citedBy'];

function useIsNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW_QUERY).matches);
  useEffect(() => {
    const media = window.matchMedia(NARROW_QUERY);
    const update = () => setNarrow(media.matches);
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, []);
  return narrow;
}

/** The visible methods as a sortable, virtualised table with a checkbox per row. */
export function MethodTable() {
  const { catalogue, state, query } = useAtlas();
  const dispatch = useAtlasDispatch();
  const scrollRef = useRef<HTMLDivElement>(null);
  const narrow = useIsNarrow();
  const rowHeight = narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT;

  const rows = useMemo<MethodRow[]>(
    () =>
      query.positions.map((position) => ({
        method: catalogue.methods[position]!,
        position,
      })),
    [catalogue, query],
  );
  const columns = useMemo(
    () =>
      makeColumnDefs({
        catalogue,
        search: query.search,
        onOpen: (id) => dispatch({ type: 'focusMethod', id }),
      }),
    [catalogue, query.search, dispatch],
  );
  const sorting: SortingState = state.sort
    ? [{ id: state.sort.column, desc: state.sort.direction === 'desc' }]
    : [];
  const hidden = narrow ? [...state.hiddenColumns, ...NARROW_HIDDEN] : state.hiddenColumns;
  const columnVisibility: VisibilityState = Object.fromEntries(hidden.map((id) => [id, false]));

  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    const first = next[0];
    dispatch({
      type: 'setSort',
      sort:
        first && isSortColumn(first.id)
          ? { column: first.id, direction: first.desc ? 'desc' : 'asc' }
          : null,
    });
  };

  // TanStack Table returns fresh functions each render by design; the React Compiler lint says so.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, columnVisibility },
    manualSorting: true,
    enableMultiSort: false,
    onSortingChange,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.method.id,
  });

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const items = virtualizer.getVirtualItems();
  const tableRows = table.getRowModel().rows;
  const selected = new Set(state.selection);
  const visibleColumns = table.getVisibleLeafColumns().length + 1;
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="method-table">
      <div className="table-toolbar">
        <span className="table-order" aria-live="polite">
          {query.order === 'relevance'
            ? 'Sorted by search relevance'
            : `Sorted by ${query.order.column === 'citedBy' ? 'citations' : query.order.column}, ${query.order.direction === 'asc' ? 'ascending' : 'descending'}`}
        </span>
        <ColumnMenu table={table} />
      </div>
      <div className="table-scroll" ref={scrollRef} tabIndex={-1}>
        <table aria-label="Methods" aria-rowcount={rows.length + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                <th className="col-select" scope="col">
                  <SelectAllVisible ids={rows.map((row) => row.method.id)} />
                </th>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={`col-${header.id}`}
                      style={header.id === 'title' ? undefined : { width: header.getSize() }}
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                      }
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span className="sort-mark" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={visibleColumns} style={{ height: padTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = tableRows[item.index];
              if (!row) return null;
              const id = row.original.method.id;
              const isSelected = selected.has(id);
              return (
                <tr
                  key={row.id}
                  data-id={id}
                  aria-rowindex={item.index + 2}
                  className={`${state.focus === id ? 'is-focused' : ''}${isSelected ? ' is-selected' : ''}`}
                  style={{ height: rowHeight }}
                >
                  <td className="col-select">
                    <input
                      type="checkbox"
                      checked={isSelected}
                      aria-label={`Select ${row.original.method.name}`}
                      onChange={() => dispatch({ type: 'toggleSelected', id })}
                    />
                  </td>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={`col-${cell.column.id}`}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={visibleColumns} style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
        </table>
        {rows.length === 0 && <p className="table-empty">No method matches these filters.</p>}
      </div>
    </div>
  );
}
