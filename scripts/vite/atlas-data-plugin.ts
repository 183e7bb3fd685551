import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The catalogue files the app fetches at run time, relative to the page. */
export const CATALOGUE_FILES = ['taxonomy.json', 'methods.json', 'needs-overrides.json'] as const;

/**
 * Serves the catalogue under ./data/ in dev and preview, and copies it into
 * the build, so the app loads it at run time from its own origin and any
 * static host can serve the result.
 */
export function atlasDataPlugin(dataDir: string): Plugin {
  const read = (file: string) => readFileSync(resolve(dataDir, file), 'utf8');
  const serve = (url: string | undefined) => {
    const name = CATALOGUE_FILES.find((file) => url?.split('?')[0]?.endsWith(`/data/${file}`));
    return name ? read(name) : undefined;
  };
  return {
    name: 'atlas-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const body = serve(req.url);
        if (body === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(body);
      });
    },
    // Start fetching the catalogue with the page instead of after the app has mounted.
    // Added after Vite's own HTML processing, which would otherwise bundle the files.
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        CATALOGUE_FILES.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `./data/${file}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        })),
    },
    generateBundle() {
      for (const file of CATALOGUE_FILES) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: read(file) });
      }
    },
  };
}
