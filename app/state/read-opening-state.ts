import type { Catalogue } from '../catalogue/catalogue-types';
import type { AtlasState } from './atlas-state';
import { readSavedSelection } from './saved-selection';
import { readUrlState } from './url-state';

export interface OpenedState {
  state: AtlasState;
  /** What the URL held that Atlas ignored. */
  ignored: string[];
}

/**
 * The state Atlas opens in: what the URL says, with the selection the reader saved on
 * their last visit. A link's own selection (sel=, with at least one method of this
 * catalogue) is shown; when the reader's saved selection holds methods the link's does
 * not, it is kept aside in `sharedSelection`, untouched, and the reader is asked what to
 * do with the two: a selection never disappears unasked.
 */
export function readOpeningState(search: string, catalogue: Catalogue): OpenedState {
  const parsed = readUrlState(search, catalogue);
  const saved = readSavedSelection().filter((id) => catalogue.indexOf.has(id));
  const linked = parsed.state.selection;
  if (linked.length > 0) {
    const inLink = new Set(linked);
    if (!saved.some((id) => !inLink.has(id))) return parsed;
    return {
      state: { ...parsed.state, sharedSelection: { own: saved, asking: true } },
      ignored: parsed.ignored,
    };
  }
  const state = saved.length > 0 ? { ...parsed.state, selection: saved } : parsed.state;
  return { state, ignored: parsed.ignored };
}
