import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toIndexWords, toSearchTokens } from './search-tokens';

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
