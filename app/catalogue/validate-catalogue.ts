import { METHODS_FILE, TAXONOMY_FILE } from './catalogue-files';
import type { z } from 'zod';
import type { Method, Taxonomy } from './catalogue-types';
import { toFieldPath, type CatalogueProblem } from './catalogue-problem';
import { taxonomySchema } from './taxonomy-schema';
import { makeMethodSchema } from './method-schema';
import { toMethod, type RawMethod } from './method-record';
import { checkCatalogueRules } from './catalogue-rules';

export interface ValidationResult {
  /** The taxonomy, when it is valid (methods cannot be checked without it). */
  taxonomy: Taxonomy | null;
  /**
   * Entries that passed the schema, in file order, minus repeated ids and minus the
   * cites a cross-entry rule rejected: what the explorer can still show safely.
   */
  methods: Method[];
  /** Every problem found, in file order. */
  problems: CatalogueProblem[];
  /** How many entries the methods file held. */
  entryCount: number;
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  const shown = JSON.stringify(input);
  return shown && shown.length > 60 ? `${shown.slice(0, 57)}...` : (shown ?? String(input));
}

/** True when a zod issue is about a field that is absent, whatever rule the field has. */
export function isMissing(issue: z.core.$ZodIssue): boolean {
  return (
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
    'input' in issue &&
    issue.input === undefined
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (isMissing(issue)) return 'is required';
  // Stryker disable all: dead branch, toProblems reports unrecognised keys itself and never passes one here
  if (issue.code === 'unrecognized_keys') {
    return `is not a known field (${issue.keys.map((key) => `"${key}"`).join(', ')})`;
  }
  // Stryker restore all
  // A refinement over the whole entry, or a too-long string, would echo back noise: say only what it needs.
  const echo = issue.code !== 'custom' && issue.code !== 'too_big' && issue.code !== 'too_small';
  const got = 'input' in issue && echo ? `; got ${describeInput(issue.input)}` : '';
  return `${issue.message}${got}`;
}

/** Locates each zod issue: the entry from the array index, the field from the rest of the path. */
function toProblems(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  entryName: (index: number) => string,
): CatalogueProblem[] {
  return issues.flatMap((issue) => {
    const [head, ...rest] = issue.path;
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        entry: typeof head === 'number' ? entryName(head) : '',
        field: toFieldPath([...(typeof head === 'number' ? rest : issue.path), key]),
        message: 'is not a known field',
      }));
    }
    if (typeof head === 'number') {
      return [
        { file, entry: entryName(head), field: toFieldPath(rest), message: describeIssue(issue) },
      ];
    }
    return [{ file, entry: '', field: toFieldPath(issue.path), message: describeIssue(issue) }];
  });
}

function nameEntry(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 80 ? id : `#${index}`;
}

/**
 * Checks both catalogue files against the schema and the cross-entry rules and
 * reports every problem at once, naming file, entry and field. An entry that fails the
 * schema is left out of `methods`; cross-entry rules run on the rest.
 */
export function validateCatalogue(rawTaxonomy: unknown, rawMethods: unknown): ValidationResult {
  const taxonomyResult = taxonomySchema.safeParse(rawTaxonomy, { reportInput: true });
  if (!taxonomyResult.success) {
    const problems = toProblems(taxonomyResult.error.issues, TAXONOMY_FILE, (index) => `#${index}`);
    return { taxonomy: null, methods: [], problems, entryCount: 0 };
  }
  const taxonomy = taxonomyResult.data as Taxonomy;
  if (!Array.isArray(rawMethods)) {
    const problem = {
      file: METHODS_FILE,
      entry: '',
      field: '',
      message: 'must be a JSON array of methods',
    };
    return { taxonomy, methods: [], problems: [problem], entryCount: 0 };
  }

  const schema = makeMethodSchema(taxonomy);
  const problems: CatalogueProblem[] = [];
  const valid: Method[] = [];
  rawMethods.forEach((raw: unknown, index) => {
    const result = schema.safeParse(raw, { reportInput: true });
    if (result.success) valid.push(toMethod(result.data as RawMethod, taxonomy));
    else {
      problems.push(
        ...toProblems(
          result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })),
          METHODS_FILE,
          (at) => nameEntry(rawMethods[at], at),
        ),
      );
    }
  });
  const rules = checkCatalogueRules(valid, METHODS_FILE);
  return {
    taxonomy,
    methods: rules.kept,
    problems: [...problems, ...rules.problems],
    entryCount: rawMethods.length,
  };
}
