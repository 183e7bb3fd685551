import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const appDir = fileURLToPath(new URL('..', import.meta.url));

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : listSources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the BibTeX parser', () => {
  it('is imported only by tests and app/testing, so it never reaches the app bundle', () => {
    const importers = listSources(appDir)
      .filter((path) => readFileSync(path, 'utf8').includes('@retorquere/bibtex-parser'))
      .map((path) => relative(appDir, path));
    expect(importers).toEqual([]);
  });
});
