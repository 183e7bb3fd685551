import type { MatrixCellCount } from '../../query/count-matrix';

/** What a cell says: it has visible methods, the filters emptied it, or the catalogue has none. */
export type CellState = 'visible' | 'filtered' | 'absent';

export function toCellState(cell: MatrixCellCount): CellState {
  if (cell.catalogueCount === 0) return 'absent';
  return cell.count === 0 ? 'filtered' : 'visible';
}

const plural = (count: number) => `${count} method${count === 1 ? '' : 's'}`;

/** What a cell holds, in words: "28 methods", "0 of 12 in catalogue", "none in this catalogue". */
export function formatCellCount(cell: MatrixCellCount): string {
  switch (toCellState(cell)) {
    case 'absent':
      return 'none in this catalogue';
    case 'filtered':
      return `emptied by the current filters, 0 of ${cell.catalogueCount} in catalogue`;
    case 'visible':
      return cell.count < cell.catalogueCount
        ? `${plural(cell.count)}, ${cell.count} of ${cell.catalogueCount} in catalogue`
        : plural(cell.count);
  }
}

/** A cell's accessible name: row value, column value and count. */
export function toCellLabel(
  row: { axis: string; label: string },
  col: { axis: string; label: string },
  cell: MatrixCellCount,
): string {
  return `${row.axis} ${row.label}, ${col.axis} ${col.label}: ${formatCellCount(cell)}`;
}
