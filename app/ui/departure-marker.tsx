import type { Catalogue, DepartureField, LabelDeparture } from '../catalogue/catalogue-types';
import { getDimensionKeys, toValueName } from '../catalogue/catalogue-vocabulary';
import './departure-marker.css';

/** The mark every view puts beside a label the survey gives and Atlas departs from. */
export const DEPARTURE_MARK = '≠';

/**
 * A reader's names for a field's values: paradigm names, or dimension value
 * names. A word the field does not hold (one authors' cell holds another
 * dimension's words) is named from the dimension it belongs to, else kept as it is.
 */
export function toValueNames(
  catalogue: Catalogue,
  field: DepartureField,
  values: readonly string[],
): string[] {
  const fields = [field, ...getDimensionKeys(catalogue).filter((key) => key !== field)];
  return values.map((value) => {
    for (const key of fields) {
      const name = toValueName(catalogue, key, value);
      if (name !== value || field === 'paradigm') return name;
    }
    return value;
  });
}

/** "the survey's format label; Atlas's: Learnable", for screen readers. */
export function formatDepartureNote(catalogue: Catalogue, departure: LabelDeparture): string {
  const atlas = toValueNames(catalogue, departure.field, departure.atlas).join(', ');
  return `the survey's ${departure.field} label; Atlas's: ${atlas}`;
}

/** The tooltip of a mark: whose label it is, Atlas's, and why Atlas departs. */
export function formatDepartureTitle(catalogue: Catalogue, departure: LabelDeparture): string {
  const survey = toValueNames(catalogue, departure.field, departure.authors).join(', ');
  const atlas = toValueNames(catalogue, departure.field, departure.atlas).join(', ');
  return `The survey labels it ${survey}; Atlas reads ${atlas}. ${departure.reason}`;
}

/**
 * The ≠ mark beside a survey label Atlas departs from: the tooltip says what
 * Atlas reads and why, and screen readers hear it instead of the sign.
 */
export function DepartureMarker({
  catalogue,
  departure,
}: {
  catalogue: Catalogue;
  departure: LabelDeparture;
}) {
  return (
    <span className="departure-marker" title={formatDepartureTitle(catalogue, departure)}>
      <span aria-hidden="true">{DEPARTURE_MARK}</span>
      <span className="visually-hidden"> ({formatDepartureNote(catalogue, departure)})</span>
    </span>
  );
}
