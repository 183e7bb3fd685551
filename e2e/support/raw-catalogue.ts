import { readFileSync } from 'node:fs';
import { toRawNeeds } from './raw-needs';
import type { RawMethod as RecordOfFile } from '../../app/catalogue/method-record';

// The bundled catalogue as its files hold it, read with JSON.parse alone: the e2e tests
// count their expectations from these records, never through the app's own modules, so a
// bug there cannot pass on both sides. Only the record's type is the app's (a method as
// methods.json stores it), with the bundled taxonomy's four dimensions as fields.

/** One record of data/methods.json. */
export type RawMethod = RecordOfFile & {
  format: string[];
  location: string[];
  operator: string[];
  alignment: string[];
};

/** The records of data/methods.json, in file order. */
export function readRawMethods(): RawMethod[] {
  return JSON.parse(readFileSync('data/methods.json', 'utf8')) as RawMethod[];
}

/** data/taxonomy.json as the file holds it, for the names a reader sees beside codes and values. */
export interface RawTaxonomy {
  paradigms: { code: string; name: string }[];
  dimensions: {
    key: string;
    name: string;
    values: { value: string; name: string; definition: string }[];
  }[];
}

export function readRawTaxonomy(): RawTaxonomy {
  return JSON.parse(readFileSync('data/taxonomy.json', 'utf8')) as RawTaxonomy;
}

/** Ticked facet values, keyed as the URL keys them: `{ location: ['hidden'] }`. */
export type RawFacets = Readonly<Record<string, readonly string[]>>;

/**
 * A record's values on a facet or matrix axis, read from its fields: the paradigm's code, the
 * modalities, the venue, scope and year, the label fit, whether code is listed, the needs
 * (recounted by the rule in raw-needs.ts), or a dimension's list.
 */
export function readRawFacetValues(method: RawMethod, facet: string): readonly string[] {
  switch (facet) {
    case 'paradigm':
      return [method.paradigm];
    case 'modality':
      return method.modalities ?? [];
    case 'venue':
    case 'scope':
      return [String(method[facet])];
    case 'year':
      return [String(method.year)];
    case 'fit':
      return [method.labels.fit];
    case 'code':
      return [method.code ? 'yes' : 'no'];
    case 'access':
    case 'data':
      return [toRawNeeds(method)[facet]];
  }
  const values = method[facet];
  if (!Array.isArray(values)) throw new Error(`raw-catalogue: the records hold no list "${facet}"`);
  return values as string[];
}

/** The records holding, on every facet named, one of its ticked values, in the order given. */
export function filterRaw<T extends RawMethod>(methods: readonly T[], facets: RawFacets): T[] {
  return methods.filter((method) =>
    Object.entries(facets).every(([facet, ticked]) =>
      readRawFacetValues(method, facet).some((value) => ticked.includes(value)),
    ),
  );
}

const nameOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** How a list may be ordered: a fresh page's newest first, or a click on the Name header. */
export type RawOrder = 'newest' | 'name-asc' | 'name-desc';

function compareRecords(order: RawOrder) {
  return (a: RawMethod, b: RawMethod) => {
    const byName = nameOrder.compare(a.name, b.name);
    if (order === 'newest') return b.year - a.year || byName;
    return order === 'name-asc' ? byName : -byName;
  };
}

/**
 * The records the table lists with these facet values ticked, in its order: a record is
 * listed when, on every facet named, it holds one of the ticked values. Newest first with
 * ties by name (case and accents aside, numbers by value), or by name; what is still tied
 * keeps file order (the sort is stable). Counted from the file alone, never by the app.
 */
export function listRawVisible(facets: RawFacets = {}, order: RawOrder = 'newest'): RawMethod[] {
  return filterRaw(readRawMethods(), facets).sort(compareRecords(order));
}

/**
 * The `count` records holding these facet values that the most other records cite (each
 * citing record counted once), ties by name and then file order: the guide's examples.
 */
export function listRawMostCited(facets: RawFacets, count: number): RawMethod[] {
  const methods = readRawMethods();
  const citers = new Map<string, Set<string>>();
  for (const method of methods)
    for (const cite of method.cites ?? []) {
      const set = citers.get(cite.id) ?? new Set<string>();
      set.add(method.id);
      citers.set(cite.id, set);
    }
  const citedBy = (method: RawMethod) => citers.get(method.id)?.size ?? 0;
  return listRawVisible(facets, 'name-asc')
    .sort((a, b) => citedBy(b) - citedBy(a))
    .slice(0, count);
}

/**
 * The bundled catalogue's records with their citations between them, worked out from the
 * files alone: positions are file order; `citesOf` and `citedByOf` hold positions, leaving
 * out cites of methods the catalogue does not hold.
 */
export interface RawCatalogue {
  taxonomy: RawTaxonomy;
  methods: RawMethod[];
  indexOf: ReadonlyMap<string, number>;
  citesOf: number[][];
  citedByOf: number[][];
  /** The first and last publication years. */
  yearExtent: [number, number];
}

export function readRawCatalogue(): RawCatalogue {
  const methods = readRawMethods();
  const indexOf = new Map(methods.map((method, position) => [method.id, position]));
  const citedByOf: number[][] = methods.map(() => []);
  const citesOf = methods.map((method, citing) => {
    const cited = (method.cites ?? []).flatMap((cite) => indexOf.get(cite.id) ?? []);
    for (const position of cited) citedByOf[position]!.push(citing);
    return cited;
  });
  const years = methods.map((method) => method.year);
  return {
    taxonomy: readRawTaxonomy(),
    methods,
    indexOf,
    citesOf,
    citedByOf,
    yearExtent: [Math.min(...years), Math.max(...years)],
  };
}
