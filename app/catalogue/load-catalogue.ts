import type { Catalogue, Taxonomy } from './catalogue-types';
import { toMethod, type RawMethod } from './method-record';
import type { CatalogueProblem } from './catalogue-problem';
import type { NeedsOverride } from './method-needs';
import { buildCatalogue } from './build-catalogue';
import {
  CHECKED_DIGEST_META,
  METHODS_FILE,
  NEEDS_OVERRIDES_FILE,
  TAXONOMY_FILE,
  type CatalogueTexts,
} from './catalogue-files';
import type { CheckedCatalogueData, RawCatalogueData } from './check-catalogue-data';

export interface LoadedCatalogue {
  /** Null when nothing usable could be loaded. */
  catalogue: Catalogue | null;
  problems: CatalogueProblem[];
  /** How many entries the methods file held, so a reader can see what was left out. */
  entryCount: number;
  /** True when these are the very files the build checked (their digest is the page's). */
  checkedByBuild?: boolean;
}

/** Checks parsed catalogue files with the full validator (in a worker for the page). */
export type CheckCatalogue = (raw: RawCatalogueData) => Promise<CheckedCatalogueData>;

export interface LoadOptions {
  /** The digest of the files the build validated; null when it validated none. */
  checkedDigest?: string | null;
  /** The full check, for files whose digest differs (default: a worker). */
  check?: CheckCatalogue;
}

/** A fetched file: its bytes (what the digest reads) and its text (what JSON.parse reads). */
interface FetchedFile {
  bytes: Uint8Array;
  text: string;
}

async function fetchFile(
  file: string,
  baseUrl: string,
): Promise<FetchedFile | { problem: CatalogueProblem }> {
  try {
    const response = await fetch(new URL(file, baseUrl));
    if (!response.ok) {
      const message = `could not be loaded (HTTP ${response.status})`;
      return { problem: { file, entry: '', field: '', message } };
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { bytes, text: new TextDecoder().decode(bytes) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: { file, entry: '', field: '', message: `could not be loaded (${reason})` } };
  }
}

function parseJson(file: string, text: string): { data: unknown } | { problem: CatalogueProblem } {
  try {
    return { data: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: { file, entry: '', field: '', message: `is not valid JSON (${reason})` } };
  }
}

/** The files' bytes, in the order their digest reads them. */
export type CatalogueBytes = { [file in keyof CatalogueTexts]: Uint8Array };

const NEWLINE = 0x0a;

/**
 * SHA-256, as hex, of the bytes the build hashed (`toDigestInput`: each file's UTF-8 bytes
 * closed by a newline), taken over the bytes as fetched, so the page neither joins nor
 * encodes again the text it has just decoded. Null where the browser offers no digest
 * (plain http).
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

/** Runs the full check in a worker, so the validator never loads on the main thread. */
export function checkInWorker(raw: RawCatalogueData): Promise<CheckedCatalogueData> {
  const worker = new Worker(new URL('./check-catalogue-worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<CheckedCatalogueData>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CheckedCatalogueData>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(raw);
  }).finally(() => worker.terminate());
}

function readCheckedDigest(): string | null {
  if (typeof document === 'undefined') return null;
  return (
    document.querySelector<HTMLMetaElement>(`meta[name="${CHECKED_DIGEST_META}"]`)?.content || null
  );
}

/** The catalogue from files the build already validated: parsed and indexed, not checked again. */
function toTrustedCatalogue(texts: CatalogueTexts): LoadedCatalogue {
  const taxonomy = JSON.parse(texts.taxonomy) as Taxonomy;
  const methods = (JSON.parse(texts.methods) as RawMethod[]).map((raw) => toMethod(raw, taxonomy));
  const overrides = JSON.parse(texts.overrides) as NeedsOverride[];
  const byId = new Map(overrides.map((override) => [override.id, override]));
  return {
    catalogue: buildCatalogue(taxonomy, methods, byId),
    problems: [],
    entryCount: methods.length,
    checkedByBuild: true,
  };
}

/** A catalogue built from what passed a full check, with every problem it found. */
export function toCheckedCatalogue(checked: CheckedCatalogueData): LoadedCatalogue {
  return {
    catalogue: checked.taxonomy
      ? buildCatalogue(checked.taxonomy, checked.methods, new Map(checked.overrides))
      : null,
    problems: checked.problems,
    entryCount: checked.entryCount,
  };
}

/**
 * Fetches the catalogue files (taxonomy, methods, needs overrides) from the site itself
 * (./data/) and builds the catalogue. Files whose SHA-256 equals the digest the build
 * wrote into the page were validated by the build and are only parsed; any other files
 * (edited after the build, or served by a test) get the full check of `npm run validate`,
 * off the main thread. Never throws: every failure becomes a problem.
 */
export async function loadCatalogue(
  baseUrl: string = document.baseURI,
  options: LoadOptions = {},
): Promise<LoadedCatalogue> {
  const checkedDigest =
    options.checkedDigest === undefined ? readCheckedDigest() : options.checkedDigest;
  const [taxonomy, methods, overrides] = await Promise.all([
    fetchFile(TAXONOMY_FILE, baseUrl),
    fetchFile(METHODS_FILE, baseUrl),
    fetchFile(NEEDS_OVERRIDES_FILE, baseUrl),
  ]);
  if ('text' in taxonomy && 'text' in methods && 'text' in overrides && checkedDigest) {
    const bytes = { taxonomy: taxonomy.bytes, methods: methods.bytes, overrides: overrides.bytes };
    if ((await computeCatalogueDigest(bytes)) === checkedDigest) {
      return toTrustedCatalogue({
        taxonomy: taxonomy.text,
        methods: methods.text,
        overrides: overrides.text,
      });
    }
  }
  const parsedTaxonomy = 'text' in taxonomy ? parseJson(TAXONOMY_FILE, taxonomy.text) : taxonomy;
  const parsedMethods = 'text' in methods ? parseJson(METHODS_FILE, methods.text) : methods;
  const loadProblems = [parsedTaxonomy, parsedMethods].flatMap((result) =>
    'problem' in result ? [result.problem] : [],
  );
  if (loadProblems.length > 0) return { catalogue: null, problems: loadProblems, entryCount: 0 };
  const check = options.check ?? checkInWorker;
  return toCheckedCatalogue(
    await check({
      taxonomy: 'data' in parsedTaxonomy ? parsedTaxonomy.data : null,
      methods: 'data' in parsedMethods ? parsedMethods.data : null,
      overrides: 'text' in overrides ? parseJson(NEEDS_OVERRIDES_FILE, overrides.text) : overrides,
    }),
  );
}
