import type { ComponentType } from 'react';
import type { ViewKey } from '../state/atlas-state';
import { MethodTable } from '../views/table/method-table';
import { MatrixView } from '../views/matrix/matrix-view';
import { ProfileGrid } from '../views/profile/profile-grid';
import { GuideView } from '../views/guide/guide-view';
import { CitationGraphView } from '../views/graph/citation-graph-view';
import { TimelineView } from '../views/timeline/timeline-view';

export interface ViewEntry {
  key: ViewKey;
  label: string;
  Component: ComponentType;
}

/** The views the tabs offer, in tab order. */
export const VIEWS: readonly ViewEntry[] = [
  { key: 'table', label: 'Table', Component: MethodTable },
  { key: 'matrix', label: 'Matrix', Component: MatrixView },
  { key: 'profile', label: 'Profile grid', Component: ProfileGrid },
  { key: 'guide', label: 'Guide', Component: GuideView },
  { key: 'graph', label: 'Citation graph', Component: CitationGraphView },
  { key: 'timeline', label: 'Timeline', Component: TimelineView },
];
