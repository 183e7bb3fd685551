import { useAtlasDispatch, useAtlasState } from '../../state/atlas-store';
import { SearchHelp } from './search-help';
import './search-box.css';

/** Search over names, titles, authors, venues, years and summaries, with its syntax one click away. */
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
        placeholder="Search: jia 2022, ICLR 2023, author:jia…"
        autoComplete="off"
        spellCheck={false}
        value={search}
        onChange={(event) => dispatch({ type: 'setSearch', text: event.target.value })}
      />
      <SearchHelp />
    </div>
  );
}
