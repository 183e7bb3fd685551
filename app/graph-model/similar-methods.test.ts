import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeMethod } from '../testing/make-method';
import { compareProfiles, findSimilarMethods } from './similar-methods';

describe('compareProfiles()', () => {
  it('gives 1 for identical profiles and 0 for disjoint ones', () => {
    const a = makeMethod({ id: 'a' });
    expect(compareProfiles(a, makeMethod({ id: 'b' }))).toBe(1);
    const other = makeMethod({
      id: 'c',
      paradigm: 'PI',
      format: ['fixed'],
      location: ['input'],
      operator: ['additive'],
      alignment: ['linear'],
    });
    expect(compareProfiles(a, other)).toBe(0);
  });

  it('gives partial credit for a shared value among several', () => {
    const a = makeMethod({ id: 'a', location: ['embedding', 'hidden'] });
    const b = makeMethod({ id: 'b', location: ['hidden'] });
    // location Jaccard 1/2, the other four parts 1: (4 + 0.5) / 5
    expect(compareProfiles(a, b)).toBeCloseTo(0.9);
  });
});

describe('findSimilarMethods()', () => {
  it('ranks by similarity, never returns the method itself, and respects the limit', () => {
    const catalogue = makeFixtureCatalogue();
    const beta = catalogue.indexOf.get('beta')!;
    const similar = findSimilarMethods(catalogue, beta, 3);
    expect(similar).toHaveLength(3);
    expect(similar.map((entry) => entry.position)).not.toContain(beta);
    // delta shares paradigm, format, a location and an operator with beta
    expect(catalogue.methods[similar[0]!.position]!.id).toBe('delta');
    const scores = similar.map((entry) => entry.similarity);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
