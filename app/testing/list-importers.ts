import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : listSources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * App sources (tests and app/testing aside) with a static value or side-effect import (not
 * `import type`, not a dynamic `import()`) of a module, as paths relative to app/.
 */
export function listImporters(module: string): string[] {
  const pattern = new RegExp(`^import (?:(?!type )[^;]*from )?'[^']*${module}';`, 'm');
  return listSources(appDir)
    .filter((path) => pattern.test(readFileSync(path, 'utf8')))
    .map((path) => relative(appDir, path));
}
