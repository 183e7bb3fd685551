import { STORED_FIELDS, type Method } from '../catalogue/catalogue-types';
import { toRawMethod } from '../catalogue/method-record';

/**
 * A method with its fields in catalogue-file order (`STORED_FIELDS`, the dimensions after
 * `modalities`), so an export reads like the catalogue file; fields it lacks stay absent.
 */
function toOrderedMethod(entry: Method): Record<string, unknown> {
  const method = toRawMethod(entry);
  const ordered: Record<string, unknown> = {};
  for (const field of STORED_FIELDS) {
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
