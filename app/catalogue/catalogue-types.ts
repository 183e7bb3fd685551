import type { MethodNeeds } from './method-needs';

/**
 * The key of one of the taxonomy's dimensions ("location" in the bundled survey). The
 * dimensions come from taxonomy.json alone; nothing else in Atlas lists them.
 */
export type DimensionKey = string;

/**
 * The fields of a stored method besides the taxonomy's dimensions, in the order
 * data/methods.json writes them (an export follows it; the dimensions, each a field
 * of its own in the file, follow `modalities`). A unit test holds it to the fields the
 * method schema accepts.
 */
export const STORED_FIELDS = [
  'id',
  'name',
  'title',
  'authors',
  'year',
  'venue',
  'arxiv',
  'doi',
  'url',
  'code',
  'pages',
  'volume',
  'number',
  'publisher',
  'paradigm',
  'modalities',
  'labels',
  'summary',
  'tasks',
  'cites',
  'scope',
  'added',
] as const;

/**
 * Words a dimension key may not be: the stored method fields, and the facets, axes,
 * groupings, table columns and URL parameters Atlas has besides the dimensions, so a
 * key never means two things (a test in app/state holds the URL parameters to this list).
 */
export const RESERVED_KEYS = [
  ...STORED_FIELDS,
  'modality',
  'dimensions',
  'access',
  'data',
  'fit',
  'citedBy',
  'needs',
  'select',
  'catalogue',
  'view',
  'years',
  'posted',
  'since',
  'only',
  'q',
  'cell',
  'run',
  'sort',
  'sel',
  'method',
  'rows',
  'cols',
  'order',
  'layout',
  'color',
  'colour',
  'filtered',
  'confirmed',
  'depth',
  'draw',
  'lineage',
  'stack',
  'cumulative',
  'hide',
  'show',
  'compare',
] as const;

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

/** The matrix's axes when a reader has not chosen any. */
export interface DefaultAxes {
  rows: string;
  cols: string;
}

export interface Taxonomy {
  paradigms: Paradigm[];
  dimensions: Dimension[];
  /** The matrix's first axes; without them, the first two dimensions. */
  matrix?: DefaultAxes | undefined;
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

/** A field the survey authors' labels can differ on: "paradigm" or a dimension key. */
export type DepartureField = string;

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
  /**
   * The values the method holds on each dimension of the taxonomy, by dimension key.
   * In data/methods.json each is a field of its own ("location": ["embedding"]).
   */
  dimensions: Readonly<Record<DimensionKey, string[]>>;
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
  /**
   * What each method needs to run (access, labelled data), by position; null when
   * the taxonomy lacks the dimensions the needs are read from (see method-needs.ts).
   */
  needsOf: readonly MethodNeeds[] | null;
  /**
   * True on the catalogue `getSurveyLabelledCatalogue` derives: the methods of the
   * survey authors' list show the authors' labels where Atlas departs from them.
   */
  surveyLabels?: true | undefined;
}
