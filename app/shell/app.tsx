import { useEffect, useState } from 'react';
import { formatProblem } from '../catalogue/catalogue-problem';
import { loadCatalogue, type LoadedCatalogue } from '../catalogue/load-catalogue';
import { AtlasProvider } from '../state/atlas-store';
import { openState } from '../state/open-state';
import { CatalogueProblems } from './catalogue-problems';
import { AtlasShell } from './atlas-shell';

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

  if (!loaded) {
    return (
      <main className="app-loading" aria-busy="true">
        <p>Loading the catalogue…</p>
      </main>
    );
  }
  if (!loaded.catalogue || loaded.catalogue.methods.length === 0) {
    return <CatalogueProblems problems={loaded.problems} entryCount={loaded.entryCount} fatal />;
  }
  const { state, ignored } = openState(window.location.search, loaded.catalogue);
  const left = loaded.entryCount - loaded.catalogue.methods.length;
  const catalogueNotices =
    loaded.problems.length > 0
      ? [
          `The catalogue has ${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}` +
            (left > 0 ? `; ${left} entr${left === 1 ? 'y was' : 'ies were'} left out` : '') +
            `. First: ${formatProblem(loaded.problems[0]!)}`,
        ]
      : [];
  const urlNotices =
    ignored.length > 0
      ? [`This link held things Atlas could not use and ignored: ${ignored.join('; ')}.`]
      : [];
  return (
    <AtlasProvider
      catalogue={loaded.catalogue}
      initialState={state}
      initialNotices={[...catalogueNotices, ...urlNotices]}
    >
      <AtlasShell problems={loaded.problems} />
    </AtlasProvider>
  );
}
