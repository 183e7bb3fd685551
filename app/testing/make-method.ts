import taxonomyJson from '../../data/taxonomy.json';
import methodsJson from '../../data/methods.json';
import type { Method, Taxonomy } from '../catalogue/catalogue-types';
import { buildCatalogue } from '../catalogue/build-catalogue';
import { validateCatalogue } from '../catalogue/validate-catalogue';
import { toMethod, toRawMethod, type RawMethod } from '../catalogue/method-record';

/** The bundled taxonomy, validated, for tests. */
export function loadTestTaxonomy(): Taxonomy {
  const result = validateCatalogue(taxonomyJson, []);
  if (!result.taxonomy) throw new Error('data/taxonomy.json is invalid');
  return result.taxonomy;
}

/** The bundled survey's four dimensions, which tests may set as if they were fields. */
type SurveyDimensionValues = Partial<
  Record<'format' | 'location' | 'operator' | 'alignment', string[]>
>;

/** What a test overrides: any field, and the survey's dimensions by their keys. */
export type MethodOverrides = Partial<Method> & SurveyDimensionValues & { id: string };

/**
 * A valid method with every required field; override what the test is about. The
 * survey's dimensions can be given as fields (`location: ['hidden']`), as the
 * catalogue file writes them; they land in `dimensions`.
 */
export function makeMethod(overrides: MethodOverrides): Method {
  const { format, location, operator, alignment, dimensions, ...fields } = overrides;
  return {
    name: overrides.id.toUpperCase(),
    title: `A Study of ${overrides.id}`,
    authors: ['Doe, Jane'],
    year: 2022,
    venue: 'ICLR',
    arxiv: undefined,
    doi: `10.5555/${overrides.id}`,
    url: `https://example.org/${overrides.id}`,
    paradigm: 'PT',
    modalities: ['language'],
    labels: { source: 'atlas', fit: 'exact' },
    summary: 'A method used in tests.',
    cites: [],
    scope: 'core',
    added: '2026-11-29',
    ...fields,
    dimensions: dimensions ?? {
      format: format ?? ['learnable'],
      location: location ?? ['embedding'],
      operator: operator ?? ['concatenative'],
      alignment: alignment ?? ['identity'],
    },
  };
}

/** A catalogue built from methods without validation, for query tests. */
export function makeTestCatalogue(methods: Method[]) {
  return buildCatalogue(loadTestTaxonomy(), methods);
}

/** The bundled data/methods.json as methods, without validation (the catalogue check does that). */
export function loadBundledMethods(): Method[] {
  const taxonomy = loadTestTaxonomy();
  return (methodsJson as unknown as RawMethod[]).map((raw) => toMethod(raw, taxonomy));
}

/** A method as data/methods.json stores it (each dimension a field), for tests that validate raw entries. */
export function makeRawMethod(overrides: MethodOverrides): RawMethod {
  return toRawMethod(makeMethod(overrides));
}
