import { readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { CatalogueProblem } from '../app/catalogue/catalogue-problem';

/** The folder holding taxonomy.json and methods.json: data/ unless ATLAS_DATA_DIR says otherwise. */
export function resolveDataDir(): string {
  return resolve(process.env.ATLAS_DATA_DIR ?? 'data');
}

/** Reads one JSON file, returning the parse error as text instead of throwing. */
export function readJsonFile(path: string): { data?: unknown; error?: string } {
  try {
    return { data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Serialises JSON the way the repository stores it: two-space indent, final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A file's path as a message shows it: relative to `cwd` when it lies inside it, else whole. */
export function toShownPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown.startsWith('..') || shown === '' ? path : shown;
}

/**
 * The validator names a catalogue's files as the bundled ones ("data/methods.json"); a
 * catalogue read from another folder gets each problem named by its own file there.
 */
export function placeProblems(
  problems: readonly CatalogueProblem[],
  dir: string,
  cwd: string,
): CatalogueProblem[] {
  return problems.map((problem) =>
    problem.file.startsWith('data/')
      ? { ...problem, file: toShownPath(join(dir, basename(problem.file)), cwd) }
      : problem,
  );
}
