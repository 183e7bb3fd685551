// `npx tsx scripts/data/list-departures.ts`: prints the markdown table of every place
// where Atlas's labels depart from the survey authors' normalised labels, built from
// data/methods.json. With `--write` it also replaces the block between
// `<!-- departures:start -->` and `<!-- departures:end -->` in data/README.md.
// app/catalogue/data-readme.test.ts fails when that block and the data disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../app/catalogue/catalogue-problem';
import { replaceReadmeBlock } from '../../app/catalogue/data-readme';
import { formatDepartureTable } from '../../app/catalogue/format-departures';
import { validateCatalogue } from '../../app/catalogue/validate-catalogue';
import { readJsonFile, resolveDataDir } from '../catalogue-files';

const dataDir = resolveDataDir();
const taxonomy = readJsonFile(join(dataDir, 'taxonomy.json'));
const methods = readJsonFile(join(dataDir, 'methods.json'));
if (taxonomy.error || methods.error) {
  console.error(`cannot read the catalogue: ${taxonomy.error ?? methods.error}`);
  process.exit(1);
}

const result = validateCatalogue(taxonomy.data, methods.data);
if (result.problems.length > 0) {
  console.error('The catalogue has problems; fix them first (npm run validate):');
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}

const table = formatDepartureTable(result.methods);
console.log(table);

if (process.argv.includes('--write')) {
  const readmePath = join(dataDir, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  writeFileSync(readmePath, replaceReadmeBlock(readme, 'departures', table));
  console.error(`\nupdated the departures block in ${readmePath}`);
}
