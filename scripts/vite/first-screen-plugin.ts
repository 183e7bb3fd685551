import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import type { toCheckedCatalogue } from '../../app/catalogue/load-catalogue';
import type { renderFirstScreen } from '../../app/shell/render-first-screen';
import {
  FIRST_SCREEN_MARK,
  listInlineStyles,
  writeFirstScreenScript,
} from '../../app/shell/first-screen-page';
import { SELECTION_STORAGE_KEY } from '../../app/state/saved-selection';
import { USER_CATALOGUE_FLAG } from '../../app/state/user-catalogue-store';
import { PHONE_QUERY } from '../../app/ui/use-media-query';
import { checkCatalogueDir } from './atlas-data-plugin';

/**
 * Renders the page's opening view (the bundled catalogue, no filter, the table) with the
 * app's own components, through a Vite server in SSR mode: the components import their
 * CSS, which Node alone cannot load. The catalogue is the one the build checked for its
 * digest (`checkCatalogueDir`), not checked again. Null when the catalogue is missing or has
 * a problem: the page then opens as before, on its loading line.
 */
async function renderFromData(root: string, dataDir: string): Promise<string | null> {
  const dir = checkCatalogueDir(dataDir);
  if (!dir?.checked.taxonomy || dir.checked.problems.length > 0) return null;
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    define: { __ATLAS_REPOSITORY__: 'null' },
  });
  try {
    const load = <T>(path: string) => server.ssrLoadModule(path) as Promise<T>;
    const { toCheckedCatalogue: toLoaded } = await load<{
      toCheckedCatalogue: typeof toCheckedCatalogue;
    }>('/app/catalogue/load-catalogue.ts');
    const { renderFirstScreen: render } = await load<{
      renderFirstScreen: typeof renderFirstScreen;
    }>('/app/shell/render-first-screen.tsx');
    return render(toLoaded(dir.checked));
  } finally {
    await server.close();
  }
}

/** A CSP source for one inline script or style: its SHA-256, as the policy names it. */
const toHashSource = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** What the first screen adds to the content security policy. */
export interface FirstScreenSources {
  /** The opening script, which runs inline in the head (a request would hold up the first paint). */
  scripts: string[];
  /** The first screen's inline styles (row heights, column widths). */
  styles: string[];
}

export interface FirstScreenPlugin extends Plugin {
  listPolicySources: () => FirstScreenSources;
}

const OPENING_SCRIPT = writeFirstScreenScript({
  userCatalogueFlag: USER_CATALOGUE_FLAG,
  selectionKey: SELECTION_STORAGE_KEY,
  phoneQuery: PHONE_QUERY,
});

/**
 * Writes the first screen into the built index.html: the opening view as the app's
 * own markup inside #root (inert until the app has adopted it), and the opening script
 * that hides it when the page opens on something else, inline at the top of the head
 * and allowed by its hash alone.
 */
export function firstScreenPlugin(dataDir: string): FirstScreenPlugin {
  let markup: string | null = null;
  let root = process.cwd();
  return {
    name: 'atlas-first-screen',
    apply: 'build',
    listPolicySources: () =>
      markup
        ? {
            scripts: [toHashSource(OPENING_SCRIPT)],
            styles: listInlineStyles(markup).map(toHashSource),
          }
        : { scripts: [], styles: [] },
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      try {
        markup = await renderFromData(root, resolve(root, dataDir));
      } catch (error) {
        // The page works without it (it opens on its loading line), so the build goes on.
        markup = null;
        this.warn(`no first screen: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        if (!markup) return html;
        const filled = html.replace(
          '<div id="root"></div>',
          `<div id="root" ${FIRST_SCREEN_MARK} inert>${markup}</div>`,
        );
        if (filled === html)
          throw new Error('index.html has no empty <div id="root"></div> to fill');
        return {
          html: filled,
          tags: [{ tag: 'script', children: OPENING_SCRIPT, injectTo: 'head-prepend' }],
        };
      },
    },
  };
}
