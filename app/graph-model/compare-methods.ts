import type { Catalogue, Method } from '../catalogue/catalogue-types';
import { ACCESS_NAMES, DATA_NAMES } from '../catalogue/method-needs';

/** One field of the compare view: each method's values, and whether they differ. */
export interface CompareRow {
  key: string;
  label: string;
  /** Per compared method, in order, the values as a reader reads them. */
  values: string[][];
  /** True when two compared methods hold different sets of values. */
  differs: boolean;
  /** The four dimensions and the needs: the rows a comparison is mostly about. */
  core: boolean;
}

type Reader = (method: Method, position: number) => readonly string[];

function nameOf(catalogue: Catalogue, key: string): (value: string) => string {
  const { taxonomy } = catalogue;
  const names = new Map<string, string>();
  if (key === 'paradigm') for (const p of taxonomy.paradigms) names.set(p.code, p.name);
  else if (key === 'modalities') for (const m of taxonomy.modalities) names.set(m.value, m.name);
  else if (key === 'scope') for (const s of taxonomy.scopes) names.set(s.value, s.name);
  else {
    const dimension = taxonomy.dimensions.find((d) => d.key === key);
    for (const v of dimension?.values ?? []) names.set(v.value, v.name);
  }
  return (value) => names.get(value) ?? value;
}

/**
 * Lines up the compared methods field by field: paradigm, the four dimensions,
 * the needs, then modality, year, venue, scope, code, tasks and label source.
 * A row differs when the methods do not all hold the same set of values (order
 * inside a multi-valued field does not count).
 */
export function compareMethods(catalogue: Catalogue, positions: readonly number[]): CompareRow[] {
  const needs = (position: number) => catalogue.needsOf[position]!;
  const fields: [string, string, boolean, Reader][] = [
    ['paradigm', 'Paradigm', true, (m) => [m.paradigm]],
    ['format', 'Format λ', true, (m) => m.format],
    ['location', 'Location ℓ', true, (m) => m.location],
    ['operator', 'Operator τ', true, (m) => m.operator],
    ['alignment', 'Alignment ω', true, (m) => m.alignment],
    ['access', 'Access needed', true, (_, p) => [ACCESS_NAMES[needs(p).access]]],
    ['data', 'Labelled data', true, (_, p) => [DATA_NAMES[needs(p).data]]],
    ['modalities', 'Modalities', false, (m) => m.modalities],
    ['year', 'Year', false, (m) => [String(m.year)]],
    ['venue', 'Venue', false, (m) => [m.venue]],
    ['scope', 'Scope', false, (m) => [m.scope]],
    ['code', 'Code', false, (m) => [m.code ? 'available' : 'not listed']],
    ['tasks', 'Tasks', false, (m) => m.tasks ?? []],
    [
      'labels',
      'Labels from',
      false,
      (m) => [m.labels.source === 'authors' ? 'survey authors' : 'Atlas'],
    ],
  ];
  return fields.map(([key, label, core, read]) => {
    const name = nameOf(catalogue, key);
    const values = positions.map((position) =>
      read(catalogue.methods[position]!, position).map(name),
    );
    const sets = values.map((list) => [...new Set(list)].sort().join('\u0000'));
    return { key, label, values, differs: new Set(sets).size > 1, core };
  });
}
