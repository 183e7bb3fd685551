import { lazy, type ComponentType } from 'react';
import type { ViewKey } from '../state/atlas-state';
import { MethodTable } from '../views/table/method-table';

export interface ViewEntry {
  key: ViewKey;
  label: string;
  Component: ComponentType;
  /** Whether the view's code is fetched the first time it is shown (it then needs a fallback). */
  loadsOnDemand: boolean;
}

// Only the table ships in the first bundle; every other view is fetched the first time it is
// shown (or opened from a link), so the page's first row does not wait for their code.
const MatrixView = lazy(() =>
  import('../views/matrix/matrix-view').then((module) => ({ default: module.MatrixView })),
);
const ProfileGrid = lazy(() =>
  import('../views/profile/profile-grid').then((module) => ({ default: module.ProfileGrid })),
);
const GuideView = lazy(() =>
  import('../views/guide/guide-view').then((module) => ({ default: module.GuideView })),
);
const CitationGraphView = lazy(() =>
  import('../views/graph/citation-graph-view').then((module) => ({
    default: module.CitationGraphView,
  })),
);
const TimelineView = lazy(() =>
  import('../views/timeline/timeline-view').then((module) => ({ default: module.TimelineView })),
);

const FinderView = lazy(() =>
  import('../views/finder/finder-view').then((module) => ({ default: module.FinderView })),
);

const CompareView = lazy(() =>
  import('../views/compare/compare-view').then((module) => ({ default: module.CompareView })),
);

/** The views the tabs offer, in tab order. */
export const VIEWS: readonly ViewEntry[] = [
  { key: 'table', label: 'Table', Component: MethodTable, loadsOnDemand: false },
  { key: 'finder', label: 'What can I run?', Component: FinderView, loadsOnDemand: true },
  { key: 'matrix', label: 'Matrix', Component: MatrixView, loadsOnDemand: true },
  { key: 'profile', label: 'Profile grid', Component: ProfileGrid, loadsOnDemand: true },
  { key: 'guide', label: 'Guide', Component: GuideView, loadsOnDemand: true },
  { key: 'graph', label: 'Citation graph', Component: CitationGraphView, loadsOnDemand: true },
  { key: 'timeline', label: 'Timeline', Component: TimelineView, loadsOnDemand: true },
  { key: 'compare', label: 'Compare', Component: CompareView, loadsOnDemand: true },
];
