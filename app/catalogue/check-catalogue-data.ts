import type { CatalogueProblem } from './catalogue-problem';
import type { Method, Taxonomy } from './catalogue-types';
import type { NeedsOverride } from './method-needs';
import { validateCatalogue } from './validate-catalogue';
import { validateNeedsOverrides } from './validate-needs-overrides';

/** The parsed catalogue files, not yet checked; a file that could not be read is a problem. */
export interface RawCatalogueData {
  taxonomy: unknown;
  methods: unknown;
  /** The overrides, or the problem that kept them from being read. */
  overrides: { data: unknown } | { problem: CatalogueProblem };
}

/** What checking gave: what passed, and every problem, ready to build a catalogue from. */
export interface CheckedCatalogueData {
  taxonomy: Taxonomy | null;
  methods: Method[];
  overrides: [string, NeedsOverride][];
  problems: CatalogueProblem[];
  entryCount: number;
}

/**
 * Checks the catalogue files with the validator `npm run validate` uses: the schema,
 * the cross-entry rules and the needs overrides. Runs in a worker for the page, in
 * Node for the build and the tests. Without its overrides the catalogue still builds,
 * on the rule's needs alone.
 */
export function checkCatalogueData(raw: RawCatalogueData): CheckedCatalogueData {
  const result = validateCatalogue(raw.taxonomy, raw.methods);
  const needs =
    'problem' in raw.overrides
      ? { byId: new Map<string, NeedsOverride>(), problems: [raw.overrides.problem] }
      : validateNeedsOverrides(raw.overrides.data, result.methods);
  return {
    taxonomy: result.taxonomy,
    methods: result.methods,
    overrides: [...needs.byId],
    problems: [...result.problems, ...needs.problems],
    entryCount: result.entryCount,
  };
}
