import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { normaliseSearch, searchMethods } from './search-methods';
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

describe('searchMethods() edges', () => {
  // Each test builds its own catalogue: searches and the index are memoised per catalogue.
  const idsIn = (catalogue: ReturnType<typeof makeTestCatalogue>, text: string) =>
    searchMethods(catalogue, text)?.ranked.map((position) => catalogue.methods[position]!.id);

  it('normalises what was typed: trimmed, inner whitespace collapsed', () => {
    expect(normaliseSearch('  graph \t\n  prompt  ')).toBe('graph prompt');
    expect(normaliseSearch('a  b')).toBe('a b');
  });

  it('searches two characters, but not a text whose only term could not be read', () => {
    const catalogue = makeTestCatalogue([makeMethod({ id: 'vp', name: 'VP' })]);
    expect(idsIn(catalogue, 'vp')).toEqual(['vp']);
    expect(searchMethods(catalogue, 'year:soon')).toBeNull();
    expect(searchMethods(catalogue, '""')).toBeNull();
  });

  it('finds a name from its words run together, or from their start when several words are typed', () => {
    const catalogue = makeTestCatalogue([
      makeMethod({ id: 'graph-prompt', name: 'Graph-Prompt', venue: 'arXiv' }),
      makeMethod({ id: 'abcd', name: 'ABCD', title: 'Zz', summary: 'Zz', venue: 'arXiv' }),
    ]);
    // No word of the catalogue is or starts with "graphprompt": the name key matches it whole.
    expect(idsIn(catalogue, 'graphprompt')).toEqual(['graph-prompt']);
    // One word that only starts a name key is not enough ...
    expect(idsIn(catalogue, 'graphpro')).toEqual([]);
    // ... but words that together start one are, from three letters on: "c" matches no word.
    expect(idsIn(catalogue, 'ab c')).toEqual(['abcd']);
    // "a b" run together is only two letters: "b" matches no word, so nothing is found.
    expect(idsIn(catalogue, 'a b')).toEqual([]);
  });

  it('does not take a name without letters for a match of a fielded search', () => {
    const catalogue = makeTestCatalogue([
      makeMethod({ id: 'dash', name: '—' }),
      makeMethod({ id: 'zed', name: 'Zed', title: 'Prompt' }),
    ]);
    expect(idsIn(catalogue, 'title:prompt')).toEqual(['zed']);
  });

  it('ranks a name spelled as typed above a name holding the words in another order', () => {
    // "graph" matches GraphPrompt only as a completion (0.83 x 4) and "prompt" not at all, but
    // its name key is the query run together (+8): 11.32. Prompt Graph holds both words
    // (4 + 4) and they are its whole name (+2): 10.
    const catalogue = makeTestCatalogue([
      makeMethod({ id: 'other-order', name: 'Prompt Graph' }),
      makeMethod({ id: 'as-typed', name: 'GraphPrompt' }),
    ]);
    expect(idsIn(catalogue, 'graph prompt')).toEqual(['as-typed', 'other-order']);
  });

  it('gives the whole-field bonus when the text words fill a field, a year term aside', () => {
    // short: title "Prompt" (2) + its whole title (1) + the year (1.5) = 4.5.
    // long: a 20-word name whose first word completes "prompt" (0.7 x 4 = 2.8), + 1/20 of the
    // name's bonus (0.1) + the year (1.5) = 4.4.
    const filler = Array.from({ length: 19 }, (_, i) => `w${i}`).join(' ');
    const catalogue = makeTestCatalogue([
      makeMethod({ id: 'long', name: `Promptingwithaverylongword ${filler}` }),
      makeMethod({ id: 'short', name: 'Zed', title: 'Prompt' }),
    ]);
    expect(idsIn(catalogue, 'prompt 2022')).toEqual(['short', 'long']);
  });

  it('counts a field once per search word, however many of its words the word matches', () => {
    // twice: "prompt" and its completion "prompts" fill the name: 4 + 4 x 0.5 x 1/2 = 5.
    // three: "prompt" is one of three words: 4 + 4 x 0.5 x 1/3 = 4.67.
    const catalogue = makeTestCatalogue([
      makeMethod({ id: 'three', name: 'Prompt Xyz Abc' }),
      makeMethod({ id: 'twice', name: 'Prompt Prompts' }),
    ]);
    expect(idsIn(catalogue, 'prompt')).toEqual(['twice', 'three']);
  });

  it('ranks a search of years alone by citations, even for methods with empty fields', () => {
    const catalogue = makeTestCatalogue([
      makeMethod({ id: 'uncited', authors: [], year: 2022 }),
      makeMethod({ id: 'cited', authors: [], year: 2022 }),
      makeMethod({
        id: 'citer',
        authors: [],
        year: 2023,
        cites: [{ id: 'cited', basis: 'confirmed' }],
      }),
    ]);
    expect(idsIn(catalogue, '2022')).toEqual(['cited', 'uncited']);
  });

  it('reads a missing citation list as no citations', () => {
    const catalogue = makeTestCatalogue([
      makeMethod({ id: 'one', title: 'Visual' }),
      makeMethod({ id: 'two', title: 'Visual' }),
    ]);
    expect(idsIn({ ...catalogue, citedByOf: [] }, 'visual')).toEqual(['one', 'two']);
  });

  it('keeps catalogue order among equal matches', () => {
    const catalogue = makeTestCatalogue(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => makeMethod({ id, title: 'Visual Prompts' })),
    );
    expect(idsIn(catalogue, 'visual')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('finds a phrase in any one author, not only when every author holds it', () => {
    const catalogue = makeTestCatalogue([
      makeMethod({ id: 'li', authors: ['Li, Xiang', 'Doe, Jane'] }),
    ]);
    expect(idsIn(catalogue, 'author:"li xiang"')).toEqual(['li']);
    expect(idsIn(catalogue, 'author:"xiang li"')).toEqual([]);
  });

  it('highlights authors by item, family names as authors, and other fields only with their own words', () => {
    const catalogue = makeTestCatalogue([
      makeMethod({
        id: 'm',
        name: 'Zed',
        title: 'Prompt Lester',
        authors: ['Doe, Jane', 'Lester, Brian'],
        venue: 'ECCV',
      }),
    ]);
    const outcome = searchMethods(catalogue, 'author:lester title:prompt')!;
    expect(outcome.ranked).toEqual([0]);
    expect(outcome.matchesOf(0)).toEqual([
      { key: 'title', itemIndex: undefined, ranges: [[0, 5]] },
      { key: 'authors', itemIndex: 1, ranges: [[0, 5]] },
    ]);
    expect(outcome.matchesOf(0)).toBe(outcome.matchesOf(0));
    expect(outcome.matchesOf(5)).toEqual([]);
  });

  it("highlights the venue's code, not its full name", () => {
    const catalogue = makeTestCatalogue([makeMethod({ id: 'm', venue: 'ECCV' })]);
    // "vision" matches the full name, European Conference on Computer Vision.
    const outcome = searchMethods(catalogue, 'eccv vision')!;
    expect(outcome.ranked).toEqual([0]);
    expect(outcome.fieldsOf(0)).toEqual(['venue']);
    expect(outcome.matchesOf(0)).toEqual([
      { key: 'venue', itemIndex: undefined, ranges: [[0, 3]] },
    ]);
  });

  it('answers a search it has seen from its cache, and empties the cache past 50 searches', () => {
    const catalogue = makeTestCatalogue([makeMethod({ id: 'cache' })]);
    const first = searchMethods(catalogue, 'w0');
    expect(searchMethods(catalogue, '  w0 ')).toBe(first);
    for (let i = 1; i <= 50; i++) searchMethods(catalogue, `w${i}`);
    // 51 searches kept.
    expect(searchMethods(catalogue, 'w0')).toBe(first);
    searchMethods(catalogue, 'w51');
    expect(searchMethods(catalogue, 'w0')).not.toBe(first);
  });
});
