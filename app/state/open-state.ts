import type { Catalogue } from '../catalogue/catalogue-types';
import type { AtlasState } from './atlas-state';
import { readSavedSelection } from './saved-selection';
import { parseUrlState } from './url-state';

/**
 * The state Atlas opens in: what the URL says, and, when the URL names no
 * selection, the selection saved from the reader's last visit.
 */
export function openState(
  search: string,
  catalogue: Catalogue,
): { state: AtlasState; ignored: string[] } {
  const parsed = parseUrlState(search, catalogue);
  if (new URLSearchParams(search).has('sel')) return parsed;
  const saved = readSavedSelection().filter((id) => catalogue.indexOf.has(id));
  return saved.length > 0 ? { ...parsed, state: { ...parsed.state, selection: saved } } : parsed;
}
