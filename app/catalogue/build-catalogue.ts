import type { Catalogue, Method, Taxonomy } from './catalogue-types';
import { hasNeedsRule, toMethodNeeds, type NeedsOverride } from './method-needs';

/**
 * Builds the indexes every other module reads: position by id, outgoing and
 * incoming citations, the year extent, each method's needs (the rule, then the
 * method's override if there is one; none when the taxonomy lacks what the rule reads). Expects validated input (cites to
 * unknown ids are skipped rather than trusted).
 */
export function buildCatalogue(
  taxonomy: Taxonomy,
  methods: readonly Method[],
  needsOverrides: ReadonlyMap<string, NeedsOverride> = new Map(),
): Catalogue {
  const indexOf = new Map(methods.map((method, index) => [method.id, index]));
  const citedByOf: number[][] = methods.map(() => []);
  const citesOf = methods.map((method, citing) =>
    method.cites.flatMap((cite) => {
      const cited = indexOf.get(cite.id);
      if (cited === undefined) return [];
      citedByOf[cited]?.push(citing);
      return [cited];
    }),
  );
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const method of methods) {
    minYear = Math.min(minYear, method.year);
    maxYear = Math.max(maxYear, method.year);
  }
  const yearExtent: [number, number] = methods.length ? [minYear, maxYear] : [0, 0];
  const needsOf = hasNeedsRule(taxonomy)
    ? methods.map((method) => toMethodNeeds(method, needsOverrides.get(method.id)))
    : null;
  return { taxonomy, methods, indexOf, citesOf, citedByOf, yearExtent, needsOf };
}
