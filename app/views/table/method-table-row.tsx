import { memo } from 'react';
import type { Method } from '../../catalogue/catalogue-types';
import { hasSameMatches } from '../../query/has-same-matches';
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
 * Whether a row would render as before: the same props, and a search (each keystroke
 * makes a new one) that shows this method with the same highlights and matched fields,
 * which is all a cell reads of it.
 */
function isSameRow(before: MethodTableRowProps, after: MethodTableRowProps): boolean {
  for (const key of Object.keys(after) as (keyof MethodTableRowProps)[])
    if (key !== 'search' && before[key] !== after[key]) return false;
  return hasSameMatches(before.search, after.search, after.position);
}

/**
 * One method as a table row, keyed by its place in the view. Memoised: when a filter change,
 * a scroll or a keystroke leaves the same method at that place, shown as before, the row is
 * not rendered again; when another method takes the place, the row's elements are rewritten.
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
        [isFocused && 'is-focused', isSelected && 'is-selected'].filter(Boolean).join(' ') ||
        undefined
      }
    >
      <td className="col-select">
        <input
          autoComplete="off"
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
}, isSameRow);
