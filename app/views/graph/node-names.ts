import type { Catalogue } from '../../catalogue/catalogue-types';
import { listShownDepartures } from '../../catalogue/survey-labels';
import { DEPARTURE_MARK } from '../../ui/departure-marker';

/** A node's visible name: the method's name, marked ≠ where the survey's labels shown differ from Atlas's. */
export function formatNodeName(catalogue: Catalogue, position: number): string {
  const method = catalogue.methods[position]!;
  return listShownDepartures(catalogue, method).length > 0
    ? `${method.name} ${DEPARTURE_MARK}`
    : method.name;
}

/** A node's accessible name: the method's name, and which of the survey's labels shown Atlas departs from. */
export function formatNodeDescription(catalogue: Catalogue, position: number): string {
  const method = catalogue.methods[position]!;
  const fields = listShownDepartures(catalogue, method).map((departure) => departure.field);
  if (fields.length === 0) return method.name;
  const list =
    fields.length > 1 ? `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}` : fields[0];
  return `${method.name} (the survey's ${list} label${fields.length > 1 ? 's' : ''}; Atlas reads ${fields.length > 1 ? 'them' : 'it'} otherwise)`;
}
