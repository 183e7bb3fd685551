import { memo } from 'react';
import { flexRender, type Table } from '@tanstack/react-table';
import { MAX_COMPARED } from '../../state/atlas-state';
import type { MethodRow } from './table-column-defs';
import { SelectAllVisible } from './select-all-visible';

interface MethodTableHeadProps {
  table: Table<MethodRow>;
  /** The sorted column and direction ("title asc"), or '' for relevance. */
  sortKey: string;
  /** The shown columns' ids, space-separated. */
  shownIds: string;
  /** The column definitions the table was given: they hold the headers and widths. */
  columnDefs: unknown;
}

/**
 * The header row: sort buttons, the select-all checkbox and the compare column's mark.
 * Memoised on everything it shows (the sort, the shown columns, their definitions), so
 * a filter change or a keystroke, which changes none of them, does not render it again.
 */
export const MethodTableHead = memo(function MethodTableHead({ table }: MethodTableHeadProps) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          <th className="col-select" scope="col">
            <SelectAllVisible />
          </th>
          <th className="col-compare" scope="col">
            <span className="visually-hidden">Compare</span>
            <span aria-hidden="true" title={`Compare: line up two to ${MAX_COMPARED} methods`}>
              ⇆
            </span>
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
  );
});
