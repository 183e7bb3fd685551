import { useMemo, useState } from 'react';
import { countBitset } from '../../query/bitset';
import { countAxisTotals } from '../../query/count-axis-totals';
import { countMatrix, listCellMethods } from '../../query/count-matrix';
import { getAxisKeys, isAxisKey, toMethodValues, type AxisKey } from '../../query/filter-state';
import { rankByCitations } from '../../query/pick-example-methods';
import {
  useAtlasDispatch,
  useAtlasQuery,
  useAtlasState,
  useCatalogue,
} from '../../state/atlas-store';
import { toMatrixAxes } from '../../state/atlas-state';
import { CellMethods } from './cell-methods';
import { makeCellColours } from './cell-colours';
import { MatrixGrid, type CellPosition } from './matrix-grid';
import { MatrixLegend } from './matrix-legend';
import { toKeyName, toKeyTitle } from '../../catalogue/catalogue-vocabulary';
import './matrix.css';

/**
 * Any two axes as a pivot of method counts. The counts leave out the
 * matrix's own cell filter (query.withoutCell), so the whole pivot stays in
 * view while a chosen cell filters every other view; the axes list every
 * value of the catalogue, so they never move.
 */
export function MatrixView() {
  const catalogue = useCatalogue();
  const query = useAtlasQuery();
  const axes = toMatrixAxes(
    useAtlasState((state) => state.matrix),
    catalogue,
  );
  const active = useAtlasState((state) => state.filters.cell);
  const focus = useAtlasState((state) => state.focus);
  const dispatch = useAtlasDispatch();
  const { rows: rowAxis, cols: colAxis } = axes;
  const [inspected, setInspected] = useState<CellPosition | null>(null);

  const counts = useMemo(
    () => countMatrix(catalogue, query.withoutCell, rowAxis, colAxis),
    [catalogue, query.withoutCell, rowAxis, colAxis],
  );
  const maxCatalogueCount = useMemo(
    () => Math.max(1, ...counts.cells.flat().map((cell) => cell.catalogueCount)),
    [counts],
  );
  const colourOf = useMemo(() => makeCellColours(maxCatalogueCount), [maxCatalogueCount]);
  const rowTotals = countAxisTotals(catalogue, query.withoutCell, rowAxis);
  const colTotals = countAxisTotals(catalogue, query.withoutCell, colAxis);
  const rowName = toKeyName(catalogue, rowAxis);
  const colName = toKeyName(catalogue, colAxis);

  const selected: CellPosition | null =
    active && active.rowAxis === rowAxis && active.colAxis === colAxis
      ? {
          r: counts.rows.findIndex((row) => row.value === active.rowValue),
          c: counts.cols.findIndex((col) => col.value === active.colValue),
        }
      : null;
  const selectedHere = selected && selected.r >= 0 && selected.c >= 0 ? selected : null;

  const focused = focus !== null ? catalogue.indexOf.get(focus) : undefined;
  const focusMethod = focused !== undefined ? catalogue.methods[focused]! : null;
  const focusHeld = new Set<string>();
  if (focusMethod) {
    const rowValues = toMethodValues(focusMethod, rowAxis);
    const colValues = toMethodValues(focusMethod, colAxis);
    counts.rows.forEach((row, r) =>
      counts.cols.forEach((col, c) => {
        if (rowValues.includes(row.value) && colValues.includes(col.value))
          focusHeld.add(`${r}:${c}`);
      }),
    );
  }

  const shown = inspected ?? selectedHere;
  const shownCell =
    shown && shown.r < counts.rows.length && shown.c < counts.cols.length
      ? counts.cells[shown.r]![shown.c]!
      : null;
  const shownPositions = shownCell
    ? rankByCitations(
        catalogue,
        listCellMethods(
          catalogue,
          query.withoutCell,
          rowAxis,
          shownCell.rowValue,
          colAxis,
          shownCell.colValue,
        ),
      )
    : [];

  const setAxis = (which: 'rows' | 'cols', value: string) => {
    if (!isAxisKey(catalogue, value)) return;
    const other = which === 'rows' ? colAxis : rowAxis;
    const current = which === 'rows' ? rowAxis : colAxis;
    // Picking the other select's axis swaps the two, so rows and columns never match.
    const [rows, cols]: [AxisKey, AxisKey] =
      which === 'rows'
        ? [value, value === other ? current : other]
        : [value === other ? current : other, value];
    setInspected(null);
    dispatch({ type: 'setMatrixAxes', rows, cols });
  };

  const axisSelect = (which: 'rows' | 'cols', label: string, value: AxisKey) => (
    <label className="matrix-axis">
      <span>{label}</span>
      <select
        autoComplete="off"
        value={value}
        onChange={(event) => setAxis(which, event.target.value)}
      >
        {getAxisKeys(catalogue).map((axis) => (
          <option key={axis} value={axis}>
            {toKeyTitle(catalogue, axis)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="matrix-view">
      <div className="matrix-toolbar">
        {axisSelect('rows', 'Rows', rowAxis)}
        {axisSelect('cols', 'Columns', colAxis)}
        <MatrixLegend maxCount={maxCatalogueCount} colourOf={colourOf} />
      </div>
      <div className="matrix-body">
        <div className="matrix-main">
          <div className="matrix-scroll">
            <MatrixGrid
              counts={counts}
              rowName={rowName}
              colName={colName}
              rowTotals={rowTotals}
              colTotals={colTotals}
              total={countBitset(query.withoutCell)}
              colourOf={colourOf}
              selected={selectedHere}
              inspected={inspected}
              focusHeld={focusHeld}
              focusName={focusMethod?.name ?? null}
              onInspect={setInspected}
              onToggle={({ r, c }) =>
                dispatch({
                  type: 'toggleCell',
                  cell: {
                    rowAxis,
                    rowValue: counts.rows[r]!.value,
                    colAxis,
                    colValue: counts.cols[c]!.value,
                  },
                })
              }
            />
          </div>
          <p className="matrix-note">
            A method with several values on an axis counts in each of its cells, so cells and totals
            can add up to more than the methods shown.
            {active &&
              ' The counts leave out the matrix cell filter, so the whole pivot stays in view while the cell filters the other views.'}
            {focusMethod && ` Cells marked with a dot hold ${focusMethod.name}.`}
          </p>
        </div>
        <CellMethods
          catalogue={catalogue}
          title={
            shownCell && shown
              ? `${counts.rows[shown.r]!.label} × ${counts.cols[shown.c]!.label}`
              : null
          }
          cell={shownCell}
          axes={[rowAxis, colAxis]}
          positions={shownPositions}
          isSelected={shown !== null && selectedHere?.r === shown.r && selectedHere.c === shown.c}
          focus={focus}
          onFocusMethod={(id) => dispatch({ type: 'focusMethod', id })}
        />
      </div>
    </div>
  );
}
