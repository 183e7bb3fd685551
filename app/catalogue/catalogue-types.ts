import type { MethodNeeds } from './method-needs';

/** The four dimensions of the taxonomy, spelled as in TAXONOMY.md. */
export const DIMENSION_KEYS = ['format', 'location', 'operator', 'alignment'] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];

export interface TaxonomyValue {
  value: string;
  name: string;
  code: string;
  symbol?: string | undefined;
  definition: string;
}

export interface Dimension {
  key: DimensionKey;
  name: string;
  symbol: string;
  question: string;
  values: TaxonomyValue[];
}

export interface Paradigm {
  code: string;
  name: string;
  definition: string;
}

export interface NamedValue {
  value: string;
  name: string;
  definition?: string | undefined;
}

export type VenueKind = 'conference' | 'journal' | 'workshop' | 'preprint';

export interface Venue {
  code: string;
  name: string;
  kind: VenueKind;
}

export interface Taxonomy {
  paradigms: Paradigm[];
  dimensions: Dimension[];
  modalities: NamedValue[];
  scopes: NamedValue[];
  venues: Venue[];
}

export type CiteBasis = 'confirmed' | 'recalled';

export interface Cite {
  id: string;
  basis: CiteBasis;
  /** Why a cite of a paper first posted after the citing one is right (a later version cites it). */
  note?: string | undefined;
}

export const DEPARTURE_FIELDS = ['paradigm', ...DIMENSION_KEYS] as const;
export type DepartureField = (typeof DEPARTURE_FIELDS)[number];

export interface LabelDeparture {
  field: DepartureField;
  authors: string[];
  atlas: string[];
  reason: string;
}

/** Whether the labels name the mechanism exactly or are the taxonomy's nearest value. */
export const LABEL_FITS = ['exact', 'nearest'] as const;
export type LabelFit = (typeof LABEL_FITS)[number];

export type LabelProvenance =
  | {
      source: 'authors';
      fit: LabelFit;
      note?: string | undefined;
      departures?: LabelDeparture[] | undefined;
    }
  | { source: 'atlas'; fit: LabelFit; note?: string | undefined };

/** One catalogued method, after validation. */
export interface Method {
  id: string;
  name: string;
  title: string;
  authors: string[];
  year: number;
  venue: string;
  arxiv?: string | undefined;
  doi?: string | undefined;
  url: string;
  code?: string | undefined;
  paradigm: string;
  modalities: string[];
  format: string[];
  location: string[];
  operator: string[];
  alignment: string[];
  labels: LabelProvenance;
  summary: string;
  cites: Cite[];
  scope: string;
  pages?: string | undefined;
  volume?: string | undefined;
  number?: string | undefined;
  publisher?: string | undefined;
  tasks?: string[] | undefined;
  /** ISO date (YYYY-MM-DD) on which the method entered the catalogue. */
  added: string;
}

/** A validated catalogue with the indexes every other module reads. */
export interface Catalogue {
  taxonomy: Taxonomy;
  methods: readonly Method[];
  /** Position of each method in `methods`, by id. */
  indexOf: ReadonlyMap<string, number>;
  /** Outgoing citations as method indices, in the order of `cites`. */
  citesOf: readonly (readonly number[])[];
  /** Incoming citations as method indices, ascending. */
  citedByOf: readonly (readonly number[])[];
  /** Smallest and largest `year` in the catalogue. */
  yearExtent: readonly [number, number];
  /** What each method needs to run (access, labelled data), by position. */
  needsOf: readonly MethodNeeds[];
  /**
   * True on the catalogue `getSurveyLabelledCatalogue` derives: the methods of the
   * survey authors' list show the authors' labels where Atlas departs from them.
   */
  surveyLabels?: true | undefined;
}
