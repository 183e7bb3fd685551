import type { Catalogue } from '../catalogue/catalogue-types';
import { getDimensionKeys } from '../catalogue/catalogue-vocabulary';
import type { LabelSet } from '../catalogue/survey-labels';
import type { GraphDrawing } from '../graph-model/graph-drawing';
import {
  EMPTY_FILTERS,
  getDefaultAxes,
  type AxisKey,
  type FilterState,
} from '../query/filter-state';
import type { SortState } from '../query/sort-methods';

export const VIEW_KEYS = [
  'table',
  'matrix',
  'profile',
  'graph',
  'timeline',
  'guide',
  'finder',
  'compare',
] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

/** The views a catalogue offers: the finder only where its methods have needs. */
export function listViewKeys(catalogue: Catalogue): ViewKey[] {
  return VIEW_KEYS.filter((view) => view !== 'finder' || catalogue.needsOf !== null);
}

/** What the graph can colour by: "paradigm" or a dimension key (see `listGroupKeys`). */
export type GroupKey = string;

/** What the timeline can stack its bars by: a grouping, or "modality". */
export type StackKey = string;

/** What the profile grid can order its rows by: "paradigm", "year" or a dimension key. */
export type ProfileOrderKey = string;

/** The groupings of this catalogue: the paradigm, then its dimensions. */
export function listGroupKeys(catalogue: Catalogue): GroupKey[] {
  return ['paradigm', ...getDimensionKeys(catalogue)];
}

/** What the timeline can stack by for this catalogue: a grouping, or the modality. */
export function listStackKeys(catalogue: Catalogue): StackKey[] {
  return [...listGroupKeys(catalogue), 'modality'];
}

/** What the profile grid can order by for this catalogue. */
export function listProfileOrderKeys(catalogue: Catalogue): ProfileOrderKey[] {
  return ['paradigm', 'year', ...getDimensionKeys(catalogue)];
}

export interface TimelineOptions {
  stackBy: StackKey;
  /** Bars show running totals up to each year instead of each year's own count. */
  cumulative: boolean;
}

/** The matrix's axes as a reader chose them. */
export interface MatrixAxes {
  rows: AxisKey;
  cols: AxisKey;
}

export interface GraphOptions {
  layout: 'force' | 'timeline';
  colourBy: GroupKey;
  /** What happens to methods the filters leave out: hidden, or drawn faded. */
  filtered: 'hide' | 'fade';
  confirmedOnly: boolean;
  /** How many citation steps the lineage of the focused method follows. */
  depth: number;
  /** One canvas (the default), or SVG with a focusable, named element per method. */
  drawing: GraphDrawing;
  /**
   * The method whose lineage the graph keeps listing while no detail is open: the
   * last method whose detail closed, or one found in the lineage panel.
   */
  lineage: string | null;
}

/**
 * A link's own selection met the reader's saved one: the page shows the link's, and
 * the reader's stays saved, untouched, until they choose what to do with the two.
 */
export interface SharedSelection {
  /** The reader's saved selection, kept aside while the link's is shown. */
  own: readonly string[];
  /** True until the reader has answered the question; then the selection bar keeps the choice open. */
  asking: boolean;
}

/** What the reader makes of a link's selection: see it, add it to theirs, take it instead, or go back to theirs. */
export type SharedSelectionChoice = 'view' | 'add' | 'replace' | 'own';

/** Everything a reader can set; mirrored in the URL so any state can be shared. */
export interface AtlasState {
  view: ViewKey;
  filters: FilterState;
  /** The reader's chosen order, or null for the default (relevance while searching). */
  sort: SortState | null;
  /** Selected method ids, in the order they were picked. */
  selection: readonly string[];
  /** The method whose detail is open and which every view highlights. */
  focus: string | null;
  /** The matrix's axes the reader chose, or null for the catalogue's default (`toMatrixAxes`). */
  matrix: MatrixAxes | null;
  profile: { orderBy: ProfileOrderKey };
  graph: GraphOptions;
  timeline: TimelineOptions;
  /** Table columns the reader has hidden. */
  hiddenColumns: readonly string[];
  /**
   * The name of the reader's own catalogue this state was made on, or null for the
   * bundled one; written into links so a recipient learns which catalogue they need.
   */
  catalogueName: string | null;
  /** Optional table columns the reader has shown, in the order they were shown. */
  shownColumns: readonly string[];
  /** Methods the compare view lines up side by side, in the order they were added. */
  compare: readonly string[];
  /**
   * Whose labels every view shows: Atlas's, or the survey authors' own for the
   * methods of their list (where Atlas departs from them, marked as such).
   */
  labels: LabelSet;
  /** Set while a link's selection is shown instead of the reader's saved one (never in the URL). */
  sharedSelection: SharedSelection | null;
}

export const MAX_LINEAGE_DEPTH = 6;

/** The compare view lines up at most this many methods. */
export const MAX_COMPARED = 4;

export const INITIAL_STATE: AtlasState = {
  view: 'table',
  filters: EMPTY_FILTERS,
  sort: null,
  selection: [],
  focus: null,
  matrix: null,
  profile: { orderBy: 'paradigm' },
  graph: {
    layout: 'force',
    colourBy: 'paradigm',
    filtered: 'fade',
    confirmedOnly: false,
    depth: 2,
    drawing: 'canvas',
    lineage: null,
  },
  timeline: { stackBy: 'paradigm', cumulative: false },
  hiddenColumns: [],
  catalogueName: null,
  shownColumns: [],
  compare: [],
  labels: 'atlas',
  sharedSelection: null,
};

/** The axes the matrix shows: the reader's (`state.matrix`), else the catalogue's default. */
export function toMatrixAxes(chosen: MatrixAxes | null, catalogue: Catalogue): MatrixAxes {
  return chosen ?? getDefaultAxes(catalogue);
}

export function isGroupKey(catalogue: Catalogue, value: string): value is GroupKey {
  return listGroupKeys(catalogue).includes(value);
}

export function isStackKey(catalogue: Catalogue, value: string): value is StackKey {
  return listStackKeys(catalogue).includes(value);
}
