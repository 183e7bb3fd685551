import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { toMethod } from '../catalogue/method-record';
import { buildCatalogue } from '../catalogue/build-catalogue';
import {
  checkInWorker,
  loadCatalogue,
  toCheckedCatalogue,
  type LoadedCatalogue,
} from '../catalogue/load-catalogue';
import { AtlasProvider } from '../state/atlas-store';
import { INITIAL_STATE } from '../state/atlas-state';
import { readOpeningState } from '../state/read-opening-state';
import { CATALOGUE_PARAM, toUrlSearch } from '../state/url-state';
import {
  forgetStoredCatalogue,
  readStoredCatalogue,
  storeCatalogue,
  type StoredCatalogue,
} from '../state/user-catalogue-store';
import { CatalogueProblems } from './catalogue-problems';
import { AtlasShell } from './atlas-shell';
import { toCatalogueNotices, toStartNotices } from './start-notices';

/** What is on screen: the catalogue, whose it is, and a key that remounts the store on a switch. */
interface Shown {
  loaded: LoadedCatalogue;
  user: StoredCatalogue | null;
  /** False once the reader switched catalogues: the old URL no longer applies. */
  fromUrl: boolean;
  key: number;
}

/** The reader's stored catalogue, checked again off the main thread; null unless wholly valid. */
async function toLoaded(stored: StoredCatalogue): Promise<LoadedCatalogue | null> {
  const checked = await checkInWorker({
    taxonomy: stored.taxonomy,
    methods: stored.methods,
    overrides: { data: [] },
  });
  const loaded = toCheckedCatalogue(checked);
  return loaded.catalogue && loaded.problems.length === 0 && checked.methods.length > 0
    ? loaded
    : null;
}

/** The reader's stored catalogue when there is a usable one, else the bundled one. */
async function loadStart(): Promise<Omit<Shown, 'key' | 'fromUrl'>> {
  const stored = await readStoredCatalogue();
  const loaded = stored ? await toLoaded(stored) : null;
  if (stored && loaded) return { loaded, user: stored };
  if (stored) await forgetStoredCatalogue();
  return { loaded: await loadCatalogue(), user: null };
}

interface AppProps {
  /** The bundled catalogue, loaded before React started (to adopt the build's first screen). */
  preloaded?: LoadedCatalogue;
  /** Called once the explorer is on screen. */
  onShown?: () => void;
}

/** Loads and validates the catalogue, then opens the explorer in the state the URL describes. */
export function App({ preloaded, onShown }: AppProps) {
  const [shown, setShown] = useState<Shown | null>(() =>
    preloaded ? { loaded: preloaded, user: null, fromUrl: true, key: 0 } : null,
  );

  useEffect(() => {
    if (preloaded) return;
    let live = true;
    void loadStart().then((start) => {
      if (live) setShown({ ...start, fromUrl: true, key: 0 });
    });
    return () => {
      live = false;
    };
  }, [preloaded]);

  // The adopted first screen answers input from the frame that shows the live page.
  useLayoutEffect(() => {
    if (shown) onShown?.();
  }, [shown, onShown]);

  const switchTo = useCallback((next: Omit<Shown, 'key' | 'fromUrl'>) => {
    // The old URL's filters name the old catalogue's values: start the new one clean,
    // naming the reader's own catalogue so that a link copied at once says which it is.
    const { catalogue } = next.loaded;
    const initial = { ...INITIAL_STATE, catalogueName: next.user?.name ?? null };
    const search = catalogue ? toUrlSearch(initial, catalogue) : '';
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
    setShown((current) => ({ ...next, fromUrl: false, key: (current?.key ?? 0) + 1 }));
  }, []);

  const apply = useCallback(
    (stored: StoredCatalogue) => {
      // The worker has validated it already; a stored copy is validated again on reload.
      const loaded: LoadedCatalogue = {
        catalogue: buildCatalogue(
          stored.taxonomy,
          stored.methods.map((raw) => toMethod(raw, stored.taxonomy)),
        ),
        problems: [],
        entryCount: stored.methods.length,
      };
      void storeCatalogue(stored);
      switchTo({ loaded, user: stored });
    },
    [switchTo],
  );

  const reset = useCallback(() => {
    void forgetStoredCatalogue()
      .then(() => loadCatalogue())
      .then((loaded) => switchTo({ loaded, user: null }));
  }, [switchTo]);

  // A reload of the reader's own catalogue from a bare address: name it in the URL
  // straight away, as the store does from the first change on.
  useEffect(() => {
    if (!shown?.user || !shown.fromUrl) return;
    const params = new URLSearchParams(window.location.search);
    if (params.get(CATALOGUE_PARAM) === shown.user.name) return;
    params.delete(CATALOGUE_PARAM);
    const named = new URLSearchParams([[CATALOGUE_PARAM, shown.user.name], ...params]);
    const { pathname, hash } = window.location;
    window.history.replaceState(null, '', `${pathname}?${named.toString()}${hash}`);
  }, [shown]);

  const search = shown?.fromUrl ? window.location.search : '';
  const opened = useMemo(
    () => (shown?.loaded.catalogue ? readOpeningState(search, shown.loaded.catalogue) : null),
    [shown, search],
  );

  if (!shown) {
    return (
      <main className="app-loading" aria-busy="true">
        <p>Loading the catalogue…</p>
      </main>
    );
  }
  const { loaded, user } = shown;
  const shownName = user?.name ?? null;
  if (!loaded.catalogue || loaded.catalogue.methods.length === 0 || !opened) {
    return <CatalogueProblems problems={loaded.problems} entryCount={loaded.entryCount} fatal />;
  }
  return (
    <AtlasProvider
      key={shown.key}
      catalogue={loaded.catalogue}
      initialState={{ ...opened.state, catalogueName: shownName }}
      initialNotices={[
        ...toCatalogueNotices(search, opened.state.catalogueName, shownName),
        ...toStartNotices(loaded, opened),
      ]}
    >
      <AtlasShell problems={loaded.problems} user={user} onApply={apply} onReset={reset} />
    </AtlasProvider>
  );
}
