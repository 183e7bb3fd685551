import type { Method } from '../../catalogue/catalogue-types';
import { findShownDeparture } from '../../catalogue/survey-labels';
import type { CompareRow } from '../../graph-model/compare-methods';
import { useAtlasDispatch, useCatalogue } from '../../state/atlas-store';
import { DepartureMarker } from '../../ui/departure-marker';

interface CompareTableProps {
  methods: readonly Method[];
  rows: readonly CompareRow[];
}

/** One column per compared method, one row per field; rows that differ are tinted and say so. */
export function CompareTable({ methods, rows }: CompareTableProps) {
  const dispatch = useAtlasDispatch();
  const catalogue = useCatalogue();
  // A departure names the paradigm or a dimension; other rows never match one.
  const departureAt = (key: string, index: number) =>
    findShownDeparture(catalogue, methods[index]!, key);
  return (
    <div className="compare-scroll">
      <table className="compare-table">
        <caption className="visually-hidden">
          The compared methods field by field, differing rows marked
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            {methods.map((method) => (
              <th scope="col" key={method.id}>
                <button
                  type="button"
                  className="button-link"
                  onClick={() => dispatch({ type: 'focusMethod', id: method.id })}
                >
                  {method.name}
                </button>{' '}
                <span className="compare-year">{method.year}</span>{' '}
                <button
                  type="button"
                  className="button-link compare-remove"
                  aria-label={`Take ${method.name} out of the comparison`}
                  onClick={() => dispatch({ type: 'toggleCompared', id: method.id })}
                >
                  ×
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              data-field={row.key}
              className={[row.differs && 'is-different', row.core && 'is-core']
                .filter(Boolean)
                .join(' ')}
            >
              <th scope="row">
                {row.label}
                {row.differs && <span className="compare-differs"> (differs)</span>}
              </th>
              {row.values.map((values, index) => {
                const departure = departureAt(row.key, index);
                return (
                  <td key={methods[index]!.id}>
                    {values.length > 0 ? values.join(', ') : '—'}
                    {departure && <DepartureMarker catalogue={catalogue} departure={departure} />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
