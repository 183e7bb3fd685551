import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { toDigestInput } from '../../app/catalogue/catalogue-files';
import { validateCatalogue } from '../../app/catalogue/validate-catalogue';
import {
  checkCatalogueDir,
  computeCheckedDigest,
  toServedText,
  writeAtomFeed,
} from './atlas-data-plugin';

// The real validator, counted: the build should run it once per catalogue, not once per output.
vi.mock('../../app/catalogue/validate-catalogue', async (importOriginal) => {
  const actual = await importOriginal<{ validateCatalogue: typeof validateCatalogue }>();
  return { ...actual, validateCatalogue: vi.fn(actual.validateCatalogue) };
});

/** A fresh folder holding a copy of the bundled catalogue files. */
function copyBundled(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-check-'));
  for (const file of ['taxonomy.json', 'methods.json', 'needs-overrides.json'])
    cpSync(join('data', file), join(dir, file));
  return dir;
}

/** The ids of the feed's "added" entries, read from the XML text. */
function readAddedIds(feed: string): string[] {
  return [...feed.matchAll(/<id>urn:reprogrammability-atlas:added:([^<]+)<\/id>/g)].map(
    (match) => match[1]!,
  );
}

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

describe('writeAtomFeed()', () => {
  it('writes one added entry per method of the folder, from the check the digest made', () => {
    const dir = copyBundled();
    const raw = JSON.parse(readFileSync(join(dir, 'methods.json'), 'utf8')) as { id: string }[];
    vi.mocked(validateCatalogue).mockClear();

    expect(computeCheckedDigest(dir)).not.toBeNull();
    const feed = writeAtomFeed(dir)!;

    expect(readAddedIds(feed).sort()).toEqual(raw.map((method) => method.id).sort());
    expect(validateCatalogue).toHaveBeenCalledTimes(1);
  });

  it('leaves out an entry that does not validate and keeps the others', () => {
    const dir = copyBundled();
    const raw = JSON.parse(readFileSync(join(dir, 'methods.json'), 'utf8')) as { id: string }[];
    writeFileSync(join(dir, 'methods.json'), JSON.stringify([...raw, { id: 'no-fields' }]));

    const ids = readAddedIds(writeAtomFeed(dir)!);

    expect(ids).toHaveLength(raw.length);
    expect(ids).not.toContain('no-fields');
  });

  it('is null when a catalogue file is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-check-'));
    cpSync(join('data', 'taxonomy.json'), join(dir, 'taxonomy.json'));
    cpSync(join('data', 'methods.json'), join(dir, 'methods.json'));
    expect(writeAtomFeed(dir)).toBeNull();
  });
});
