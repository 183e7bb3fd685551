import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBigrams, toIndexWords, toQueryTokens, toSearchTokens } from './search-tokens';

const folded = (text: string) => toSearchTokens(text).map((token) => token.text);

describe('toIndexWords()', () => {
  it('folds accents and case like toSearchTokens()', () => {
    expect(toIndexWords('Akyürek, Ekin: Visual Prompt-Tuning v2')).toEqual([
      'akyurek',
      'ekin',
      'visual',
      'prompt',
      'tuning',
      'v2',
    ]);
  });

  it('gives the words of toSearchTokens() for Greek, CJK, marks and final sigma', () => {
    for (const text of [
      'ΠΑΠΑΔΌΠΟΥΛΟΣ Σ-Net',
      '視覚言語 プロンプト 提示学习',
      'Cafe\u0301 naïve Øvergård',
      'İstanbul ǅemal Ωmega ℃ x²',
    ]) {
      expect(toIndexWords(text), text).toEqual(folded(text));
    }
  });

  it('gives the words of toSearchTokens() for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(toIndexWords(text)).toEqual(folded(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(toIndexWords(text)).toEqual(folded(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('toBigrams()', () => {
  it('gives the bigrams of a word between boundary marks', () => {
    expect(toBigrams('ab')).toEqual(['^a', 'ab', 'b$']);
    expect(toBigrams('vpt')).toEqual(['^v', 'vp', 'pt', 't$']);
    expect(toBigrams('')).toEqual(['^$']);
  });
});

describe('toSearchTokens() and toQueryTokens()', () => {
  it('split on anything but letters and digits, with inclusive end offsets', () => {
    expect(toSearchTokens('Prefix-Tuning v2')).toEqual([
      { text: 'prefix', start: 0, end: 5 },
      { text: 'tuning', start: 7, end: 12 },
      { text: 'v2', start: 14, end: 15 },
    ]);
    expect(toQueryTokens('  Ω-Net, ÉCOLE ')).toEqual(['ω', 'net', 'ecole']);
    expect(toQueryTokens('--')).toEqual([]);
  });
});
