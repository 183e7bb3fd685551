import { z } from './zod-setup';
import type { Method } from './catalogue-types';
import { toFieldPath, type CatalogueProblem } from './catalogue-problem';
import { isoDate } from './method-schema';
import { isMissing } from './validate-catalogue';

export const CHANGELOG_FILE = 'data/changelog.json';

/** The fields besides the taxonomy's dimensions whose changes the changelog records. */
export const CHANGELOG_FIXED_FIELDS = ['paradigm', 'modalities', 'scope', 'labels.fit'] as const;
/** One of CHANGELOG_FIXED_FIELDS, or a dimension key of the taxonomy. */
export type ChangelogField = string;

/** One relabel: a field of one method changed from `old` to `new` on `date`, for `reason`. */
export interface ChangelogEntry {
  method: string;
  field: ChangelogField;
  old: string[];
  new: string[];
  date: string;
  reason: string;
}

const text = z.string().trim().min(1, 'must not be empty').max(10_000);
const values = z.array(text).min(1, 'must hold at least one value');
/** The schema of one change, for a catalogue whose methods have these fields. */
const makeEntrySchema = (fields: readonly string[]) =>
  z.strictObject({
    method: z.string().min(1, 'must be the id of a catalogue method'),
    field: z.enum(fields as [string, ...string[]], {
      error: () => `must be one of ${fields.map((field) => `"${field}"`).join(', ')}`,
    }),
    old: values,
    new: values,
    date: isoDate,
    reason: text,
  });

/** The values a method holds today for a changelog field. */
export function toFieldValues(method: Method, field: ChangelogField): string[] {
  if (field === 'labels.fit') return [method.labels.fit];
  if (field === 'paradigm' || field === 'scope') return [method[field]];
  if (field === 'modalities') return [...method.modalities];
  return [...(method.dimensions[field] ?? [])];
}

/** The fields a change may name: the paradigm, the catalogue's dimensions, then the rest. */
function listChangelogFields(methods: readonly Method[]): string[] {
  const [paradigm, ...rest] = CHANGELOG_FIXED_FIELDS;
  return [paradigm, ...Object.keys(methods[0]?.dimensions ?? {}), ...rest];
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

export interface ChangelogResult {
  /** The valid entries, oldest first (file order among the same date). */
  entries: ChangelogEntry[];
  problems: CatalogueProblem[];
}

/**
 * Checks data/changelog.json against the catalogue: each entry's shape, that it names a
 * catalogue method, that the change is no earlier than the method's `added` date and
 * really changes something, and that the latest change of each method's field leaves
 * the value the method holds now. Reports every problem by entry (#index) and field.
 */
export function validateChangelog(raw: unknown, methods: readonly Method[]): ChangelogResult {
  const problems: CatalogueProblem[] = [];
  const report = (entry: string, field: string, message: string) =>
    problems.push({ file: CHANGELOG_FILE, entry, field, message });
  if (!Array.isArray(raw)) {
    report('', '', 'must be a JSON array of changes');
    return { entries: [], problems };
  }
  const byId = new Map(methods.map((method) => [method.id, method]));
  const entrySchema = makeEntrySchema(listChangelogFields(methods));
  const valid: { entry: ChangelogEntry; index: number }[] = [];
  raw.forEach((item: unknown, index) => {
    const name = `#${index}`;
    const result = entrySchema.safeParse(item, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field =
          issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : toFieldPath(issue.path);
        const message =
          issue.code === 'unrecognized_keys'
            ? 'is not a known field'
            : isMissing(issue)
              ? 'is required'
              : issue.message;
        report(name, field, message);
      }
      return;
    }
    const entry = result.data as ChangelogEntry;
    const method = byId.get(entry.method);
    if (!method) return report(name, 'method', `"${entry.method}" is not a catalogue method`);
    if (entry.date < method.added)
      return report(name, 'date', `is before the method was added (${method.added})`);
    if (sameValues(entry.old, entry.new))
      return report(name, 'new', 'equals "old": nothing changed');
    valid.push({ entry, index });
  });
  const ordered = valid.sort((a, b) =>
    a.entry.date === b.entry.date ? a.index - b.index : a.entry.date < b.entry.date ? -1 : 1,
  );
  const latest = new Map<string, { entry: ChangelogEntry; index: number }>();
  for (const item of ordered) latest.set(`${item.entry.method}\u0000${item.entry.field}`, item);
  for (const { entry, index } of latest.values()) {
    const held = toFieldValues(byId.get(entry.method)!, entry.field);
    if (!sameValues(held, entry.new)) {
      report(
        `#${index}`,
        'new',
        `is the latest change of ${entry.method}'s ${entry.field}, but the method holds ${JSON.stringify(held)}`,
      );
    }
  }
  return { entries: ordered.map((item) => item.entry), problems };
}
