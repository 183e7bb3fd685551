import type { Catalogue, LabelDeparture } from '../../catalogue/catalogue-types';
import { toKeyTitle } from '../../catalogue/catalogue-vocabulary';
import { toValueNames } from '../../ui/departure-marker';

/**
 * The survey's label and Atlas's side by side for each field where Atlas
 * departs from the authors' list, with Atlas's reason under them; the column
 * of the labels on screen comes first.
 */
export function DetailDepartures({
  catalogue,
  departures,
}: {
  catalogue: Catalogue;
  departures: readonly LabelDeparture[];
}) {
  const surveyFirst = Boolean(catalogue.surveyLabels);
  const names = (departure: LabelDeparture, side: 'authors' | 'atlas') =>
    toValueNames(catalogue, departure.field, departure[side]).join(', ');
  const columns = [
    { side: 'authors' as const, title: "Survey's label" },
    { side: 'atlas' as const, title: "Atlas's label" },
  ];
  if (!surveyFirst) columns.reverse();
  return (
    <table className="detail-departures">
      <caption>Where Atlas departs from the survey&apos;s labels, and why</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          {columns.map((column) => (
            <th scope="col" key={column.side}>
              {column.title}
              {(column.side === 'authors') === surveyFirst && (
                <span className="detail-departures-shown"> (shown)</span>
              )}
            </th>
          ))}
        </tr>
      </thead>
      {departures.map((departure) => (
        <tbody key={departure.field} data-field={departure.field}>
          <tr>
            <th scope="row">{toKeyTitle(catalogue, departure.field)}</th>
            {columns.map((column) => (
              <td key={column.side} className={`is-${column.side}`}>
                {names(departure, column.side)}
              </td>
            ))}
          </tr>
          <tr>
            <td colSpan={3} className="detail-departure-reason">
              Why: {departure.reason}
            </td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}
