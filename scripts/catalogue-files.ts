import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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
