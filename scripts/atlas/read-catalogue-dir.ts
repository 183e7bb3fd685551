import { join } from 'node:path';
import { buildCatalogue } from '../../app/catalogue/build-catalogue';
import type { CatalogueProblem } from '../../app/catalogue/catalogue-problem';
import type { Catalogue } from '../../app/catalogue/catalogue-types';
import { validateCatalogue } from '../../app/catalogue/validate-catalogue';
import { placeProblems, readJsonFile, toShownPath } from '../catalogue-files';

export interface CatalogueDirResult {
  catalogue: Catalogue | null;
  problems: CatalogueProblem[];
}

/**
 * Reads taxonomy.json and methods.json from a folder and checks them with the app's own
 * validator. Any problem makes the catalogue unusable here: a command line answer from
 * a half-valid catalogue would silently leave methods out.
 */
export function readCatalogueDir(dir: string, cwd: string): CatalogueDirResult {
  const problems: CatalogueProblem[] = [];
  const read = (name: string) => {
    const path = join(dir, name);
    const result = readJsonFile(path);
    if (result.error)
      problems.push({
        file: toShownPath(path, cwd),
        entry: '',
        field: '',
        message: `cannot be read: ${result.error}`,
      });
    return result.data;
  };
  const rawTaxonomy = read('taxonomy.json');
  const rawMethods = read('methods.json');
  if (problems.length > 0) return { catalogue: null, problems };
  const result = validateCatalogue(rawTaxonomy, rawMethods);
  if (result.problems.length > 0 || !result.taxonomy)
    return { catalogue: null, problems: placeProblems(result.problems, dir, cwd) };
  return { catalogue: buildCatalogue(result.taxonomy, result.methods), problems: [] };
}
