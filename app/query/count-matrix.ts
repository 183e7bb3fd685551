import type { Catalogue } from '../catalogue/catalogue-types';
import {
  countIntersection,
  intersectBitsets,
  makeFullBitset,
  toPositions,
  type Bitset,
} from './bitset';
import { getValueBitsets } from './facet-index';
import { getFacetValues, type FacetValue } from './facet-values';
import type { AxisKey } from './filter-state';

export interface MatrixCellCount {
  rowValue: string;
  colValue: string;
  /** Methods visible under the current filters (the matrix cell itself left out) holding both values. */
  count: number;
  /** Methods in the whole catalogue holding both values: 0 means "none in this catalogue". */
  catalogueCount: number;
}

export interface MatrixCounts {
  rows: FacetValue[];
  cols: FacetValue[];
  /** cells[r][c] pairs rows[r] with cols[c]. */
  cells: MatrixCellCount[][];
  /** Largest visible count, for the colour scale. */
  maxCount: number;
}

/**
 * Counts, for every pair of values on two axes, the methods holding both,
 * among `visible` and in the whole catalogue. A method with two values on an
 * axis counts in both cells. Axes list every value of the catalogue, so they
 * stay fixed while filters change.
 */
export function countMatrix(
  catalogue: Catalogue,
  visible: Bitset,
  rowAxis: AxisKey,
  colAxis: AxisKey,
): MatrixCounts {
  const rows = getFacetValues(catalogue, rowAxis);
  const cols = getFacetValues(catalogue, colAxis);
  const rowBits = getValueBitsets(catalogue, rowAxis);
  const colBits = getValueBitsets(catalogue, colAxis);
  const everything = makeFullBitset(catalogue.methods.length);
  let maxCount = 0;
  const cells = rows.map((row) =>
    cols.map((col) => {
      const r = rowBits.get(row.value);
      const c = colBits.get(col.value);
      if (!r || !c)
        return { rowValue: row.value, colValue: col.value, count: 0, catalogueCount: 0 };
      const both = intersectBitsets(r, c);
      const count = countIntersection(both, visible);
      maxCount = Math.max(maxCount, count);
      return {
        rowValue: row.value,
        colValue: col.value,
        count,
        catalogueCount: countIntersection(both, everything),
      };
    }),
  );
  return { rows, cols, cells, maxCount };
}

/** Positions of the visible methods in one cell, in catalogue order. */
export function listCellMethods(
  catalogue: Catalogue,
  visible: Bitset,
  rowAxis: AxisKey,
  rowValue: string,
  colAxis: AxisKey,
  colValue: string,
): number[] {
  const r = getValueBitsets(catalogue, rowAxis).get(rowValue);
  const c = getValueBitsets(catalogue, colAxis).get(colValue);
  if (!r || !c) return [];
  return toPositions(intersectBitsets(intersectBitsets(r, c), visible));
}
