import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toDigestInput } from '../../app/catalogue/catalogue-files';
import { computeCheckedDigest, toServedText } from './atlas-data-plugin';

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
