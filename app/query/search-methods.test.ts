import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { searchMethods } from './search-methods';
import { toSearchTokens } from './search-tokens';

const catalogue = makeTestCatalogue([
  makeMethod({
    id: 'prompt-tuning',
    name: 'Prompt Tuning',
    title: 'The Power of Scale for Parameter-Efficient Prompt Tuning',
    authors: ['Lester, Brian', 'Al-Rfou, Rami'],
  }),
  makeMethod({
    id: 'prefix-tuning',
    name: 'Prefix-Tuning',
    title: 'Prefix-Tuning: Optimizing Continuous Prompts for Generation',
    authors: ['Li, Xiang Lisa', 'Liang, Percy'],
  }),
  makeMethod({
    id: 'cocoop',
    name: 'CoCoOp',
    title: 'Conditional Prompt Learning for Vision-Language Models',
    authors: ['Zhou, Kaiyang'],
  }),
  makeMethod({
    id: 'graphprompt',
    name: 'GraphPrompt',
    title: 'Unifying Pre-Training and Downstream Tasks for Graph Neural Networks',
    authors: ['Liu, Zemin'],
  }),
  makeMethod({
    id: 'icl-algorithm',
    name: 'Akyürek 2023',
    title: 'What learning algorithm is in-context learning?',
    authors: ['Akyürek, Ekin'],
    summary: 'Studies regression in context.',
  }),
]);
const idsFor = (text: string) =>
  searchMethods(catalogue, text)?.ranked.map((position) => catalogue.methods[position]!.id);

describe('toSearchTokens()', () => {
  it('folds case and diacritics and keeps offsets into the original text', () => {
    expect(toSearchTokens('Akyürek, Ekin')).toEqual([
      { text: 'akyurek', start: 0, end: 6 },
      { text: 'ekin', start: 9, end: 12 },
    ]);
  });
});

describe('searchMethods()', () => {
  it('searches nothing for text shorter than two characters', () => {
    expect(searchMethods(catalogue, ' p ')).toBeNull();
  });

  it('finds a method from a misspelled name', () => {
    expect(idsFor('promt tunning')?.[0]).toBe('prompt-tuning');
    expect(idsFor('prefx tuning')?.[0]).toBe('prefix-tuning');
  });

  it('finds a method from the start of its name', () => {
    expect(idsFor('cocoo')).toEqual(['cocoop']);
  });

  it('finds a method by an author, with or without diacritics', () => {
    expect(idsFor('lester')).toEqual(['prompt-tuning']);
    expect(idsFor('akyurek')).toEqual(['icl-algorithm']);
    expect(idsFor('Akyürek')).toEqual(['icl-algorithm']);
  });

  it('requires every word, except when the words spell a name', () => {
    expect(idsFor('prompt generation')).toEqual(['prefix-tuning']);
    expect(idsFor('graph prompt')?.[0]).toBe('graphprompt');
  });

  it('does not let a short word match unrelated words', () => {
    expect(idsFor('zhou')).toEqual(['cocoop']);
  });

  it('reports where each word matched, for highlighting', () => {
    const outcome = searchMethods(catalogue, 'conditional promt')!;
    const position = catalogue.indexOf.get('cocoop')!;
    expect(outcome.matchesOf(position)).toEqual([
      {
        key: 'title',
        itemIndex: undefined,
        ranges: [
          [0, 10],
          [12, 17],
        ],
      },
    ]);
  });
});
