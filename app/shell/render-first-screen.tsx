import { renderToString } from 'react-dom/server';
import type { LoadedCatalogue } from '../catalogue/load-catalogue';
import { AtlasProvider } from '../state/atlas-store';
import { readOpeningState } from '../state/read-opening-state';
import { AtlasShell } from './atlas-shell';
import { toStartNotices } from './start-notices';

const ignore = () => undefined;

/**
 * The page as a reader first sees it at a bare address with nothing stored (the
 * bundled catalogue, no filter, the table), rendered by the same components as the
 * live page. The build writes it into index.html, so the first rows are on screen
 * before the app's code has loaded; null when the catalogue has any problem.
 */
export function renderFirstScreen(loaded: LoadedCatalogue): string | null {
  const { catalogue } = loaded;
  if (!catalogue || catalogue.methods.length === 0 || loaded.problems.length > 0) return null;
  const opened = readOpeningState('', catalogue);
  const html = renderToString(
    <AtlasProvider
      catalogue={catalogue}
      initialState={{ ...opened.state, catalogueName: null }}
      initialNotices={toStartNotices(loaded, opened)}
    >
      <AtlasShell problems={[]} user={null} onApply={ignore} onReset={ignore} />
    </AtlasProvider>,
  );
  // React hoists a preload of the header's image in front of the markup: the page has its own.
  return html.replace(/^(<link [^>]*>)+/, '');
}
