import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type Dispatch,
  type ReactNode,
} from 'react';
import type { Catalogue } from '../catalogue/catalogue-types';
import type { QueryResult } from '../query/run-query';
import { prepareSearch } from '../query/search-methods';
import { TRANSIENT_ACTIONS, type AtlasAction } from './atlas-actions';
import type { AtlasState } from './atlas-state';
import {
  createAtlasStore,
  toUrlNotices,
  type AtlasSnapshot,
  type AtlasStore,
  type Notice,
} from './create-atlas-store';
import { saveSelection } from './saved-selection';
import { readUrlState, toUrlSearch } from './url-state';

export { toUrlNotices, type AtlasSnapshot, type Notice } from './create-atlas-store';

/** The store object never changes while the provider lives, so this context never re-renders anyone. */
const StoreContext = createContext<AtlasStore | null>(null);

interface AtlasProviderProps {
  catalogue: Catalogue;
  initialState: AtlasState;
  initialNotices: readonly Notice[];
  children: ReactNode;
}

/** Writes each new state to the URL: discrete actions add a history entry, typing replaces it. */
function mirrorInUrl(snapshot: AtlasSnapshot): void {
  const search = toUrlSearch(snapshot.state, snapshot.catalogue);
  if (search === window.location.search || (search === '' && window.location.search === '?'))
    return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (TRANSIENT_ACTIONS.has(snapshot.lastAction)) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}

/**
 * Saves the selection as the reader's own, except while a link's selection is shown
 * in its place: then the saved one is left as it was until the reader says otherwise.
 */
function saveIfOwn(state: AtlasState): void {
  if (state.sharedSelection === null) saveSelection(state.selection);
}

/**
 * Holds the one store, mirrors its state in the URL (back/forward restore the
 * state the URL describes) and saves the selection. Components read it through
 * `useAtlasSelector`, so each one re-renders only when its own slice changes.
 */
export function AtlasProvider({
  catalogue,
  initialState,
  initialNotices,
  children,
}: AtlasProviderProps) {
  const [store] = useState(() => createAtlasStore(catalogue, initialState, initialNotices));

  useEffect(() => {
    let last = store.getSnapshot();
    return store.subscribe(() => {
      const next = store.getSnapshot();
      if (next.state !== last.state) mirrorInUrl(next);
      if (
        next.state.selection !== last.state.selection ||
        next.state.sharedSelection !== last.state.sharedSelection
      )
        saveIfOwn(next.state);
      last = next;
    });
  }, [store]);

  useEffect(() => {
    const restore = () => {
      const parsed = readUrlState(window.location.search, store.catalogue);
      // The catalogue on screen does not change with history: keep its name, and keep
      // the reader's own selection aside while a link's is shown.
      const { catalogueName, sharedSelection } = store.getSnapshot().state;
      store.dispatch({
        type: 'restoreState',
        state: { ...parsed.state, catalogueName, sharedSelection },
      });
      store.setNotices(toUrlNotices(parsed.ignored));
    };
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [store]);

  useEffect(() => saveIfOwn(store.getSnapshot().state), [store]);

  // Building the search index takes about 150 ms at 10,000 methods: do it while the
  // page is idle rather than on the reader's first keystroke.
  useEffect(() => {
    const build = () => prepareSearch(store.catalogue);
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(build, { timeout: 5000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(build, 1000);
    return () => window.clearTimeout(timer);
  }, [store]);

  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

function useStore(): AtlasStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('Atlas hooks need an <AtlasProvider> above them');
  return store;
}

/**
 * The catalogue every view shows, labelled as the reader chose (Atlas's labels
 * or the survey's): it changes only when the reader switches labels.
 */
export function useCatalogue(): Catalogue {
  return useAtlasSelector(selectCatalogue);
}

/**
 * The catalogue as loaded, with Atlas's labels, whichever labels are shown: for
 * what must not move when the labels change (the graph's layout).
 */
export function useLoadedCatalogue(): Catalogue {
  return useStore().catalogue;
}

/**
 * The slice of the store `select` picks; the component re-renders only when
 * that slice changes (by `isEqual`, `Object.is` by default). `select` may
 * build a new value each call (a count, a filtered list) when `isEqual` can
 * tell equal ones apart; otherwise it should return parts of the snapshot.
 */
export function useAtlasSelector<T>(
  select: (snapshot: AtlasSnapshot) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useStore();
  const cache = useRef<{
    snapshot: AtlasSnapshot;
    select: (snapshot: AtlasSnapshot) => T;
    value: T;
  } | null>(null);
  // Keyed on the selector too: one that closes over a prop reads again when the prop
  // changes, though the store did not.
  const selectFromSnapshot = () => {
    const snapshot = store.getSnapshot();
    const cached = cache.current;
    if (cached && cached.snapshot === snapshot && cached.select === select) return cached.value;
    const value = select(snapshot);
    if (cached && isEqual(cached.value, value)) {
      cache.current = { snapshot, select, value: cached.value };
      return cached.value;
    }
    cache.current = { snapshot, select, value };
    return value;
  };
  return useSyncExternalStore(store.subscribe, selectFromSnapshot, selectFromSnapshot);
}

/** The reader's state (re-renders on every state change: prefer a narrower selector). */
export function useAtlasState<T>(select: (state: AtlasState) => T): T {
  return useAtlasSelector((snapshot) => select(snapshot.state));
}

/** The current query result: changes only when the filters or the sort do. */
export function useAtlasQuery(): QueryResult {
  return useAtlasSelector(selectQuery);
}

const selectQuery = (snapshot: AtlasSnapshot) => snapshot.query;
const selectCatalogue = (snapshot: AtlasSnapshot) => snapshot.catalogue;
const selectNotices = (snapshot: AtlasSnapshot) => snapshot.notices;
const selectAll = (snapshot: AtlasSnapshot) => snapshot;

/** The notices shown above the view, and the ways to dismiss them. */
export function useNotices() {
  const store = useStore();
  const notices = useAtlasSelector(selectNotices);
  const dismissNotices = useCallback(() => store.setNotices([]), [store]);
  return { notices, dismissNotices, dismissNotice: store.dismissNotice };
}

/**
 * Everything at once: catalogue, state, query and notices. It re-renders on
 * every change, so components on the path of a frequent update should use
 * `useCatalogue`, `useAtlasState` or `useAtlasSelector` instead.
 */
export function useAtlas() {
  const snapshot = useAtlasSelector(selectAll);
  const { notices, dismissNotices, dismissNotice } = useNotices();
  return {
    catalogue: snapshot.catalogue,
    state: snapshot.state,
    query: snapshot.query,
    notices,
    dismissNotices,
    dismissNotice,
  };
}

/**
 * For event handlers: a function returning the store's snapshot at the time of the call.
 * Reading through it subscribes to nothing, so a component that needs a large slice only
 * when clicked (the visible methods, to export them) does not re-render as it changes.
 */
export function useLatestSnapshot(): () => AtlasSnapshot {
  return useStore().getSnapshot;
}

/** The function views dispatch their intents with; the same function for the page's life. */
export function useAtlasDispatch(): Dispatch<AtlasAction> {
  return useStore().dispatch;
}
