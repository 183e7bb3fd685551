/** The rows a virtualiser holds in view: its first and last index, without the rows beyond. */
export interface RowsInView {
  startIndex: number;
  endIndex: number;
}

/**
 * The rows a virtualised table renders, from those its virtualiser offers. While the
 * table scrolls, all of them: the rows in view and a few beyond each edge, so a fast
 * scroll does not show an empty row before they are written. At rest, only the rows in
 * view: the rows beyond wait for a scroll that may never come, and every filter change or
 * keystroke would rewrite them for nothing (3 of the 18 rows the method table renders in a
 * laptop's view, 12 of the profile grid's 30).
 */
export function toRowsToRender<Row extends { index: number }>(
  offered: readonly Row[],
  inView: RowsInView | null,
  isScrolling: boolean,
): readonly Row[] {
  if (isScrolling || !inView) return offered;
  return offered.filter((row) => row.index >= inView.startIndex && row.index <= inView.endIndex);
}
