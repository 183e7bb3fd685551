import { memo } from 'react';
import type { Method } from '../../catalogue/catalogue-types';
import type { SearchOutcome } from '../../query/search-methods';
import type { MethodColumn } from './table-column-defs';

interface MethodTableRowProps {
  method: Method;
  position: number;
  /** Place among the visible methods, from 0 (the header row is aria-rowindex 1). */
  index: number;
  columns: readonly MethodColumn[];
  search: SearchOutcome | null;
  isSelected: boolean;
  isFocused: boolean;
  height: number;
  onToggleSelected: (id: string) => void;
}

/**
 * One method as a table row. Memoised: when a filter change or a scroll
 * keeps a method in view, its row is not rendered again.
 */
export const MethodTableRow = memo(function MethodTableRow({
  method,
  position,
  index,
  columns,
  search,
  isSelected,
  isFocused,
  height,
  onToggleSelected,
}: MethodTableRowProps) {
  const row = { method, position };
  return (
    <tr
      data-id={method.id}
      aria-rowindex={index + 2}
      className={`${isFocused ? 'is-focused' : ''}${isSelected ? ' is-selected' : ''}`}
      style={{ height }}
    >
      <td className="col-select">
        <input
          type="checkbox"
          checked={isSelected}
          aria-label={`Select ${method.name}`}
          onChange={() => onToggleSelected(method.id)}
        />
      </td>
      {columns.map((column) => (
        <td key={column.id} className={`col-${column.id}`}>
          {column.renderCell(row, search)}
        </td>
      ))}
    </tr>
  );
});
