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

/** App sources (tests and app/testing aside) with a value import (not `import type`) from a module. */
function listImporters(module: string): string[] {
  const pattern = new RegExp(`^import (?!type )[^;]*from '[^']*${module}';`, 'm');
  return listSources(appDir)
    .filter((path) => pattern.test(readFileSync(path, 'utf8')))
    .map((path) => relative(appDir, path));
}

describe('the BibTeX parser', () => {
  it('is imported only by the catalogue BibTeX reader, besides tests and app/testing', () => {
    expect(listImporters('@retorquere/bibtex-parser')).toEqual([
      'catalogue/read-bibtex-records.ts',
    ]);
  });

  it('reaches the app only through the catalogue worker, never the first bundle', () => {
    // The worker is started with new Worker(new URL(...)), which Vite builds as its own chunk.
    expect(listImporters('read-bibtex-records')).toEqual(['catalogue/read-catalogue-files.ts']);
    expect(listImporters('read-catalogue-files')).toEqual(['catalogue/catalogue-worker.ts']);
    expect(listImporters('catalogue-worker')).toEqual([]);
  });
});
