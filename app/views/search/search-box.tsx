import { useAtlasDispatch, useAtlasState } from '../../state/atlas-store';
import './search-box.css';

/** Fuzzy search over names, titles, authors, venues and summaries. */
export function SearchBox() {
  const search = useAtlasState((state) => state.filters.search);
  const dispatch = useAtlasDispatch();
  return (
    <div className="search-box" role="search">
      <label htmlFor="atlas-search" className="visually-hidden">
        Search methods
      </label>
      <input
        id="atlas-search"
        type="search"
        placeholder="Search names, titles, authors…"
        autoComplete="off"
        spellCheck={false}
        value={search}
        onChange={(event) => dispatch({ type: 'setSearch', text: event.target.value })}
      />
    </div>
  );
}
