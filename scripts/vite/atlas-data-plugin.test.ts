import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toDigestInput } from '../../app/catalogue/catalogue-files';
import { computeCheckedDigest, toEarlyFetchTags, toServedText } from './atlas-data-plugin';

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

describe('toEarlyFetchTags()', () => {
  it('adds the chunk that starts fetching the catalogue as an async module script', () => {
    const bundle = {
      'assets/start-catalogue-fetch-abc.js': {
        type: 'chunk',
        isEntry: true,
        name: 'start-catalogue-fetch',
        fileName: 'assets/start-catalogue-fetch-abc.js',
      },
      'assets/index-def.js': {
        type: 'chunk',
        isEntry: true,
        name: 'index',
        fileName: 'assets/index-def.js',
      },
    } as unknown as Parameters<typeof toEarlyFetchTags>[1];
    expect(toEarlyFetchTags('./', bundle)).toEqual([
      {
        tag: 'script',
        attrs: {
          type: 'module',
          async: true,
          crossorigin: true,
          src: './assets/start-catalogue-fetch-abc.js',
        },
        injectTo: 'head',
      },
    ]);
  });

  it('adds nothing where no such chunk was built (the dev server)', () => {
    expect(toEarlyFetchTags('./', undefined)).toEqual([]);
  });
});
