import { NEEDS_OVERRIDES_FILE } from './catalogue-files';
import { z } from './zod-setup';
import type { Method } from './catalogue-types';
import { toFieldPath, type CatalogueProblem } from './catalogue-problem';
import { ACCESS_LEVELS, DATA_LEVELS, toDerivedNeeds, type NeedsOverride } from './method-needs';

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

const overrideSchema = z
  .strictObject({
    id: z.string().min(1, 'must be the id of a catalogue method'),
    access: z
      .enum(ACCESS_LEVELS, { error: () => `must be one of ${quoted(ACCESS_LEVELS)}` })
      .optional(),
    data: z.enum(DATA_LEVELS, { error: () => `must be one of ${quoted(DATA_LEVELS)}` }).optional(),
    note: z
      .string()
      .trim()
      .min(1, 'must say why the paper departs from the rule')
      .max(1000, 'is longer than 1,000 characters'),
  })
  .refine((entry) => entry.access !== undefined || entry.data !== undefined, {
    message: 'must override "access", "data" or both',
    path: ['access'],
  });

export interface NeedsOverridesResult {
  /** Valid overrides by method id; entries with a problem are left out. */
  byId: Map<string, NeedsOverride>;
  problems: CatalogueProblem[];
}

/**
 * Checks data/needs-overrides.json: an array of `{ id, access?, data?, note }`.
 * Each entry must name a catalogue method once, change at least one need, and
 * differ from what the rule already derives (an override that repeats the rule
 * is noise). Reports every problem with file, entry and field.
 */
export function validateNeedsOverrides(
  raw: unknown,
  methods: readonly Method[],
): NeedsOverridesResult {
  const byId = new Map<string, NeedsOverride>();
  const problems: CatalogueProblem[] = [];
  const report = (entry: string, field: string, message: string) =>
    problems.push({ file: NEEDS_OVERRIDES_FILE, entry, field, message });
  if (!Array.isArray(raw)) {
    report('', '', 'must be a JSON array of overrides');
    return { byId, problems };
  }
  const methodById = new Map(methods.map((method) => [method.id, method]));
  raw.forEach((entry: unknown, index) => {
    const rawId = (entry as { id?: unknown } | null)?.id;
    const name = typeof rawId === 'string' && rawId && rawId.length <= 80 ? rawId : `#${index}`;
    const parsed = overrideSchema.safeParse(entry, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) report(name, key, 'is not a known field');
        } else {
          const missing = issue.code === 'invalid_type' && issue.input === undefined;
          report(name, toFieldPath(issue.path), missing ? 'is required' : issue.message);
        }
      }
      return;
    }
    const override: NeedsOverride = parsed.data;
    const method = methodById.get(override.id);
    if (!method) return report(name, 'id', 'is not the id of a catalogue method');
    if (byId.has(override.id)) return report(name, 'id', 'repeats an earlier override');
    const derived = toDerivedNeeds(method);
    if (override.access === derived.access) {
      report(name, 'access', `repeats what the rule derives ("${derived.access}")`);
      return;
    }
    if (override.data === derived.data) {
      report(name, 'data', `repeats what the rule derives ("${derived.data}")`);
      return;
    }
    byId.set(override.id, override);
  });
  return { byId, problems };
}
