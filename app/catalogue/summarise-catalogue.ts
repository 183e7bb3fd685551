import type { Catalogue } from './catalogue-types';
import { toFirstPosted } from './catalogue-rules';

export interface CatalogueSummary {
  methods: number;
  byParadigm: Record<string, number>;
  /** Methods per year of their first public version (arXiv id, else venue year), oldest first. */
  byFirstPostedYear: Record<string, number>;
  /** Methods per modality; a method with two modalities counts in both. */
  byModality: Record<string, number>;
  /** Methods per date they entered the catalogue, oldest first. */
  byAdded: Record<string, number>;
  /** Methods whose labels are an exact or a nearest fit. */
  byFit: Record<string, number>;
  byLabelSource: Record<string, number>;
  byScope: Record<string, number>;
  departures: number;
  edges: { total: number; confirmed: number; recalled: number };
  /** Methods that neither cite nor are cited by any catalogue method. */
  isolated: string[];
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function countEach<T>(items: readonly T[], keys: (item: T) => readonly string[]) {
  const counts: Record<string, number> = {};
  for (const item of items) for (const key of keys(item)) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

function sortByKey(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The figures `npm run validate` prints: methods per paradigm, labels per source, edges by basis. */
export function summariseCatalogue(catalogue: Catalogue): CatalogueSummary {
  const { methods } = catalogue;
  const cites = methods.flatMap((method) => method.cites);
  return {
    methods: methods.length,
    byParadigm: countBy(methods, (method) => method.paradigm),
    byFirstPostedYear: sortByKey(countBy(methods, (method) => String(toFirstPosted(method).year))),
    byModality: countEach(methods, (method) => method.modalities),
    byAdded: sortByKey(countBy(methods, (method) => method.added)),
    byFit: countBy(methods, (method) => method.labels.fit),
    byLabelSource: countBy(methods, (method) => method.labels.source),
    byScope: countBy(methods, (method) => method.scope),
    departures: methods.reduce(
      (sum, method) =>
        sum + (method.labels.source === 'authors' ? (method.labels.departures?.length ?? 0) : 0),
      0,
    ),
    edges: {
      total: cites.length,
      confirmed: cites.filter((cite) => cite.basis === 'confirmed').length,
      recalled: cites.filter((cite) => cite.basis === 'recalled').length,
    },
    isolated: methods
      .filter(
        (_, index) =>
          catalogue.citesOf[index]!.length === 0 && catalogue.citedByOf[index]!.length === 0,
      )
      .map((method) => method.id),
  };
}
