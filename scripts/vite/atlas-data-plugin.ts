import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { validateChangelog } from '../../app/catalogue/changelog';
import {
  checkCatalogueData,
  type CheckedCatalogueData,
} from '../../app/catalogue/check-catalogue-data';
import { CHECKED_DIGEST_META, toDigestInput } from '../../app/catalogue/catalogue-files';
import { toAtomFeed } from '../../app/export/atom-feed';

/** The catalogue files the app fetches at run time, relative to the page. */
export const CATALOGUE_FILES = ['taxonomy.json', 'methods.json', 'needs-overrides.json'] as const;
/** The Atom feed of additions and relabels, written beside the page. */
export const FEED_FILE = 'feed.xml';

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * A catalogue file as the site serves it: compact JSON, since the source's indentation is a
 * quarter of methods.json's bytes and the page decodes every byte; a file that does not parse
 * is served as it is, so the page names its problem.
 */
export function toServedText(text: string): string {
  const data = parseOrNull(text);
  return data === null ? text : JSON.stringify(data);
}

/** The catalogue in a folder as the site serves it (`toServedText`), and what the full check made of it. */
export interface CheckedCatalogueDir {
  texts: { taxonomy: string; methods: string; overrides: string };
  checked: CheckedCatalogueData;
}

/** The last check of each folder, with the files as read, kept while they read the same. */
const lastChecks = new Map<string, { files: readonly Buffer[]; dir: CheckedCatalogueDir }>();

/**
 * Checks the catalogue in `dataDir` with the validator of `npm run validate`, once for as
 * long as its files do not change: the build's digest, its first screen, its feed and the
 * copies of the files it writes all need the result, and the dev server asks again on every
 * page load. Null when a file is missing.
 */
export function checkCatalogueDir(dataDir: string): CheckedCatalogueDir | null {
  const paths = CATALOGUE_FILES.map((file) => resolve(dataDir, file));
  if (!paths.every((path) => existsSync(path))) return null;
  const files = paths.map((path) => readFileSync(path));
  const key = resolve(dataDir);
  const last = lastChecks.get(key);
  // The same bytes as last time: nothing to parse again.
  if (last && files.every((file, index) => file.equals(last.files[index]!))) return last.dir;
  const [taxonomy, methods, overrides] = files.map((file) =>
    toServedText(file.toString('utf8')),
  ) as [string, string, string];
  if (
    last &&
    last.dir.texts.taxonomy === taxonomy &&
    last.dir.texts.methods === methods &&
    last.dir.texts.overrides === overrides
  ) {
    lastChecks.set(key, { files, dir: last.dir });
    return last.dir;
  }
  const checked = checkCatalogueData({
    taxonomy: parseOrNull(taxonomy),
    methods: parseOrNull(methods),
    overrides: { data: parseOrNull(overrides) },
  });
  const dir = { texts: { taxonomy, methods, overrides }, checked };
  lastChecks.set(key, { files, dir });
  return dir;
}

/**
 * The feed of the catalogue in `dataDir`: the entries that passed the build's one check
 * (`checkCatalogueDir`, which the digest and the first screen read too), with the relabels
 * of data/changelog.json when there is one. A broken catalogue still builds (the page
 * lists its problems), so the feed then holds only what validated. Null when a catalogue
 * file is missing.
 */
export function writeAtomFeed(dataDir: string): string | null {
  const dir = checkCatalogueDir(dataDir);
  if (!dir) return null;
  const { methods } = dir.checked;
  const changelogPath = resolve(dataDir, 'changelog.json');
  const changelog = existsSync(changelogPath)
    ? validateChangelog(parseOrNull(readFileSync(changelogPath, 'utf8')), methods).entries
    : [];
  return toAtomFeed(methods, changelog);
}

/**
 * The SHA-256 (hex) of the catalogue in `dataDir`, as served (`toServedText`), when it passes the full check of
 * `npm run validate` with no problem at all, else null. The page trusts files with
 * this digest and checks any others itself, so the validator stays off its main thread.
 */
export function computeCheckedDigest(dataDir: string): string | null {
  const dir = checkCatalogueDir(dataDir);
  if (!dir?.checked.taxonomy || dir.checked.problems.length > 0) return null;
  return createHash('sha256').update(toDigestInput(dir.texts), 'utf8').digest('hex');
}

/**
 * Serves the catalogue under ./data/ in dev and preview, and copies it into
 * the build, so the app loads it at run time from its own origin and any
 * static host can serve the result.
 */
export function atlasDataPlugin(dataDir: string): Plugin {
  const read = (file: string) => toServedText(readFileSync(resolve(dataDir, file), 'utf8'));
  const serve = (url: string | undefined) => {
    const name = CATALOGUE_FILES.find((file) => url?.split('?')[0]?.endsWith(`/data/${file}`));
    return name ? read(name) : undefined;
  };
  return {
    name: 'atlas-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const feed = req.url?.split('?')[0]?.endsWith(`/${FEED_FILE}`) && writeAtomFeed(dataDir);
        if (feed) {
          res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
          res.end(feed);
          return;
        }
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
      handler: () => [
        ...toCheckedDigestTags(computeCheckedDigest(dataDir)),
        ...CATALOGUE_FILES.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `./data/${file}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        })),
        {
          tag: 'link',
          attrs: {
            rel: 'alternate',
            type: 'application/atom+xml',
            title: 'Reprogrammability Atlas: additions and relabels',
            href: `./${FEED_FILE}`,
          },
          injectTo: 'head' as const,
        },
      ],
    },
    generateBundle() {
      // The files as the one check read them, not read and re-serialised again.
      const dir = checkCatalogueDir(dataDir);
      const feed = writeAtomFeed(dataDir);
      if (!dir || feed === null) {
        const missing = CATALOGUE_FILES.filter((file) => !existsSync(resolve(dataDir, file)));
        this.error(
          `${dataDir} lacks ${missing.join(', ')}: the catalogue needs every one of ${CATALOGUE_FILES.join(', ')}`,
        );
      }
      const { taxonomy, methods, overrides } = dir.texts;
      [taxonomy, methods, overrides].forEach((source, index) =>
        this.emitFile({ type: 'asset', fileName: `data/${CATALOGUE_FILES[index]!}`, source }),
      );
      this.emitFile({ type: 'asset', fileName: FEED_FILE, source: feed });
    },
  };
}

function toCheckedDigestTags(digest: string | null) {
  if (!digest) return [];
  return [
    {
      tag: 'meta',
      attrs: { name: CHECKED_DIGEST_META, content: digest },
      injectTo: 'head' as const,
    },
  ];
}
