import { useAtlasDispatch, useAtlasQuery } from '../../state/atlas-store';

/** Says when the filters hide methods the search matches, and what the search did not understand. */
export function SearchNotice() {
  const query = useAtlasQuery();
  const dispatch = useAtlasDispatch();
  const hidden = query.hiddenMatches;
  const ignored = query.search?.ignored ?? [];
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
