import type { LabelSet } from '../catalogue/survey-labels';
import type { AxisKey, FacetKey, MatrixCell } from '../query/filter-state';
import type { SortState } from '../query/sort-methods';
import type { FinderChoice } from '../query/find-runnable';
import type {
  AtlasState,
  GraphOptions,
  ProfileOrderKey,
  SharedSelectionChoice,
  TimelineOptions,
  ViewKey,
} from './atlas-state';

/** The intents views dispatch; views never change state any other way. */
export type AtlasAction =
  | { type: 'toggleFacet'; facet: FacetKey; value: string }
  | { type: 'clearFacet'; facet: FacetKey }
  | { type: 'clearFilters'; keepSearch?: boolean }
  | { type: 'setSearch'; text: string }
  | { type: 'setYears'; years: readonly [number, number] | null }
  | { type: 'setPosted'; posted: readonly [number, number] | null }
  | { type: 'setSince'; since: string | null }
  | { type: 'toggleCell'; cell: MatrixCell }
  | { type: 'setFinder'; finder: FinderChoice | null }
  | { type: 'setSort'; sort: SortState | null }
  | { type: 'toggleSelected'; id: string }
  | { type: 'selectMany'; ids: readonly string[] }
  | { type: 'deselectMany'; ids: readonly string[] }
  | { type: 'clearSelection' }
  | { type: 'setSelectedOnly'; on: boolean }
  | { type: 'settleSharedSelection'; choice: SharedSelectionChoice }
  | { type: 'focusMethod'; id: string | null }
  | { type: 'setView'; view: ViewKey }
  | { type: 'setMatrixAxes'; rows: AxisKey; cols: AxisKey }
  | { type: 'setProfileOrder'; orderBy: ProfileOrderKey }
  | { type: 'setGraphOptions'; options: Partial<GraphOptions> }
  | { type: 'setTimelineOptions'; options: Partial<TimelineOptions> }
  | { type: 'setHiddenColumns'; columns: readonly string[] }
  | { type: 'setShownColumns'; columns: readonly string[] }
  | { type: 'toggleCompared'; id: string }
  | { type: 'compareMethods'; ids: readonly string[] }
  | { type: 'setLabels'; labels: LabelSet }
  | { type: 'restoreState'; state: AtlasState };

/** Actions whose URL change replaces the history entry instead of adding one (typing, dragging). */
export const TRANSIENT_ACTIONS: ReadonlySet<AtlasAction['type']> = new Set([
  'setSearch',
  'restoreState',
]);
