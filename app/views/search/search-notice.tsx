import { useAtlasDispatch, useAtlasSelector } from '../../state/atlas-store';

const NOTHING_IGNORED: readonly string[] = [];

/** Two lists of ignored pieces with the same pieces: each keystroke makes a new list. */
const isSamePieces = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((piece, index) => piece === b[index]);

/** Says when the filters hide methods the search matches, and what the search did not understand. */
export function SearchNotice() {
  // Two narrow reads: a keystroke that changes neither leaves the notice as it is.
  const hidden = useAtlasSelector((snapshot) => snapshot.query.hiddenMatches);
  const ignored = useAtlasSelector(
    (snapshot) => snapshot.query.search?.ignored ?? NOTHING_IGNORED,
    isSamePieces,
  );
  const dispatch = useAtlasDispatch();
  if (hidden === 0 && ignored.length === 0) return null;
  return (
    <div className="search-notice" role="status">
      {hidden > 0 && (
        <p>
          {hidden === 1
            ? '1 more method matches the search but is hidden by the filters.'
            : `${hidden} more methods match the search but are hidden by the filters.`}{' '}
          <button
            type="button"
            className="button-link"
            onClick={() => dispatch({ type: 'clearFilters', keepSearch: true })}
          >
            Clear filters, keep the search
          </button>
        </p>
      )}
      {ignored.length > 0 && (
        <p>
          Not understood, so left out: {ignored.map((piece) => `“${piece}”`).join(', ')}. A year is
          four digits (year:2022) or a range (year:2021-2023).
        </p>
      )}
    </div>
  );
}
