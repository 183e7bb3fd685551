import type { Catalogue } from '../catalogue/catalogue-types';
import type { AtlasState } from './atlas-state';
import { readSavedSelection } from './saved-selection';
import { readUrlState } from './url-state';

export interface OpenedState {
  state: AtlasState;
  /** What the URL held that Atlas ignored. */
  ignored: string[];
  /** The reader's saved selection that a link's own selection replaced (empty when none was). */
  setAside: string[];
}

/**
 * The state Atlas opens in: what the URL says, and, when the URL names no
 * selection, the selection saved from the reader's last visit. A link that
 * brings its own selection wins, and the saved one is returned as `setAside`
 * so the reader can add it back: a selection never disappears unasked.
 */
export function readOpeningState(search: string, catalogue: Catalogue): OpenedState {
  const parsed = readUrlState(search, catalogue);
  const saved = readSavedSelection().filter((id) => catalogue.indexOf.has(id));
  if (new URLSearchParams(search).has('sel')) {
    const linked = new Set(parsed.state.selection);
    return { ...parsed, setAside: saved.filter((id) => !linked.has(id)) };
  }
  const state = saved.length > 0 ? { ...parsed.state, selection: saved } : parsed.state;
  return { state, ignored: parsed.ignored, setAside: [] };
}
