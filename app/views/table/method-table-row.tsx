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
  isCompared: boolean;
  /** True when the comparison is full and this method is not in it. */
  isCompareFull: boolean;
  onToggleSelected: (id: string) => void;
  onToggleCompared: (id: string, name: string) => void;
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
  isCompared,
  isCompareFull,
  onToggleSelected,
  onToggleCompared,
}: MethodTableRowProps) {
  const row = { method, position };
  return (
    <tr
      data-id={method.id}
      aria-rowindex={index + 2}
      className={
        isFocused || isSelected
          ? `${isFocused ? 'is-focused' : ''}${isSelected ? ' is-selected' : ''}`
          : undefined
      }
    >
      <td className="col-select">
        <input
          type="checkbox"
          checked={isSelected}
          aria-label={`Select ${method.name}`}
          onChange={() => onToggleSelected(method.id)}
        />
      </td>
      <td className="col-compare">
        <button
          type="button"
          className={`compare-toggle${isCompareFull ? ' is-full' : ''}`}
          aria-pressed={isCompared}
          aria-label={`Compare ${method.name}`}
          title={
            isCompared
              ? `Take ${method.name} out of the comparison`
              : isCompareFull
                ? 'The comparison is full: take a method out first'
                : `Add ${method.name} to the comparison`
          }
          onClick={() => onToggleCompared(method.id, method.name)}
        >
          {/* The label names the button; the glyph is its look. */}⇆
        </button>
      </td>
      {columns.map((column) => (
        <td key={column.id} className={`col-${column.id}`}>
          {column.renderCell(row, search)}
        </td>
      ))}
    </tr>
  );
});
