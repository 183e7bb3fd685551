import { memoisePerCatalogue } from './catalogue-cache';
import type { Catalogue, DepartureField, LabelDeparture, Method } from './catalogue-types';

/** Whose labels the catalogue shows: Atlas's own, or the survey authors' where Atlas departs. */
export const LABEL_SETS = ['atlas', 'authors'] as const;
export type LabelSet = (typeof LABEL_SETS)[number];

const NO_DEPARTURES: readonly LabelDeparture[] = [];

/** The departures a method records from the survey authors' labels (none outside their list). */
function toDepartures(method: Method): readonly LabelDeparture[] {
  return method.labels.source === 'authors'
    ? (method.labels.departures ?? NO_DEPARTURES)
    : NO_DEPARTURES;
}

/**
 * A method as the survey authors' list labels it: each field Atlas departs on
 * takes the authors' values, in their order, once each. The paradigm holds one
 * value per method, so it takes the first the authors give. A method without
 * departures (or outside the authors' list) is returned as it is.
 */
export function toSurveyLabelledMethod(method: Method): Method {
  const departures = toDepartures(method);
  if (departures.length === 0) return method;
  const labelled = { ...method, dimensions: { ...method.dimensions } };
  for (const { field, authors } of departures) {
    const values = [...new Set(authors)];
    if (field === 'paradigm') labelled.paradigm = values[0] ?? method.paradigm;
    else labelled.dimensions[field] = values;
  }
  return labelled;
}

const getDerivedCatalogue = memoisePerCatalogue((catalogue): Catalogue => ({
  ...catalogue,
  methods: catalogue.methods.map(toSurveyLabelledMethod),
  surveyLabels: true,
}));

/**
 * The catalogue as the survey labels it (see `toSurveyLabelledMethod`), built once
 * per catalogue so switching back and forth costs nothing after the first time.
 * Methods keep their positions; what does not depend on the labels (positions,
 * citations, years, and the needs, which stay Atlas's reading of each paper) is
 * shared with the catalogue it comes from.
 */
export function getSurveyLabelledCatalogue(catalogue: Catalogue): Catalogue {
  return catalogue.surveyLabels ? catalogue : getDerivedCatalogue(catalogue);
}

/** The catalogue showing this set of labels. */
export function toLabelledCatalogue(catalogue: Catalogue, labels: LabelSet): Catalogue {
  return labels === 'authors' ? getSurveyLabelledCatalogue(catalogue) : catalogue;
}

/**
 * The departures a view marks on a method: every departure it records when the
 * catalogue shows the survey's labels, none when it shows Atlas's.
 */
export function listShownDepartures(
  catalogue: Catalogue,
  method: Method,
): readonly LabelDeparture[] {
  return catalogue.surveyLabels ? toDepartures(method) : NO_DEPARTURES;
}

/** The departure behind one field of a method, when the catalogue shows the survey's label there. */
export function findShownDeparture(
  catalogue: Catalogue,
  method: Method,
  field: DepartureField,
): LabelDeparture | undefined {
  return listShownDepartures(catalogue, method).find((departure) => departure.field === field);
}

export interface SurveyLabelCounts {
  /** Methods of the survey authors' list: they show the survey's labels. */
  fromAuthors: number;
  /** Those of them on which Atlas departs from the authors in at least one field. */
  departing: number;
  /** Methods Atlas added beyond the authors' list: they keep Atlas's labels. */
  atlasOnly: number;
}

/** How many methods the survey's labels reach, and on how many Atlas departs from them. */
export function countSurveyLabels(catalogue: Catalogue): SurveyLabelCounts {
  let fromAuthors = 0;
  let departing = 0;
  for (const method of catalogue.methods) {
    if (method.labels.source !== 'authors') continue;
    fromAuthors += 1;
    if (toDepartures(method).length > 0) departing += 1;
  }
  return { fromAuthors, departing, atlasOnly: catalogue.methods.length - fromAuthors };
}
