import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { hasSameMatches } from './has-same-matches';
import { searchMethods, type SearchMatch, type SearchOutcome } from './search-methods';

const catalogue = makeTestCatalogue([
  makeMethod({
    id: 'prompt-tuning',
    name: 'Prompt Tuning',
    title: 'The Power of Scale for Parameter-Efficient Prompt Tuning',
    authors: ['Lester, Brian', 'Al-Rfou, Rami'],
  }),
  makeMethod({
    id: 'cocoop',
    name: 'CoCoOp',
    title: 'Conditional Prompt Learning for Vision-Language Models',
    authors: ['Zhou, Kaiyang'],
  }),
]);

/** A search outcome that shows position 0 with these matches and fields, and nothing else. */
function makeOutcome(matches: SearchMatch[], fields: string[]): SearchOutcome {
  return {
    matchesOf: (position: number) => (position === 0 ? matches : []),
    fieldsOf: (position: number) => (position === 0 ? fields : []),
  } as unknown as SearchOutcome;
}

describe('hasSameMatches()', () => {
  it('holds for one search against itself, and for no search against no search', () => {
    const search = searchMethods(catalogue, 'prompt');
    expect(hasSameMatches(search, search, 0)).toBe(true);
    expect(hasSameMatches(null, null, 0)).toBe(true);
  });

  it('does not hold between a search and none', () => {
    const search = searchMethods(catalogue, 'prompt');
    expect(hasSameMatches(search, null, 0)).toBe(false);
    expect(hasSameMatches(null, search, 0)).toBe(false);
  });

  it('holds for two searches that find the same words in a method', () => {
    const lower = searchMethods(catalogue, 'prompt');
    const upper = searchMethods(catalogue, 'PROMPT');
    expect(lower).not.toBe(upper);
    expect(hasSameMatches(lower, upper, 0)).toBe(true);
    expect(hasSameMatches(lower, upper, 1)).toBe(true);
  });

  it('does not hold once another word is found in the method', () => {
    const prompt = searchMethods(catalogue, 'prompt');
    const scale = searchMethods(catalogue, 'prompt scale');
    // "Scale" is in Prompt Tuning's title: one more highlight there.
    expect(hasSameMatches(prompt, scale, 0)).toBe(false);
  });

  it('compares the ranges, the field, the author and the fields matched in', () => {
    const title: SearchMatch = { key: 'title', ranges: [[0, 5]] };
    const base = makeOutcome([title], ['title']);
    expect(
      hasSameMatches(base, makeOutcome([{ key: 'title', ranges: [[0, 5]] }], ['title']), 0),
    ).toBe(true);
    expect(
      hasSameMatches(base, makeOutcome([{ key: 'title', ranges: [[0, 6]] }], ['title']), 0),
    ).toBe(false);
    expect(
      hasSameMatches(
        base,
        makeOutcome(
          [
            {
              key: 'title',
              ranges: [
                [0, 5],
                [8, 9],
              ],
            },
          ],
          ['title'],
        ),
        0,
      ),
    ).toBe(false);
    expect(
      hasSameMatches(base, makeOutcome([{ key: 'name', ranges: [[0, 5]] }], ['title']), 0),
    ).toBe(false);
    expect(hasSameMatches(base, makeOutcome([title], ['title', 'summary']), 0)).toBe(false);
    expect(hasSameMatches(base, makeOutcome([title], ['name']), 0)).toBe(false);
    const author = (itemIndex: number): SearchMatch => ({
      key: 'authors',
      itemIndex,
      ranges: [[0, 3]],
    });
    expect(
      hasSameMatches(
        makeOutcome([author(0)], ['authors']),
        makeOutcome([author(1)], ['authors']),
        0,
      ),
    ).toBe(false);
    expect(hasSameMatches(base, makeOutcome([], ['title']), 0)).toBe(false);
  });
});
