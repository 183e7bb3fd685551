import { useRef, useState, type KeyboardEvent } from 'react';
import type { MatrixCellCount, MatrixCounts } from '../../query/count-matrix';
import type { CellColours } from './cell-colours';
import { toCellLabel, toCellState } from './matrix-labels';

export interface CellPosition {
  r: number;
  c: number;
}

interface MatrixGridProps {
  counts: MatrixCounts;
  rowName: string;
  colName: string;
  rowTotals: ReadonlyMap<string, number>;
  colTotals: ReadonlyMap<string, number>;
  total: number;
  colourOf: (count: number) => CellColours;
  selected: CellPosition | null;
  inspected: CellPosition | null;
  /** Cells holding the focused method, keyed "r:c". */
  focusHeld: ReadonlySet<string>;
  focusName: string | null;
  onInspect: (cell: CellPosition) => void;
  onToggle: (cell: CellPosition) => void;
}

const MOVES: Record<
  string,
  (p: CellPosition, rows: number, cols: number, ctrl: boolean) => CellPosition
> = {
  ArrowUp: (p) => ({ r: p.r - 1, c: p.c }),
  ArrowDown: (p) => ({ r: p.r + 1, c: p.c }),
  ArrowLeft: (p) => ({ r: p.r, c: p.c - 1 }),
  ArrowRight: (p) => ({ r: p.r, c: p.c + 1 }),
  Home: (p, _rows, _cols, ctrl) => ({ r: ctrl ? 0 : p.r, c: 0 }),
  End: (p, rows, cols, ctrl) => ({ r: ctrl ? rows - 1 : p.r, c: cols - 1 }),
};

/**
 * The pivot as an ARIA grid: one tab stop, arrow keys move between cells,
 * Enter or Space toggles a cell as a filter. Row and column margins give the
 * methods holding each value.
 */
export function MatrixGrid(props: MatrixGridProps) {
  const { counts, rowName, colName, colourOf, selected, inspected } = props;
  const refs = useRef<(HTMLButtonElement | null)[][]>([]);
  const [active, setActive] = useState<CellPosition | null>(null);
  const rowCount = counts.rows.length;
  const colCount = counts.cols.length;
  const start = active ?? selected ?? { r: 0, c: 0 };
  const current = { r: Math.min(start.r, rowCount - 1), c: Math.min(start.c, colCount - 1) };

  const onKeyDown = (event: KeyboardEvent, at: CellPosition) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(at, rowCount, colCount, event.ctrlKey || event.metaKey);
    const r = Math.max(0, Math.min(rowCount - 1, next.r));
    const c = Math.max(0, Math.min(colCount - 1, next.c));
    setActive({ r, c });
    refs.current[r]?.[c]?.focus();
  };

  const renderCell = (cell: MatrixCellCount, r: number, c: number) => {
    const state = toCellState(cell);
    const isSelected = selected?.r === r && selected.c === c;
    const holdsFocus = props.focusHeld.has(`${r}:${c}`);
    const row = counts.rows[r]!;
    const col = counts.cols[c]!;
    let label = toCellLabel(
      { axis: rowName, label: row.label },
      { axis: colName, label: col.label },
      cell,
    );
    if (holdsFocus && props.focusName) label += `; holds ${props.focusName}`;
    const colours = state === 'visible' ? colourOf(cell.count) : null;
    const classes = [
      'matrix-cell',
      `is-${state}`,
      isSelected ? 'is-selected' : '',
      inspected?.r === r && inspected.c === c ? 'is-inspected' : '',
      holdsFocus ? 'holds-focus' : '',
    ];
    return (
      <td key={col.value} className="matrix-td">
        <button
          ref={(element) => {
            (refs.current[r] ??= [])[c] = element;
          }}
          type="button"
          className={classes.filter(Boolean).join(' ')}
          style={colours ? { background: colours.background, color: colours.text } : undefined}
          tabIndex={current.r === r && current.c === c ? 0 : -1}
          aria-label={label}
          aria-pressed={isSelected}
          aria-disabled={state === 'absent' || undefined}
          title={state === 'absent' ? 'none in this catalogue' : undefined}
          onKeyDown={(event) => onKeyDown(event, { r, c })}
          onFocus={() => {
            setActive({ r, c });
            props.onInspect({ r, c });
          }}
          onMouseEnter={() => props.onInspect({ r, c })}
          onClick={() => {
            setActive({ r, c });
            props.onInspect({ r, c });
            if (state !== 'absent') props.onToggle({ r, c });
          }}
        >
          {state === 'absent' ? (
            <span className="matrix-none" aria-hidden="true">
              none
            </span>
          ) : (
            <span aria-hidden="true" className="matrix-count">
              <strong>{cell.count}</strong>
              {cell.count < cell.catalogueCount && <small> of {cell.catalogueCount}</small>}
            </span>
          )}
          {holdsFocus && <span className="matrix-focus-dot" aria-hidden="true" />}
        </button>
      </td>
    );
  };

  return (
    <table className="matrix-grid" role="grid" aria-label={`Methods by ${rowName} and ${colName}`}>
      <thead>
        <tr>
          <th scope="col" className="matrix-corner">
            <span className="matrix-corner-rows">{rowName} ↓</span>
            <span className="matrix-corner-cols">{colName} →</span>
          </th>
          {counts.cols.map((col, c) => (
            <th
              key={col.value}
              scope="col"
              title={col.definition}
              className={inspected?.c === c ? 'is-inspected' : undefined}
            >
              {col.label}
            </th>
          ))}
          <th scope="col" className="matrix-total-head">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.cells.map((cells, r) => {
          const row = counts.rows[r]!;
          return (
            <tr key={row.value}>
              <th
                scope="row"
                title={row.definition}
                className={inspected?.r === r ? 'is-inspected' : undefined}
              >
                {row.label}
              </th>
              {cells.map((cell, c) => renderCell(cell, r, c))}
              <td className="matrix-total">{props.rowTotals.get(row.value) ?? 0}</td>
            </tr>
          );
        })}
        <tr className="matrix-total-row">
          <th scope="row">Total</th>
          {counts.cols.map((col) => (
            <td key={col.value} className="matrix-total">
              {props.colTotals.get(col.value) ?? 0}
            </td>
          ))}
          <td className="matrix-total matrix-grand-total">{props.total}</td>
        </tr>
      </tbody>
    </table>
  );
}
