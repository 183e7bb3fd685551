import { useAtlas, useAtlasDispatch } from '../../state/atlas-store';
import './search-box.css';

/** Fuzzy search over names, titles, authors, venues and summaries. */
export function SearchBox() {
  const { state } = useAtlas();
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
        value={state.filters.search}
        onChange={(event) => dispatch({ type: 'setSearch', text: event.target.value })}
      />
    </div>
  );
}
