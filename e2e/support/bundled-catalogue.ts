import { readFileSync } from 'node:fs';
import { buildCatalogue } from '../../app/catalogue/build-catalogue';
import type { Catalogue } from '../../app/catalogue/catalogue-types';
import { validateCatalogue } from '../../app/catalogue/validate-catalogue';
import { validateNeedsOverrides } from '../../app/catalogue/validate-needs-overrides';

let cached: Catalogue | null = null;

/**
 * The bundled catalogue as the app builds it, for the taxonomy's vocabulary (value names, codes,
 * definitions) and the shapes of views; counts and orders expected of the page come from the
 * raw files instead (raw-catalogue.ts).
 */
export function loadBundledCatalogue(): Catalogue {
  if (cached) return cached;
  const taxonomy: unknown = JSON.parse(readFileSync('data/taxonomy.json', 'utf8'));
  const methods: unknown = JSON.parse(readFileSync('data/methods.json', 'utf8'));
  const result = validateCatalogue(taxonomy, methods);
  if (!result.taxonomy || result.problems.length > 0)
    throw new Error('the bundled catalogue is invalid');
  const overrides = validateNeedsOverrides(
    JSON.parse(readFileSync('data/needs-overrides.json', 'utf8')),
    result.methods,
  );
  if (overrides.problems.length > 0) throw new Error('data/needs-overrides.json is invalid');
  cached = buildCatalogue(result.taxonomy, result.methods, overrides.byId);
  return cached;
}
