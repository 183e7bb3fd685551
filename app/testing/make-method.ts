import taxonomyJson from '../../data/taxonomy.json';
import type { Method, Taxonomy } from '../catalogue/catalogue-types';
import { buildCatalogue } from '../catalogue/build-catalogue';
import { validateCatalogue } from '../catalogue/validate-catalogue';

/** The bundled taxonomy, validated, for tests. */
export function loadTestTaxonomy(): Taxonomy {
  const result = validateCatalogue(taxonomyJson, []);
  if (!result.taxonomy) throw new Error('data/taxonomy.json is invalid');
  return result.taxonomy;
}

/** A valid method with every required field; override what the test is about. */
export function makeMethod(overrides: Partial<Method> & { id: string }): Method {
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
    format: ['learnable'],
    location: ['embedding'],
    operator: ['concatenative'],
    alignment: ['identity'],
    labels: { source: 'atlas', fit: 'exact' },
    summary: 'A method used in tests.',
    cites: [],
    scope: 'core',
    added: '2026-11-29',
    ...overrides,
  };
}

/** A catalogue built from methods without validation, for query tests. */
export function makeTestCatalogue(methods: Method[]) {
  return buildCatalogue(loadTestTaxonomy(), methods);
}
