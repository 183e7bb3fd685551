// `npm run validate`: checks data/taxonomy.json and data/methods.json with the app's own
// validator, checks the published JSON Schemas are current, prints every problem and a
// summary, and exits non-zero on any problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogue } from '../app/catalogue/build-catalogue';
import { formatProblem, type CatalogueProblem } from '../app/catalogue/catalogue-problem';
import { toCatalogueJsonSchemas } from '../app/catalogue/catalogue-json-schema';
import { summariseCatalogue } from '../app/catalogue/summarise-catalogue';
import { validateCatalogue } from '../app/catalogue/validate-catalogue';
import { validateNeedsOverrides } from '../app/catalogue/validate-needs-overrides';
import { ACCESS_LEVELS, DATA_LEVELS } from '../app/catalogue/method-needs';
import { validateChangelog } from '../app/catalogue/changelog';
import { existsSync } from 'node:fs';
import { placeProblems, readJsonFile, resolveDataDir, toJsonText } from './catalogue-files';

const dataDir = resolveDataDir();
const problems: CatalogueProblem[] = [];
const read = (file: string) => {
  const result = readJsonFile(join(dataDir, file));
  if (result.error)
    problems.push({
      file: `data/${file}`,
      entry: '',
      field: '',
      message: `cannot be read: ${result.error}`,
    });
  return result.data;
};

const rawTaxonomy = read('taxonomy.json');
const rawMethods = read('methods.json');
const rawOverrides = read('needs-overrides.json');
if (problems.length === 0) {
  const result = validateCatalogue(rawTaxonomy, rawMethods);
  problems.push(...result.problems);
  const overrides = validateNeedsOverrides(rawOverrides, result.methods);
  problems.push(...overrides.problems);
  if (result.taxonomy) {
    const schemas = toCatalogueJsonSchemas(result.taxonomy);
    for (const [name, schema] of Object.entries(schemas)) {
      const file = `${name}.schema.json`;
      let stored: string;
      try {
        stored = readFileSync(join(dataDir, file), 'utf8');
      } catch {
        stored = '';
      }
      if (stored !== toJsonText(schema)) {
        problems.push({
          file: `data/${file}`,
          entry: '',
          field: '',
          message: 'is out of date; run `npm run schema`',
        });
      }
    }
    // The changelog is optional: a catalogue with no relabels yet need not have one.
    const changelogPath = join(dataDir, 'changelog.json');
    const changelog = existsSync(changelogPath)
      ? validateChangelog(read('changelog.json'), result.methods)
      : { entries: [], problems: [] };
    problems.push(...changelog.problems);
    const catalogue = buildCatalogue(result.taxonomy, result.methods, overrides.byId);
    const summary = summariseCatalogue(catalogue);
    const list = (counts: Record<string, number>) =>
      Object.entries(counts)
        .map(([key, count]) => `${key} ${count}`)
        .join(', ');
    console.log(`catalogue: ${summary.methods} methods in ${result.entryCount} entries`);
    console.log(`  per paradigm: ${list(summary.byParadigm)}`);
    console.log(`  per year first posted: ${list(summary.byFirstPostedYear)}`);
    console.log(`  per modality: ${list(summary.byModality)}`);
    console.log(`  added per date: ${list(summary.byAdded)}`);
    console.log(
      `  labels per source: ${list(summary.byLabelSource)}; departures from the authors' labels: ${summary.departures}`,
    );
    console.log(
      `  label fit: ${list(summary.byFit)} (nearest: the taxonomy's closest value, see labels.note)`,
    );
    console.log(`  changelog: ${changelog.entries.length} relabels`);
    console.log(`  scope: ${list(summary.byScope)}`);
    console.log(
      `  citation edges: ${summary.edges.total} (confirmed ${summary.edges.confirmed}, recalled ${summary.edges.recalled})`,
    );
    const { needsOf } = catalogue;
    const countNeeds = (levels: readonly string[], pick: (index: number) => string) =>
      levels
        .map((level) => {
          const count = catalogue.methods.filter((_, index) => pick(index) === level).length;
          return `${level} ${count}`;
        })
        .join(', ');
    console.log(
      needsOf
        ? `  access needed: ${countNeeds(ACCESS_LEVELS, (i) => needsOf[i]!.access)}; labelled data: ${countNeeds(DATA_LEVELS, (i) => needsOf[i]!.data)}; overrides: ${overrides.byId.size}`
        : '  needs: none (the taxonomy lacks the dimensions the needs are read from)',
    );
    console.log(
      `  isolated methods: ${summary.isolated.length ? summary.isolated.join(', ') : 'none'}`,
    );
  }
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  // Every problem is named as in data/; each is then named by its file in the folder read.
  for (const problem of placeProblems(problems, dataDir, process.cwd()))
    console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
console.log('catalogue valid');
