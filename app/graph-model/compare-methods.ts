import type { Catalogue, Method } from '../catalogue/catalogue-types';
import { getDimensionKeys, toKeyTitle, toValueName } from '../catalogue/catalogue-vocabulary';
import type { MethodNeeds } from '../catalogue/method-needs';
import { ACCESS_NAMES, DATA_NAMES } from '../catalogue/method-needs';

/** One field of the compare view: each method's values, and whether they differ. */
export interface CompareRow {
  key: string;
  label: string;
  /** Per compared method, in order, the values as a reader reads them. */
  values: string[][];
  /** True when two compared methods hold different sets of values. */
  differs: boolean;
  /** The paradigm, the dimensions and the needs: the rows a comparison is mostly about. */
  core: boolean;
}

type Reader = (method: Method, position: number) => readonly string[];
/** A compared field: its key, whether it is a core row, and how to read it. */
type Field = [key: string, core: boolean, read: Reader];

/**
 * Lines up the compared methods field by field: paradigm, the taxonomy's dimensions,
 * the needs (where the catalogue has them), then modality, year, venue, scope, code, tasks and label source.
 * A row differs when the methods do not all hold the same set of values (order
 * inside a multi-valued field does not count).
 */
export function compareMethods(catalogue: Catalogue, positions: readonly number[]): CompareRow[] {
  const { needsOf } = catalogue;
  const needsFields = (needs: readonly MethodNeeds[]): Field[] => [
    ['access', true, (_, p) => [ACCESS_NAMES[needs[p]!.access]]],
    ['data', true, (_, p) => [DATA_NAMES[needs[p]!.data]]],
  ];
  const fields: Field[] = [
    ['paradigm', true, (m) => [m.paradigm]],
    ...getDimensionKeys(catalogue).map((key): Field => [key, true, (m) => m.dimensions[key] ?? []]),
    ...(needsOf ? needsFields(needsOf) : []),
    ['modalities', false, (m) => m.modalities],
    ['year', false, (m) => [String(m.year)]],
    ['venue', false, (m) => [m.venue]],
    ['scope', false, (m) => [m.scope]],
    ['code', false, (m) => [m.code ? 'available' : 'not listed']],
    ['tasks', false, (m) => m.tasks ?? []],
    ['labels', false, (m) => [m.labels.source === 'authors' ? 'survey authors' : 'Atlas']],
  ];
  return fields.map(([key, core, read]) => {
    const values = positions.map((position) =>
      read(catalogue.methods[position]!, position).map((value) =>
        toValueName(catalogue, key, value),
      ),
    );
    const sets = values.map((list) => [...new Set(list)].sort().join('\u0000'));
    return {
      key,
      label: toKeyTitle(catalogue, key),
      values,
      differs: new Set(sets).size > 1,
      core,
    };
  });
}
