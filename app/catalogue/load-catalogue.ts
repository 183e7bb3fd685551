import type { Catalogue, Method, Taxonomy } from './catalogue-types';
import type { CatalogueProblem } from './catalogue-problem';
import type { NeedsOverride } from './method-needs';
import { buildCatalogue } from './build-catalogue';
import { CHECKED_DIGEST_META } from './catalogue-files';
import type { CheckedCatalogueData, RawCatalogueData } from './check-catalogue-data';
import { takeCatalogueFiles } from './fetch-catalogue-files';

export { computeCatalogueDigest, type CatalogueBytes } from './fetch-catalogue-files';

export interface LoadedCatalogue {
  /** Null when nothing usable could be loaded. */
  catalogue: Catalogue | null;
  problems: CatalogueProblem[];
  /** How many entries the methods file held, so a reader can see what was left out. */
  entryCount: number;
}

/** Checks parsed catalogue files with the full validator (in a worker for the page). */
export type CheckCatalogue = (raw: RawCatalogueData) => Promise<CheckedCatalogueData>;

export interface LoadOptions {
  /** The digest of the files the build validated; null when it validated none. */
  checkedDigest?: string | null;
  /** The full check, for files whose digest differs (default: a worker). */
  check?: CheckCatalogue;
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

/** The catalogue from files the build already validated: indexed, not checked again. */
function toTrustedCatalogue(
  taxonomy: unknown,
  methods: unknown,
  overrides: unknown,
): LoadedCatalogue {
  const trustedMethods = methods as Method[];
  const byId = new Map((overrides as NeedsOverride[]).map((override) => [override.id, override]));
  return {
    catalogue: buildCatalogue(taxonomy as Taxonomy, trustedMethods, byId),
    problems: [],
    entryCount: trustedMethods.length,
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
 * (./data/), or takes the fetch the page started ahead (`startCatalogueFetch`), and builds
 * the catalogue. Files whose SHA-256 equals the digest the build wrote into the page were
 * validated by the build and are only parsed; any other files (edited after the build, or
 * served by a test) get the full check of `npm run validate`, off the main thread. Never
 * throws: every failure becomes a problem.
 */
export async function loadCatalogue(
  baseUrl: string = document.baseURI,
  options: LoadOptions = {},
): Promise<LoadedCatalogue> {
  const checkedDigest =
    options.checkedDigest === undefined ? readCheckedDigest() : options.checkedDigest;
  const { taxonomy, methods, overrides, digest } = await takeCatalogueFiles(baseUrl);
  if ('data' in taxonomy && 'data' in methods && 'data' in overrides) {
    if (checkedDigest && digest === checkedDigest)
      return toTrustedCatalogue(taxonomy.data, methods.data, overrides.data);
  }
  const loadProblems = [taxonomy, methods].flatMap((result) =>
    'problem' in result ? [result.problem] : [],
  );
  if (loadProblems.length > 0) return { catalogue: null, problems: loadProblems, entryCount: 0 };
  const check = options.check ?? checkInWorker;
  return toCheckedCatalogue(
    await check({
      taxonomy: 'data' in taxonomy ? taxonomy.data : null,
      methods: 'data' in methods ? methods.data : null,
      overrides,
    }),
  );
}
