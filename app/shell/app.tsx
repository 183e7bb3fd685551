import { useEffect, useMemo, useState } from 'react';
import { loadCatalogue, type LoadedCatalogue } from '../catalogue/load-catalogue';
import { AtlasProvider } from '../state/atlas-store';
import { openState } from '../state/open-state';
import { CatalogueProblems } from './catalogue-problems';
import { AtlasShell } from './atlas-shell';
import { toStartNotices } from './start-notices';

/** Loads and validates the catalogue, then opens the explorer in the state the URL describes. */
export function App() {
  const [loaded, setLoaded] = useState<LoadedCatalogue | null>(null);

  useEffect(() => {
    let live = true;
    void loadCatalogue().then((result) => {
      if (live) setLoaded(result);
    });
    return () => {
      live = false;
    };
  }, []);

  const opened = useMemo(
    () => (loaded?.catalogue ? openState(window.location.search, loaded.catalogue) : null),
    [loaded],
  );

  if (!loaded) {
    return (
      <main className="app-loading" aria-busy="true">
        <p>Loading the catalogue…</p>
      </main>
    );
  }
  if (!loaded.catalogue || loaded.catalogue.methods.length === 0 || !opened) {
    return <CatalogueProblems problems={loaded.problems} entryCount={loaded.entryCount} fatal />;
  }
  return (
    <AtlasProvider
      catalogue={loaded.catalogue}
      initialState={opened.state}
      initialNotices={toStartNotices(loaded, opened)}
    >
      <AtlasShell problems={loaded.problems} />
    </AtlasProvider>
  );
}
