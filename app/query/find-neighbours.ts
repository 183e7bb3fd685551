/** Where a method stands in the visible order, and the methods either side of it. */
export interface Neighbours {
  /** 0-based place in the order. */
  index: number;
  count: number;
  previous: number | undefined;
  next: number | undefined;
}

/**
 * The neighbours of `position` in `positions` (the visible order the views
 * show), or undefined when the filters hide it. The ends do not wrap round.
 */
export function findNeighbours(
  positions: readonly number[],
  position: number,
): Neighbours | undefined {
  const index = positions.indexOf(position);
  if (index < 0) return undefined;
  return {
    index,
    count: positions.length,
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at index 0 the guard is redundant, positions[-1] is undefined too; it says the ends do not wrap
    previous: index > 0 ? positions[index - 1] : undefined,
    next: positions[index + 1],
  };
}

/** Equal when the same place holds the same neighbours, so a selector can skip a render. */
export function isSameNeighbours(a: Neighbours | undefined, b: Neighbours | undefined): boolean {
  return (
    a === b ||
    (a !== undefined &&
      b !== undefined &&
      a.index === b.index &&
      a.count === b.count &&
      a.previous === b.previous &&
      a.next === b.next)
  );
}
