import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run validate`'s script on the folder `dataDir`, as ATLAS_DATA_DIR names it. */
function validate(dataDir: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts'], {
    env: { ...process.env, ATLAS_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run validate', () => {
  it('names the file of the folder ATLAS_DATA_DIR gives, with the entry and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-validate-'));
    for (const file of readdirSync('data').filter((name) => name.endsWith('.json')))
      cpSync(join('data', file), join(dir, file));
    const methods = JSON.parse(readFileSync(join(dir, 'methods.json'), 'utf8')) as {
      id: string;
      year: unknown;
    }[];
    methods[0]!.year = 'soon';
    writeFileSync(join(dir, 'methods.json'), JSON.stringify(methods));

    const result = validate(dir);

    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `${join(dir, 'methods.json')}, entry "${methods[0]!.id}", field "year": must be a whole year`,
    );
    expect(result.err).not.toContain('data/methods.json');
  });
});
