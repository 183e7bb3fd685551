import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type Dispatch,
  type ReactNode,
} from 'react';
import type { Catalogue } from '../catalogue/catalogue-types';
import { runQuery, type QueryResult } from '../query/run-query';
import { prepareSearch } from '../query/search-methods';
import { TRANSIENT_ACTIONS, type AtlasAction } from './atlas-actions';
import { atlasReducer } from './atlas-reducer';
import type { AtlasState } from './atlas-state';
import { saveSelection } from './saved-selection';
import { parseUrlState, toUrlSearch } from './url-state';

/** A short message about input Atlas could not use or changed, with an optional way to undo it. */
export interface Notice {
  text: string;
  action?: { label: string; intent: AtlasAction } | undefined;
}

interface AtlasContextValue {
  catalogue: Catalogue;
  state: AtlasState;
  query: QueryResult;
  /** Messages about input Atlas could not use (URL values, catalogue entries). */
  notices: readonly Notice[];
  dismissNotices: () => void;
  dismissNotice: (notice: Notice) => void;
}

const AtlasContext = createContext<AtlasContextValue | null>(null);
const DispatchContext = createContext<Dispatch<AtlasAction> | null>(null);

interface AtlasProviderProps {
  catalogue: Catalogue;
  initialState: AtlasState;
  initialNotices: readonly Notice[];
  children: ReactNode;
}

/**
 * Holds the one store, runs the one query on every change, and mirrors the
 * state in the URL: discrete actions add a history entry, typing replaces
 * it, and back/forward restore the state the URL describes.
 */
export function AtlasProvider({
  catalogue,
  initialState,
  initialNotices,
  children,
}: AtlasProviderProps) {
  const [state, dispatchRaw] = useReducer(atlasReducer, initialState);
  const [notices, setNotices] = useState<readonly Notice[]>(initialNotices);
  const lastAction = useRef<AtlasAction['type']>('restoreState');

  const dispatch = useCallback<Dispatch<AtlasAction>>((action) => {
    lastAction.current = action.type;
    dispatchRaw(action);
  }, []);

  const query = useMemo(
    () => runQuery(catalogue, state.filters, state.sort),
    [catalogue, state.filters, state.sort],
  );

  useEffect(() => {
    const search = toUrlSearch(state);
    if (search === window.location.search || (search === '' && window.location.search === '?'))
      return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (TRANSIENT_ACTIONS.has(lastAction.current)) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }, [state]);

  useEffect(() => {
    const restore = () => {
      const parsed = parseUrlState(window.location.search, catalogue);
      lastAction.current = 'restoreState';
      dispatchRaw({ type: 'restoreState', state: parsed.state });
      setNotices(toUrlNotices(parsed.ignored));
    };
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [catalogue]);

  useEffect(() => saveSelection(state.selection), [state.selection]);

  // Building the search index takes about 150 ms at 10,000 methods: do it while the
  // page is idle rather than on the reader's first keystroke.
  useEffect(() => {
    const build = () => prepareSearch(catalogue);
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(build, { timeout: 5000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(build, 1000);
    return () => window.clearTimeout(timer);
  }, [catalogue]);

  const dismissNotices = useCallback(() => setNotices([]), []);
  const dismissNotice = useCallback(
    (notice: Notice) => setNotices((current) => current.filter((other) => other !== notice)),
    [],
  );
  const value = useMemo(
    () => ({ catalogue, state, query, notices, dismissNotices, dismissNotice }),
    [catalogue, state, query, notices, dismissNotices, dismissNotice],
  );
  return (
    <DispatchContext.Provider value={dispatch}>
      <AtlasContext.Provider value={value}>{children}</AtlasContext.Provider>
    </DispatchContext.Provider>
  );
}

/** The catalogue, state, query result and notices. */
export function useAtlas(): AtlasContextValue {
  const value = useContext(AtlasContext);
  if (!value) throw new Error('useAtlas() needs an <AtlasProvider> above it');
  return value;
}

/** The function views dispatch their intents with. */
export function useAtlasDispatch(): Dispatch<AtlasAction> {
  const dispatch = useContext(DispatchContext);
  if (!dispatch) throw new Error('useAtlasDispatch() needs an <AtlasProvider> above it');
  return dispatch;
}

/** The notice for what a URL held that Atlas ignored, if anything. */
export function toUrlNotices(ignored: readonly string[]): Notice[] {
  return ignored.length > 0
    ? [{ text: `This link held things Atlas could not use and ignored: ${ignored.join('; ')}.` }]
    : [];
}
