import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The page's icon link, as index.html writes it: `<link rel="icon" ... href="...">`. */
const ICON_LINK = /<link\s+rel="icon"\s+type="image\/png"\s+href="([^"]+)"\s*\/?>/;

/**
 * The page with its PNG icon written into the icon link as a data: URL. Chromium fetches a
 * page's icon again after every history.pushState or replaceState, that is after every filter
 * change; a data: URL asks nothing of the network or of the page's main thread, where a file
 * made each change wait for a request and its decoding (an SVG icon: a whole SVG document).
 * Throws when the page has no such link, so a changed index.html cannot drop the icon unseen.
 */
export function inlineIcon(html: string, readIcon: (href: string) => Buffer): string {
  const link = ICON_LINK.exec(html);
  if (!link)
    throw new Error('index.html: no <link rel="icon" type="image/png" href="..."> to inline');
  const data = readIcon(link[1]!).toString('base64');
  return html.replace(
    link[0],
    `<link rel="icon" type="image/png" href="data:image/png;base64,${data}" />`,
  );
}

/** Inlines index.html's PNG icon (a path relative to the project root) in the built page. */
export function inlineIconPlugin(root = process.cwd()): Plugin {
  return {
    name: 'atlas-inline-icon',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => inlineIcon(html, (href) => readFileSync(resolve(root, href))),
    },
  };
}
