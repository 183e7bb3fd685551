import type { Catalogue } from './catalogue-types';
import type { CatalogueProblem } from './catalogue-problem';
import { METHODS_FILE, TAXONOMY_FILE, validateCatalogue } from './validate-catalogue';
import { buildCatalogue } from './build-catalogue';
import { NEEDS_OVERRIDES_FILE, validateNeedsOverrides } from './validate-needs-overrides';

export interface LoadedCatalogue {
  /** Null when nothing usable could be loaded. */
  catalogue: Catalogue | null;
  problems: CatalogueProblem[];
  /** How many entries the methods file held, so a reader can see what was left out. */
  entryCount: number;
}

async function fetchJson(
  file: string,
  baseUrl: string,
): Promise<{ data?: unknown; problem?: CatalogueProblem }> {
  try {
    const response = await fetch(new URL(file, baseUrl));
    if (!response.ok) {
      return {
        problem: {
          file,
          entry: '',
          field: '',
          message: `could not be loaded (HTTP ${response.status})`,
        },
      };
    }
    const body = await response.text();
    try {
      return { data: JSON.parse(body) as unknown };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { problem: { file, entry: '', field: '', message: `is not valid JSON (${reason})` } };
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: { file, entry: '', field: '', message: `could not be loaded (${reason})` } };
  }
}

/**
 * Fetches the catalogue files (taxonomy, methods, needs overrides) from the site itself (./data/), validates them
 * with the same validator `npm run validate` uses, and builds the catalogue
 * from the entries that passed. Never throws: every failure becomes a problem.
 */
export async function loadCatalogue(baseUrl: string = document.baseURI): Promise<LoadedCatalogue> {
  const [taxonomy, methods, overrides] = await Promise.all([
    fetchJson(TAXONOMY_FILE, baseUrl),
    fetchJson(METHODS_FILE, baseUrl),
    fetchJson(NEEDS_OVERRIDES_FILE, baseUrl),
  ]);
  const loadProblems = [taxonomy.problem, methods.problem].filter(
    (problem) => problem !== undefined,
  );
  if (loadProblems.length > 0) return { catalogue: null, problems: loadProblems, entryCount: 0 };
  const result = validateCatalogue(taxonomy.data, methods.data);
  // Without its overrides the catalogue still opens, on the rule's needs alone.
  const needs = overrides.problem
    ? { byId: new Map(), problems: [overrides.problem] }
    : validateNeedsOverrides(overrides.data, result.methods);
  const catalogue = result.taxonomy
    ? buildCatalogue(result.taxonomy, result.methods, needs.byId)
    : null;
  return {
    catalogue,
    problems: [...result.problems, ...needs.problems],
    entryCount: result.entryCount,
  };
}
