// Writes data/methods.schema.json and data/taxonomy.schema.json from the validator's schemas.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCatalogue } from '../app/catalogue/validate-catalogue';
import { toCatalogueJsonSchemas } from '../app/catalogue/catalogue-json-schema';
import { readJsonFile, resolveDataDir, toJsonText } from './catalogue-files';

const dataDir = resolveDataDir();
const taxonomyFile = readJsonFile(join(dataDir, 'taxonomy.json'));
const { taxonomy } = validateCatalogue(taxonomyFile.data, []);
if (!taxonomy) {
  console.error('data/taxonomy.json is invalid; run `npm run validate` to see why.');
  process.exit(1);
}
const schemas = toCatalogueJsonSchemas(taxonomy);
writeFileSync(join(dataDir, 'methods.schema.json'), toJsonText(schemas.methods));
writeFileSync(join(dataDir, 'taxonomy.schema.json'), toJsonText(schemas.taxonomy));
console.log(
  `wrote ${join(dataDir, 'methods.schema.json')} and ${join(dataDir, 'taxonomy.schema.json')}`,
);
