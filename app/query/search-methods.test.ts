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

describe('searchMethods() ranking', () => {
  const ranked = (methods: Parameters<typeof makeTestCatalogue>[0], text: string) => {
    const catalogue = makeTestCatalogue(methods);
    return searchMethods(catalogue, text)?.ranked.map((p) => catalogue.methods[p]!.id);
  };

  it('ranks a match in the name above title, authors, venue and summary, in that order', () => {
    const plain = {
      title: 'Plain Words',
      authors: ['Doe, Jane'],
      venue: 'ICLR',
      summary: 'Plain.',
    };
    expect(
      ranked(
        [
          makeMethod({ id: 'in-summary', ...plain, summary: 'Shown at NeurIPS.' }),
          makeMethod({ id: 'in-venue', ...plain, venue: 'NeurIPS' }),
          makeMethod({ id: 'in-authors', ...plain, authors: ['Neurips, Ann'] }),
          makeMethod({ id: 'in-title', ...plain, title: 'Prompts at NeurIPS' }),
          makeMethod({ id: 'in-name', ...plain, name: 'NeurIPS Adapter' }),
        ],
        'neurips',
      ),
    ).toEqual(['in-name', 'in-title', 'in-authors', 'in-venue', 'in-summary']);
  });

  it('ranks a title made of the search words above a longer one holding them', () => {
    expect(
      ranked(
        [
          makeMethod({ id: 'long', title: 'Prompt Tuning for Large Language Models at Scale' }),
          makeMethod({ id: 'short', title: 'Prompt Tuning' }),
        ],
        'prompt tuning',
      ),
    ).toEqual(['short', 'long']);
  });

  it('puts the more cited of two equal matches first, then the earlier in the catalogue', () => {
    const twin = (id: string, cites: string[] = []) =>
      makeMethod({
        id,
        title: 'Visual Prompts',
        cites: cites.map((cited) => ({ id: cited, basis: 'confirmed' as const })),
      });
    expect(ranked([twin('first'), twin('second'), twin('citer', ['second'])], 'visual')).toEqual([
      'second',
      'first',
      'citer',
    ]);
  });

  it('ranks a name holding the words as typed first, then a longer name, then one running them together', () => {
    expect(
      ranked(
        [
          makeMethod({ id: 'run-together', name: 'PromptKD' }),
          makeMethod({ id: 'longer', name: 'Prompt KD v' }),
          makeMethod({ id: 'as-typed', name: 'Prompt-KD' }),
        ],
        'prompt kd',
      ),
    ).toEqual(['as-typed', 'longer', 'run-together']);
  });
});
