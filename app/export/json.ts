import type { Method } from '../catalogue/catalogue-types';
import { toRawMethod, type RawMethod } from '../catalogue/method-record';

/**
 * The fields of a method in the order data/methods.json writes them, so an export reads
 * like the catalogue file (validation hands methods back in schema order). The
 * taxonomy's dimensions, each a field of its own in the file, follow `modalities`.
 */
const FIELD_ORDER: readonly (keyof RawMethod)[] = [
  'id',
  'name',
  'title',
  'authors',
  'year',
  'venue',
  'arxiv',
  'doi',
  'url',
  'code',
  'pages',
  'volume',
  'number',
  'publisher',
  'paradigm',
  'modalities',
  'labels',
  'summary',
  'tasks',
  'cites',
  'scope',
];

/** A method with its fields in catalogue-file order; fields it lacks stay absent. */
function toOrderedMethod(entry: Method): Record<string, unknown> {
  const method = toRawMethod(entry);
  const ordered: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) {
    // Stryker disable next-line ConditionalExpression: JSON.stringify leaves out undefined values, so copying an absent field as undefined writes the same file
    if (method[field] !== undefined) ordered[field] = method[field];
    if (field === 'modalities') Object.assign(ordered, entry.dimensions);
  }
  // Any field the list above does not know yet still goes out, after the known ones.
  for (const [field, value] of Object.entries(method)) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: rewriting a known field keeps its value and its place, and JSON.stringify leaves out an undefined one
    if (!(field in ordered) && value !== undefined) ordered[field] = value;
  }
  return ordered;
}

/**
 * A JSON file of methods as the catalogue stores them (the fields and shape of
 * data/methods.json): a pretty-printed array, two-space indent, ending with a newline.
 */
export function formatJson(methods: readonly Method[]): string {
  return `${JSON.stringify(methods.map(toOrderedMethod), null, 2)}\n`;
}
