import { memoisePerCatalogue } from './catalogue-cache';
import type { Catalogue, Dimension } from './catalogue-types';

/**
 * The catalogue's vocabulary: what each key a reader filters, groups, sorts or
 * compares by is called, and what each of its values is called. Dimension names
 * come from the taxonomy; the other keys have fixed names. Every view asks here
 * instead of searching the taxonomy itself.
 */

/** Names of the keys that are not taxonomy dimensions. */
const FIXED_KEY_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    paradigm: 'Paradigm',
    modality: 'Modality',
    modalities: 'Modalities',
    venue: 'Venue',
    scope: 'Scope',
    year: 'Year',
    access: 'Access needed',
    data: 'Labelled data needed',
    code: 'Code',
    fit: 'Label fit',
    labels: 'Labels from',
    tasks: 'Tasks',
  }),
);

const getDimensionsByKey = memoisePerCatalogue(
  (catalogue) => new Map(catalogue.taxonomy.dimensions.map((d) => [d.key, d])),
);

/** The keys of the taxonomy's dimensions, in the taxonomy's order. */
export const getDimensionKeys: (catalogue: Catalogue) => readonly string[] = memoisePerCatalogue(
  (catalogue) => catalogue.taxonomy.dimensions.map((dimension) => dimension.key),
);

/** True for the key of one of the catalogue's dimensions. */
export function isDimensionKey(catalogue: Catalogue, key: string): boolean {
  return getDimensionsByKey(catalogue).has(key);
}

/** The taxonomy dimension with this key, or undefined for any other key. */
export function getDimension(catalogue: Catalogue, key: string): Dimension | undefined {
  return getDimensionsByKey(catalogue).get(key);
}

/** What a reader calls a key: "Output alignment", "Paradigm"; an unknown key as given. */
export function toKeyName(catalogue: Catalogue, key: string): string {
  return getDimension(catalogue, key)?.name ?? FIXED_KEY_NAMES.get(key) ?? key;
}

/** A key's heading: a dimension's name with its symbol ("Location ℓ"), other keys by name. */
export function toKeyTitle(catalogue: Catalogue, key: string): string {
  const dimension = getDimension(catalogue, key);
  return dimension ? `${dimension.name} ${dimension.symbol}` : toKeyName(catalogue, key);
}

/** A key's name for narrow headings: a dimension's last word ("Alignment"), others by name. */
export function toKeyShortName(catalogue: Catalogue, key: string): string {
  const dimension = getDimension(catalogue, key);
  if (!dimension) return toKeyName(catalogue, key);
  const last = dimension.name.split(' ').at(-1) ?? dimension.name;
  return last.charAt(0).toUpperCase() + last.slice(1);
}

const getValueNames = memoisePerCatalogue((catalogue) => {
  const { taxonomy } = catalogue;
  const byKey = new Map<string, Map<string, string>>();
  byKey.set('paradigm', new Map(taxonomy.paradigms.map((p) => [p.code, p.name])));
  const modalities = new Map(taxonomy.modalities.map((m) => [m.value, m.name]));
  byKey.set('modality', modalities);
  byKey.set('modalities', modalities);
  byKey.set('scope', new Map(taxonomy.scopes.map((s) => [s.value, s.name])));
  for (const d of taxonomy.dimensions)
    byKey.set(d.key, new Map(d.values.map((v) => [v.value, v.name])));
  return byKey;
});

/** What a reader calls a value of a key ("Embedding", "Prompt tuning"); an unknown value as given. */
export function toValueName(catalogue: Catalogue, key: string, value: string): string {
  return getValueNames(catalogue).get(key)?.get(value) ?? value;
}
