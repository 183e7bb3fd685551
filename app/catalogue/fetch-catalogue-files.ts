import type { CatalogueProblem } from './catalogue-problem';
import { METHODS_FILE, NEEDS_OVERRIDES_FILE, TAXONOMY_FILE } from './catalogue-files';

/** One catalogue file as fetched and parsed: its data, or the problem that stopped it. */
export type FetchedJson = { data: unknown } | { problem: CatalogueProblem };

/** The three catalogue files, parsed, with the digest of their bytes. */
export interface FetchedCatalogue {
  taxonomy: FetchedJson;
  methods: FetchedJson;
  overrides: FetchedJson;
  /**
   * SHA-256 (hex) of the bytes the build hashes (`toDigestInput`); null when a file could
   * not be fetched or the browser offers no digest (plain http).
   */
  digest: string | null;
}

/** The files' bytes, in the order their digest reads them. */
export interface CatalogueBytes {
  taxonomy: Uint8Array;
  methods: Uint8Array;
  overrides: Uint8Array;
}

const NEWLINE = 0x0a;

/**
 * SHA-256, as hex, of the bytes the build hashed (`toDigestInput`: each file's UTF-8 bytes
 * closed by a newline), taken over the bytes as fetched, so the page neither joins nor
 * encodes again the text it decodes. Null where the browser offers no digest (plain http).
 */
export async function computeCatalogueDigest(files: CatalogueBytes): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const parts = [files.taxonomy, files.methods, files.overrides];
  const input = new Uint8Array(parts.reduce((sum, part) => sum + part.length + 1, 0));
  let at = 0;
  for (const part of parts) {
    input.set(part, at);
    input[at + part.length] = NEWLINE;
    at += part.length + 1;
  }
  const digest = new Uint8Array(await subtle.digest('SHA-256', input));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function fetchBytes(
  file: string,
  baseUrl: string,
): Promise<{ bytes: Uint8Array } | { problem: CatalogueProblem }> {
  try {
    const response = await fetch(new URL(file, baseUrl));
    if (!response.ok) {
      const message = `could not be loaded (HTTP ${response.status})`;
      return { problem: { file, entry: '', field: '', message } };
    }
    return { bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: { file, entry: '', field: '', message: `could not be loaded (${reason})` } };
  }
}

function parseBytes(
  file: string,
  fetched: { bytes: Uint8Array } | { problem: CatalogueProblem },
): FetchedJson {
  if ('problem' in fetched) return fetched;
  try {
    return { data: JSON.parse(new TextDecoder().decode(fetched.bytes)) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: { file, entry: '', field: '', message: `is not valid JSON (${reason})` } };
  }
}

/**
 * Fetches the three catalogue files from the site itself (`baseUrl`/data/), parses them and
 * takes the digest of their bytes. The digest is started before the files are parsed, so the
 * browser hashes while the page decodes and parses. Never throws: every failure is a problem.
 */
export async function fetchCatalogueFiles(baseUrl: string): Promise<FetchedCatalogue> {
  const [taxonomy, methods, overrides] = await Promise.all([
    fetchBytes(TAXONOMY_FILE, baseUrl),
    fetchBytes(METHODS_FILE, baseUrl),
    fetchBytes(NEEDS_OVERRIDES_FILE, baseUrl),
  ]);
  const digest =
    'bytes' in taxonomy && 'bytes' in methods && 'bytes' in overrides
      ? computeCatalogueDigest({
          taxonomy: taxonomy.bytes,
          methods: methods.bytes,
          overrides: overrides.bytes,
        })
      : Promise.resolve(null);
  const parsed = {
    taxonomy: parseBytes(TAXONOMY_FILE, taxonomy),
    methods: parseBytes(METHODS_FILE, methods),
    overrides: parseBytes(NEEDS_OVERRIDES_FILE, overrides),
  };
  return { ...parsed, digest: await digest };
}

/** The fetch started ahead of the app, and the page address it was started for. */
let started: { baseUrl: string; files: Promise<FetchedCatalogue> } | null = null;

/**
 * Starts fetching the catalogue files before the app needs them: the build adds a small
 * script that calls this as soon as it has loaded, while the browser still compiles the app.
 */
export function startCatalogueFetch(baseUrl: string): void {
  started ??= { baseUrl, files: fetchCatalogueFiles(baseUrl) };
}

/**
 * The catalogue files for `baseUrl`: the fetch started ahead (once; a later call fetches
 * again, so going back to the bundled catalogue reads the files as they are then), or a new one.
 */
export function takeCatalogueFiles(baseUrl: string): Promise<FetchedCatalogue> {
  const ahead = started;
  started = null;
  return ahead?.baseUrl === baseUrl ? ahead.files : fetchCatalogueFiles(baseUrl);
}
