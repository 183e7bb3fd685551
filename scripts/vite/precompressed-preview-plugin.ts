import { statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import sirv from 'sirv';
import type { Plugin } from 'vite';

/** The compressed copies the build writes beside each text file (vite.config.ts). */
const COPIES = ['.br', '.gz'] as const;

function modifiedAt(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * The path inside `root` a request names ("/" and folders: their index.html) when the build's
 * compressed copies of that file are at least as new as it, else null: a file edited after
 * the build (the page then checks it in full) must be served as edited, not as the copy of
 * what was built.
 */
export function findFreshCopies(root: string, url: string | undefined): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent((url ?? '/').split('?')[0]!);
  } catch {
    return null;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = resolve(root, `.${pathname}`);
  if (!file.startsWith(root + sep)) return null;
  const original = modifiedAt(file);
  if (original === null) return null;
  const copies = COPIES.map((ending) => modifiedAt(file + ending));
  return copies.every((copy) => copy !== null && copy >= original) ? pathname : null;
}

/** Serves `root`'s files from their compressed copies where these are fresh; else calls `next`. */
export function servePrecompressed(root: string) {
  const absolute = resolve(root);
  const serve = sirv(absolute, {
    brotli: true,
    gzip: true,
    dev: true,
    extensions: [],
    // As vite preview's own responses: the browser asks again each time, so a rebuild shows.
    setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
  });
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const pathname = findFreshCopies(absolute, req.url);
    if (pathname === null) return next();
    const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    req.url = `${encodeURI(pathname)}${query}`;
    serve(req, res, next);
  };
}

/**
 * `vite preview` (npm start, the e2e tests, the benchmark) serves the build's .br and .gz
 * copies, as a static host does, instead of compressing every response again: on a machine
 * whose cores the browser shares, that compression delayed the page's first paint.
 */
export function precompressedPreviewPlugin(): Plugin {
  return {
    name: 'atlas-precompressed-preview',
    configurePreviewServer(server) {
      server.middlewares.use(
        servePrecompressed(resolve(server.config.root, server.config.build.outDir)),
      );
    },
  };
}
