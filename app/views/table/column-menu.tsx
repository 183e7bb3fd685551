import { memo } from 'react';
import type { Table } from '@tanstack/react-table';
import { getTableColumns, isOptionalColumn } from '../../query/table-columns';
import { toKeyTitle } from '../../catalogue/catalogue-vocabulary';
import { useAtlasDispatch, useAtlasState, useCatalogue } from '../../state/atlas-store';
import { Popover } from '../../ui/popover';
import type { MethodRow } from './table-column-defs';

/**
 * A menu of checkboxes that show or hide the table's columns; Escape or a click outside closes it.
 * Memoised: it reads the column choices from the store itself, so the table's renders on every
 * filter change and keystroke do not render its checkboxes again.
 */
export const ColumnMenu = memo(function ColumnMenu({ table }: { table: Table<MethodRow> }) {
  const hiddenColumns = useAtlasState((state) => state.hiddenColumns);
  const shownColumns = useAtlasState((state) => state.shownColumns);
  const dispatch = useAtlasDispatch();
  const catalogue = useCatalogue();
  const isShown = (id: string) =>
    isOptionalColumn(catalogue, id) ? shownColumns.includes(id) : !hiddenColumns.includes(id);
  const toggle = (id: string) => {
    if (isOptionalColumn(catalogue, id)) {
      const shown = shownColumns.includes(id)
        ? shownColumns.filter((column) => column !== id)
        : [...shownColumns, id];
      dispatch({ type: 'setShownColumns', columns: shown });
      return;
    }
    const hidden = hiddenColumns.includes(id)
      ? hiddenColumns.filter((column) => column !== id)
      : [...hiddenColumns, id];
    dispatch({ type: 'setHiddenColumns', columns: hidden });
  };
  return (
    <Popover className="column-menu" label="Columns">
      <fieldset>
        <legend className="visually-hidden">Shown columns</legend>
        {getTableColumns(catalogue)
          .filter((column) => (column.hideable || column.optional) && table.getColumn(column.id))
          .map((column) => (
            <label key={column.id}>
              <input
                autoComplete="off"
                type="checkbox"
                checked={isShown(column.id)}
                onChange={() => toggle(column.id)}
              />
              {column.label ?? toKeyTitle(catalogue, column.id)}
            </label>
          ))}
      </fieldset>
    </Popover>
  );
});
