import type { Catalogue } from '../../catalogue/catalogue-types';
import { listShownDepartures } from '../../catalogue/survey-labels';
import type { MatrixCellCount } from '../../query/count-matrix';
import type { AxisKey } from '../../query/filter-state';
import { DepartureMarker } from '../../ui/departure-marker';
import { formatCellCount } from './matrix-labels';
import './cell-methods.css';
import { MethodButtonList } from '../../ui/method-button-list';

/** A cell lists this many names; the rest are counted as "+N more". */
export const LISTED_METHODS = 12;

interface CellMethodsProps {
  catalogue: Catalogue;
  /** "Input × Additive", or null when no cell has been hovered or focused yet. */
  title: string | null;
  cell: MatrixCellCount | null;
  /** The row and column axes: a method is marked where the survey's label on one of them is shown. */
  axes: readonly AxisKey[];
  /** The cell's visible methods, most cited first. */
  positions: readonly number[];
  isSelected: boolean;
  focus: string | null;
  onFocusMethod: (id: string) => void;
}

/** The methods of the hovered or focused cell; clicking a name opens its detail. */
export function CellMethods(props: CellMethodsProps) {
  const { catalogue, title, cell, positions } = props;
  if (!title || !cell) {
    return (
      <aside className="cell-methods" aria-label="Cell methods">
        <p className="cell-methods-hint">
          Hover over a cell, tap it, or move to it with the arrow keys to list its methods here.
          Clicking it, or pressing Enter, filters every other view to it.
        </p>
      </aside>
    );
  }
  const listed = positions.slice(0, LISTED_METHODS);
  const more = positions.length - listed.length;
  const marked = listed.some((position) =>
    listShownDepartures(catalogue, catalogue.methods[position]!).some((departure) =>
      props.axes.includes(departure.field),
    ),
  );
  return (
    <aside className="cell-methods" aria-label="Cell methods">
      <h3>{title}</h3>
      <p className="cell-methods-count">
        {formatCellCount(cell)}
        {props.isSelected && <span className="cell-methods-applied"> · filtering every view</span>}
      </p>
      {listed.length > 0 && (
        <>
          <p className="cell-methods-order">Most cited first</p>
          <MethodButtonList
            focus={props.focus}
            metaClassName="cell-methods-year"
            onOpen={props.onFocusMethod}
            items={listed.map((position) => {
              const method = catalogue.methods[position]!;
              const departures = listShownDepartures(catalogue, method).filter((departure) =>
                props.axes.includes(departure.field),
              );
              return {
                id: method.id,
                name: method.name,
                meta: (
                  <>
                    {method.year}
                    {departures.map((departure) => (
                      <DepartureMarker
                        key={departure.field}
                        catalogue={catalogue}
                        departure={departure}
                      />
                    ))}
                  </>
                ),
              };
            })}
          />
          {more > 0 && <p className="cell-methods-more">+{more} more</p>}
          {marked && (
            <p className="cell-methods-key">
              ≠ placed here by the survey&apos;s label; Atlas reads it otherwise
            </p>
          )}
        </>
      )}
    </aside>
  );
}
