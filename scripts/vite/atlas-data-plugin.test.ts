import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDigestInput } from '../../app/catalogue/catalogue-files';
import { checkCatalogueDir, computeCheckedDigest, toServedText } from './atlas-data-plugin';

describe('toServedText()', () => {
  it('serves JSON without its indentation, holding the same data', () => {
    const source = readFileSync('data/methods.json', 'utf8');
    const served = toServedText(source);
    expect(JSON.parse(served)).toEqual(JSON.parse(source));
    expect(served).not.toMatch(/\n\s/);
    expect(served.length).toBeLessThan(source.length * 0.85);
  });

  it('serves a file that does not parse as it is, so the page can name the problem', () => {
    expect(toServedText('[{"id": "a",')).toBe('[{"id": "a",');
  });
});

describe('computeCheckedDigest()', () => {
  it('hashes the files as served, which is what the page fetches and hashes', () => {
    const served = (file: string) => toServedText(readFileSync(`data/${file}`, 'utf8'));
    const texts = {
      taxonomy: served('taxonomy.json'),
      methods: served('methods.json'),
      overrides: served('needs-overrides.json'),
    };
    const expected = createHash('sha256').update(toDigestInput(texts), 'utf8').digest('hex');
    expect(computeCheckedDigest('data')).toBe(expected);
  });
});

describe('checkCatalogueDir()', () => {
  it('checks a folder once while its files read the same, and again once one changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-check-'));
    for (const file of ['taxonomy.json', 'methods.json', 'needs-overrides.json'])
      cpSync(join('data', file), join(dir, file));
    const raw = JSON.parse(readFileSync(join(dir, 'methods.json'), 'utf8')) as unknown[];

    const first = checkCatalogueDir(dir)!;
    expect(first.checked.problems).toEqual([]);
    expect(first.checked.entryCount).toBe(raw.length);
    expect(checkCatalogueDir(dir)).toBe(first);

    // Formatting alone does not change what is served, so it is not checked again.
    writeFileSync(join(dir, 'methods.json'), JSON.stringify(raw, null, 4));
    expect(checkCatalogueDir(dir)).toBe(first);

    // An entry with no fields is a change, and a problem the digest refuses.
    writeFileSync(join(dir, 'methods.json'), JSON.stringify([...raw, { id: 'no-fields' }]));
    const second = checkCatalogueDir(dir)!;
    expect(second).not.toBe(first);
    expect(second.checked.entryCount).toBe(raw.length + 1);
    expect(second.checked.problems.length).toBeGreaterThan(0);
    expect(computeCheckedDigest(dir)).toBeNull();
  });

  it('is null when a file is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-check-'));
    cpSync(join('data', 'taxonomy.json'), join(dir, 'taxonomy.json'));
    expect(checkCatalogueDir(dir)).toBeNull();
  });
});
