import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { toCatalogueDraft } from '../../app/catalogue/bibtex-catalogue';
import { formatProblem, type CatalogueProblem } from '../../app/catalogue/catalogue-problem';
import type { Taxonomy } from '../../app/catalogue/catalogue-types';
import { readBibtexRecords } from '../../app/catalogue/read-bibtex-records';
import { validateCatalogue } from '../../app/catalogue/validate-catalogue';
import { readJsonFile, toJsonText } from '../catalogue-files';
import type { AtlasIo } from './run-atlas';

function listProblems(io: AtlasIo, title: string, problems: readonly CatalogueProblem[]) {
  if (problems.length === 0) return;
  io.err(`${title} (${problems.length}):\n`);
  for (const problem of problems) io.err(`  ${formatProblem(problem)}\n`);
}

/**
 * `atlas import FILE.bib`: parses the file, maps its keyworded entries to a catalogue
 * pair (inferring the taxonomy unless --taxonomy gives one), lists what it could not map,
 * and writes taxonomy.json and methods.json only when the app's validator accepts them.
 * Returns the exit code: 0 written, 1 problems (nothing written).
 */
export function runImport(
  file: string,
  options: { taxonomy?: string | undefined; out: string; force?: boolean | undefined },
  io: AtlasIo,
): number {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    io.err(`atlas import: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  let taxonomy: Taxonomy | undefined;
  if (options.taxonomy) {
    const raw = readJsonFile(resolve(io.cwd, options.taxonomy));
    const checked = raw.error ? null : validateCatalogue(raw.data, []);
    if (!checked?.taxonomy) {
      io.err(`atlas import: ${options.taxonomy} is not a usable taxonomy\n`);
      if (raw.error) io.err(`  ${raw.error}\n`);
      for (const problem of checked?.problems ?? []) io.err(`  ${formatProblem(problem)}\n`);
      return 1;
    }
    taxonomy = checked.taxonomy;
  }
  const name = basename(file);
  const read = readBibtexRecords(text, name);
  const draft = toCatalogueDraft(read.records, name, taxonomy);
  const result = validateCatalogue(draft.taxonomy, draft.methods);
  listProblems(io, 'could not map', draft.notes);
  const problems = [...read.problems, ...result.problems];
  if (problems.length > 0 || read.records.length === 0) {
    listProblems(io, 'problems', problems);
    if (read.records.length === 0) io.err(`atlas import: ${file} holds no entries\n`);
    io.err('nothing written: fix the problems above and run the import again\n');
    return 1;
  }
  const out = resolve(io.cwd, options.out);
  const targets = ['taxonomy.json', 'methods.json'].map((target) => join(out, target));
  const existing = targets.filter((target) => existsSync(target));
  if (existing.length > 0 && !options.force) {
    io.err(
      `atlas import: ${existing.map((target) => relative(io.cwd, target)).join(' and ')} already exist; pass --force to overwrite\n`,
    );
    return 1;
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(targets[0]!, toJsonText(draft.taxonomy));
  writeFileSync(targets[1]!, toJsonText(draft.methods));
  const dimensions = result.taxonomy?.dimensions.map((dimension) => dimension.key) ?? [];
  io.out(
    `wrote ${result.methods.length} methods to ${relative(io.cwd, out) || '.'}/ ` +
      `(${draft.inferred ? 'taxonomy inferred from the keywords' : 'taxonomy given'}; ` +
      `dimensions: ${dimensions.join(', ')})\n` +
      `query it: npm run atlas -- query --data ${relative(io.cwd, out) || '.'}\n`,
  );
  return 0;
}
