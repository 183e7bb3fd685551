import type { ComponentType } from 'react';
import type { ViewKey } from '../state/atlas-state';
import { MethodTable } from '../views/table/method-table';

export interface ViewEntry {
  key: ViewKey;
  label: string;
  Component: ComponentType;
}

/** The views the tabs offer, in tab order. */
export const VIEWS: readonly ViewEntry[] = [
  { key: 'table', label: 'Table', Component: MethodTable },
];
