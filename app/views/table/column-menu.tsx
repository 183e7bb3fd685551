import type { Table } from '@tanstack/react-table';
import { TABLE_COLUMNS } from '../../query/table-columns';
import { useAtlasDispatch, useAtlasState } from '../../state/atlas-store';

/** A menu of checkboxes that show or hide the table's columns. */
export function ColumnMenu<T>({ table }: { table: Table<T> }) {
  const hiddenColumns = useAtlasState((state) => state.hiddenColumns);
  const dispatch = useAtlasDispatch();
  const toggle = (id: string) => {
    const hidden = hiddenColumns.includes(id)
      ? hiddenColumns.filter((column) => column !== id)
      : [...hiddenColumns, id];
    dispatch({ type: 'setHiddenColumns', columns: hidden });
  };
  return (
    <details className="column-menu">
      <summary className="button">Columns</summary>
      <fieldset>
        <legend className="visually-hidden">Shown columns</legend>
        {TABLE_COLUMNS.filter((column) => column.hideable && table.getColumn(column.id)).map(
          (column) => (
            <label key={column.id}>
              <input
                type="checkbox"
                checked={!hiddenColumns.includes(column.id)}
                onChange={() => toggle(column.id)}
              />
              {column.label}
            </label>
          ),
        )}
      </fieldset>
    </details>
  );
}
