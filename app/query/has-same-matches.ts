import type { SearchMatch, SearchOutcome } from './search-methods';

function hasSameRanges(a: SearchMatch['ranges'], b: SearchMatch['ranges']): boolean {
  return (
    a.length === b.length && a.every(([start, end], i) => start === b[i]![0] && end === b[i]![1])
  );
}

/**
 * True when two searches show a method the same way: the same matched ranges in the same
 * fields, and the same list of fields matched in. A view that renders a method from a search
 * (its highlights, its "matched in" line) need not render it again when this holds, however
 * the rest of the results changed. No search and no search are the same; a search and none are not.
 */
export function hasSameMatches(
  a: SearchOutcome | null,
  b: SearchOutcome | null,
  position: number,
): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const fieldsA = a.fieldsOf(position);
  const fieldsB = b.fieldsOf(position);
  if (fieldsA.length !== fieldsB.length || fieldsA.some((field, i) => field !== fieldsB[i]))
    return false;
  const matchesA = a.matchesOf(position);
  const matchesB = b.matchesOf(position);
  return (
    matchesA.length === matchesB.length &&
    matchesA.every((match, i) => {
      const other = matchesB[i]!;
      return (
        match.key === other.key &&
        match.itemIndex === other.itemIndex &&
        hasSameRanges(match.ranges, other.ranges)
      );
    })
  );
}
