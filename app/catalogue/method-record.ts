import type { Method, Taxonomy } from './catalogue-types';

/**
 * A method as data/methods.json stores it: the fixed fields, and one field per
 * dimension key of the taxonomy ("location": ["embedding"]).
 */
export type RawMethod = Omit<Method, 'dimensions'> & Record<string, unknown>;

/**
 * A stored entry as a `Method`: the taxonomy's dimension fields move into
 * `dimensions`, keyed as in the taxonomy; every other field stays as it is. A
 * dimension the entry lacks holds no values (validation rejects such entries).
 */
export function toMethod(raw: RawMethod, taxonomy: Taxonomy): Method {
  const method: Record<string, unknown> = { ...raw };
  const dimensions: Record<string, string[]> = {};
  for (const { key } of taxonomy.dimensions) {
    const values = raw[key];
    dimensions[key] = Array.isArray(values) ? (values as string[]) : [];
    delete method[key];
  }
  method['dimensions'] = dimensions;
  return method as unknown as Method;
}

/** A method as data/methods.json stores it: each dimension a field of its own again. */
export function toRawMethod(method: Method): RawMethod {
  const { dimensions, ...rest } = method;
  return { ...rest, ...dimensions };
}
