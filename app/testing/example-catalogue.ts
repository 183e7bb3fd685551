import taxonomyJson from '../../examples/prompt-search/taxonomy.json';
import methodsJson from '../../examples/prompt-search/methods.json';
import type { Catalogue } from '../catalogue/catalogue-types';
import { buildCatalogue } from '../catalogue/build-catalogue';
import { validateCatalogue } from '../catalogue/validate-catalogue';

/**
 * The example catalogue of examples/prompt-search, validated and built: two dimensions
 * (search, form) and two paradigms (VIS, LANG), none of the survey's. Tests of code that
 * must follow any taxonomy run on it beside the bundled one.
 */
export function loadExampleCatalogue(): Catalogue {
  const result = validateCatalogue(taxonomyJson, methodsJson);
  if (!result.taxonomy || result.problems.length > 0)
    throw new Error('examples/prompt-search is invalid');
  return buildCatalogue(result.taxonomy, result.methods);
}
