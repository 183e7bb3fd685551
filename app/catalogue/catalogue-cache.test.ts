import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { memoisePerCatalogue, memoisePerCatalogueAndKey } from './catalogue-cache';

describe('memoisePerCatalogue()', () => {
  it('builds once per catalogue and keeps catalogues apart', () => {
    const built: number[] = [];
    const getCount = memoisePerCatalogue((catalogue) => {
      built.push(catalogue.methods.length);
      return { count: catalogue.methods.length };
    });
    const first = makeFixtureCatalogue();
    const second = makeFixtureCatalogue();
    expect(getCount(first)).toBe(getCount(first));
    expect(getCount(second)).not.toBe(getCount(first));
    expect(built).toEqual([first.methods.length, second.methods.length]);
  });

  it('gives each memoised function its own slot', () => {
    const catalogue = makeFixtureCatalogue();
    const getA = memoisePerCatalogue(() => 'a');
    const getB = memoisePerCatalogue(() => 'b');
    expect([getA(catalogue), getB(catalogue)]).toEqual(['a', 'b']);
  });

  it('keeps a result that is undefined instead of building it again', () => {
    let builds = 0;
    const getNothing = memoisePerCatalogue(() => {
      builds++;
      return undefined;
    });
    const catalogue = makeFixtureCatalogue();
    getNothing(catalogue);
    getNothing(catalogue);
    expect(builds).toBe(1);
  });
});

describe('memoisePerCatalogueAndKey()', () => {
  it('builds once per catalogue and key', () => {
    const calls: string[] = [];
    const getUpper = memoisePerCatalogueAndKey((_, key: string) => {
      calls.push(key);
      return key.toUpperCase();
    });
    const catalogue = makeFixtureCatalogue();
    expect(getUpper(catalogue, 'a')).toBe('A');
    expect(getUpper(catalogue, 'b')).toBe('B');
    expect(getUpper(catalogue, 'a')).toBe('A');
    getUpper(makeFixtureCatalogue(), 'a');
    expect(calls).toEqual(['a', 'b', 'a']);
  });
});
