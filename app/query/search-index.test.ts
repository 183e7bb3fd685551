import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import {
  SEARCH_FIELDS,
  getSearchIndex,
  matchQueryWord,
  toFieldTexts,
  type SearchIndex,
} from './search-index';

/** A fresh catalogue per test: the index is memoised, and a test must build what it checks. */
const makeCatalogue = () =>
  makeTestCatalogue([
    makeMethod({
      id: 'first',
      name: 'Prompt Prompts Prompting',
      title: 'Reprogramming Tunning',
      authors: ['Lester, Brian', 'Rami Al Rfou'],
      venue: 'ECCV',
      summary: 'Weighs prompts.',
    }),
    makeMethod({
      id: 'second',
      name: 'Promptingwithaverylongword',
      title: 'Weight of Wei',
      authors: ['Lester, Brian'],
      venue: 'arXiv',
      summary: 'Prompt prompt prompt.',
    }),
  ]);
const catalogue = makeCatalogue();
/** The words a query word matches, with their qualities, best first. */
const matchesIn = (index: SearchIndex, query: string) =>
  matchQueryWord(index, query).map((match) => [index.vocabulary[match.word], match.quality]);
const fieldOf = (key: (typeof SEARCH_FIELDS)[number]['key']) =>
  SEARCH_FIELDS.findIndex((field) => field.key === key);
/** The positions of the methods holding a word in a field. */
const holders = (index: SearchIndex, key: (typeof SEARCH_FIELDS)[number]['key'], word: string) => [
  ...index.postings[fieldOf(key)]![index.wordIds.get(word)!]!,
];

describe('toFieldTexts()', () => {
  const method = catalogue.methods[0]!;

  it('gives one text per author, and each family name', () => {
    expect(toFieldTexts(catalogue, method, 'authors')).toEqual(['Lester, Brian', 'Rami Al Rfou']);
    // "Family, Given", or the last word of a name written without a comma.
    expect(toFieldTexts(catalogue, method, 'family')).toEqual(['Lester', 'Rfou']);
    const spaced = makeMethod({ id: 'spaced', authors: ['  Ada   Lovelace  ', 'Plato'] });
    expect(toFieldTexts(catalogue, spaced, 'family')).toEqual(['Lovelace', 'Plato']);
    // A comma first: the family name is empty, not the given name.
    const noFamily = makeMethod({ id: 'no-family', authors: [', Anonymous Writer'] });
    expect(toFieldTexts(catalogue, noFamily, 'family')).toEqual(['']);
  });

  it("gives the venue's code and its full name, or the code alone for a venue the taxonomy lacks", () => {
    expect(toFieldTexts(catalogue, method, 'venue')).toEqual([
      'ECCV',
      'European Conference on Computer Vision',
    ]);
    expect(toFieldTexts(catalogue, makeMethod({ id: 'x', venue: 'Nowhere' }), 'venue')).toEqual([
      'Nowhere',
    ]);
  });

  it('gives the name, title and summary as they are', () => {
    expect(toFieldTexts(catalogue, method, 'name')).toEqual(['Prompt Prompts Prompting']);
    expect(toFieldTexts(catalogue, method, 'title')).toEqual(['Reprogramming Tunning']);
    expect(toFieldTexts(catalogue, method, 'summary')).toEqual(['Weighs prompts.']);
  });
});

describe('getSearchIndex()', () => {
  // Each test builds its own index.
  it('gives each distinct word one id, in the order first met', () => {
    const index = getSearchIndex(makeCatalogue());
    expect(index.vocabulary.slice(0, 6)).toEqual([
      'prompt',
      'prompts',
      'prompting',
      'reprogramming',
      'tunning',
      'lester',
    ]);
    expect(new Set(index.vocabulary).size).toBe(index.vocabulary.length);
    index.vocabulary.forEach((word, id) => expect(index.wordIds.get(word)).toBe(id));
  });

  it('posts each method once per word and field, however often the word recurs', () => {
    const index = getSearchIndex(makeCatalogue());
    expect(holders(index, 'name', 'prompt')).toEqual([0]);
    expect(holders(index, 'summary', 'prompt')).toEqual([1]);
    expect(holders(index, 'summary', 'prompts')).toEqual([0]);
    expect(holders(index, 'family', 'lester')).toEqual([0, 1]);
    expect(holders(index, 'authors', 'brian')).toEqual([0, 1]);
    expect(holders(index, 'family', 'rfou')).toEqual([0]);
    expect(holders(index, 'venue', 'eccv')).toEqual([0]);
    expect(holders(index, 'venue', 'vision')).toEqual([0]);
    expect(holders(index, 'venue', 'arxiv')).toEqual([1]);
    expect(holders(index, 'title', 'prompt')).toEqual([]);
  });

  it('counts the words of each field, repeats included', () => {
    const index = getSearchIndex(makeCatalogue());
    const lengths = (key: (typeof SEARCH_FIELDS)[number]['key']) => [
      ...index.fieldLengths[fieldOf(key)]!,
    ];
    expect(lengths('name')).toEqual([3, 1]);
    expect(lengths('title')).toEqual([2, 3]);
    // "Lester, Brian" and "Rami Al Rfou"; the second method has Lester, Brian alone.
    expect(lengths('authors')).toEqual([5, 2]);
    expect(lengths('family')).toEqual([2, 1]);
    // ECCV and "European Conference on Computer Vision"; arXiv and "arXiv preprint".
    expect(lengths('venue')).toEqual([6, 3]);
    expect(lengths('summary')).toEqual([2, 3]);
  });

  it('caps a field length at what 16 bits hold', () => {
    const long = makeTestCatalogue([
      makeMethod({ id: 'long', summary: Array.from({ length: 70_000 }, () => 'w').join(' ') }),
    ]);
    expect(getSearchIndex(long).fieldLengths[fieldOf('summary')]![0]).toBe(65535);
  });

  it('keys every word by its bigrams, boundaries marked', () => {
    const index = getSearchIndex(makeCatalogue());
    const ids = (gram: string) =>
      [...(index.bigrams.get(gram) ?? [])].map((id) => index.vocabulary[id]);
    expect(ids('^w')).toEqual(['weighs', 'weight', 'wei']);
    expect(ids('s$')).toEqual(['prompts', 'weighs']);
    // A word holding a bigram twice ("prompting ... long") is listed once under it.
    expect(ids('ng')).toEqual([
      'prompting',
      'reprogramming',
      'tunning',
      'promptingwithaverylongword',
    ]);
  });

  it("keys each name by its words run together, lowercased, without what's between them", () => {
    const index = getSearchIndex(makeCatalogue());
    expect(index.nameKeys).toEqual(['promptpromptsprompting', 'promptingwithaverylongword']);
  });

  it('builds once per catalogue', () => {
    expect(getSearchIndex(catalogue)).toBe(getSearchIndex(catalogue));
  });
});

describe('matchQueryWord()', () => {
  // Each test builds its own index, so its matches are not read from another's cache.
  it('matches a word as typed with quality 1, and no completion of a short word', () => {
    const index = getSearchIndex(makeCatalogue());
    const matches = (query: string) => matchesIn(index, query);
    expect(matches('wei')).toEqual([['wei', 1]]);
  });

  it('completes a short word that exists as typed when asked to, keeping the word itself first', () => {
    const index = getSearchIndex(makeCatalogue());
    const words = (complete: boolean) =>
      matchQueryWord(index, 'wei', complete).map((match) => index.vocabulary[match.word]);
    expect(words(true)).toEqual(['wei', 'weighs', 'weight']);
    // Asked again without completion, the cached answer for the word as typed is not mixed in.
    expect(words(false)).toEqual(['wei']);
  });

  it('matches completions of a word of four letters or more just below the word itself', () => {
    const index = getSearchIndex(makeCatalogue());
    const matches = (query: string) => matchesIn(index, query);
    // 0.95, less 0.02 per extra letter, never below 0.7.
    const got = matches('prompt');
    expect(got.map(([word]) => word)).toEqual([
      'prompt',
      'prompts',
      'prompting',
      'promptingwithaverylongword',
    ]);
    expect(got[0]![1]).toBe(1);
    expect(got[1]![1]).toBeCloseTo(0.93, 10);
    expect(got[2]![1]).toBeCloseTo(0.89, 10);
    expect(got[3]![1]).toBe(0.7);
  });

  it('matches completions of a word nothing matches as typed', () => {
    const index = getSearchIndex(makeCatalogue());
    const matches = (query: string) => matchesIn(index, query);
    const got = matches('weig');
    // Equal qualities keep vocabulary order: the first method's summary comes before the second's title.
    expect(got.map(([word]) => word)).toEqual(['weighs', 'weight']);
    expect(got[0]![1]).toBeCloseTo(0.91, 10);
    expect(got[1]![1]).toBeCloseTo(0.91, 10);
    expect(matches('wo')).toEqual([]);
  });

  it('tolerates a typo only where no word starts with the query, below any completion', () => {
    const index = getSearchIndex(makeCatalogue());
    const matches = (query: string) => matchesIn(index, query);
    const typo = matches('promt');
    expect(typo.map(([word]) => word)).toEqual(['prompt']);
    expect(typo[0]![1]).toBeGreaterThan(0.1);
    expect(typo[0]![1]).toBeLessThan(0.65);
    expect(matches('tuning').map(([word]) => word)).toEqual(['tunning']);
    // Two letters are too few for typos.
    expect(matches('pz')).toEqual([]);
  });

  it('tolerates a length one off, or two off for a query of eight letters or more', () => {
    const index = getSearchIndex(makeCatalogue());
    const matches = (query: string) => matchesIn(index, query);
    // "tunnings" is one longer than "tunning"; "tunningsss" three longer, too far.
    expect(matches('tunnings').map(([word]) => word)).toEqual(['tunning']);
    expect(matches('reprogramin').map(([word]) => word)).toEqual(['reprogramming']);
    expect(matches('tunni').map(([word]) => word)).toEqual(['tunning']);
    expect(matches('tunnins').map(([word]) => word)).toEqual(['tunning']);
    expect(matches('tuningss')).toEqual([]);
    // "prompts" is two longer than "promt": a typo of five letters may not stretch that far.
    const onlyPrompts = getSearchIndex(
      makeTestCatalogue([makeMethod({ id: 'p', name: 'Prompts' })]),
    );
    expect(matchQueryWord(onlyPrompts, 'promt').map((match) => match.word)).toEqual([]);
    expect(matchQueryWord(onlyPrompts, 'promts').map((match) => match.word)).toEqual([
      onlyPrompts.wordIds.get('prompts'),
    ]);
  });

  it('needs a typo to share enough bigrams with the word', () => {
    const index = getSearchIndex(makeCatalogue());
    const matches = (query: string) => matchesIn(index, query);
    // "xyzzt" shares only "t$" with "prompt".
    expect(matches('xyzzt')).toEqual([]);
  });

  it('matches nothing for an empty query', () => {
    const index = getSearchIndex(makeCatalogue());
    expect(matchQueryWord(index, '')).toEqual([]);
  });

  it('keeps at most 60 words, the best', () => {
    const many = makeTestCatalogue([
      makeMethod({
        id: 'many',
        summary: Array.from({ length: 70 }, (_, i) => `vp${String(i).padStart(2, '0')}`).join(' '),
      }),
    ]);
    const got = matchQueryWord(getSearchIndex(many), 'vp');
    expect(got).toHaveLength(60);
  });

  it('answers a query word it has seen from its cache, and empties the cache past 2000 words', () => {
    const own = getSearchIndex(makeTestCatalogue([makeMethod({ id: 'cache' })]));
    const first = matchQueryWord(own, 'study');
    expect(matchQueryWord(own, 'study')).toBe(first);
    for (let i = 1; i < 2001; i++) matchQueryWord(own, `q${i}`);
    expect(own.matchCache.size).toBe(2001);
    matchQueryWord(own, 'study');
    expect(own.matchCache.size).toBe(2001);
    matchQueryWord(own, 'q2001');
    expect(own.matchCache.size).toBe(1);
    expect(matchQueryWord(own, 'study')).not.toBe(first);
  });
});

describe('matchQueryWord() boundaries', () => {
  // Each test builds a catalogue whose words it names, so every match can be worked out.
  const matchesFor = (name: string, query: string) => {
    const index = getSearchIndex(
      makeTestCatalogue([makeMethod({ id: 'm', name, venue: 'arXiv' })]),
    );
    return matchesIn(index, query);
  };
  /** Fuse's own score for a query against one word, with the options search uses. */
  const fuseScore = (word: string, query: string) =>
    new Fuse([word], { includeScore: true, threshold: 0.34, isCaseSensitive: true }).search(
      query,
    )[0]!.score!;

  it('completes a four-letter word that exists as typed', () => {
    const got = matchesFor('Tune Tuned', 'tune');
    expect(got.map(([word]) => word)).toEqual(['tune', 'tuned']);
    expect(got[1]![1]).toBeCloseTo(0.93, 10);
  });

  it('lists completions by quality, not by where the words stand', () => {
    // "prompting" comes first in the catalogue, but is three letters longer than "prompts".
    const got = matchesFor('Prompting Prompts', 'promp');
    expect(got.map(([word]) => word)).toEqual(['prompts', 'prompting']);
    expect(got[0]![1]).toBeCloseTo(0.91, 10);
    expect(got[1]![1]).toBeCloseTo(0.87, 10);
  });

  it('keeps an exact match exact, with no typos beside it', () => {
    expect(matchesFor('Cot Dot', 'cot')).toEqual([['cot', 1]]);
  });

  it('tries no typos for a query of two letters, even one standing inside a word', () => {
    // "pt" is inside "vpt" and shares two of its bigrams, but starts no word.
    expect(matchesFor('VPT', 'pt')).toEqual([]);
  });

  it('tolerates a typo in a three-letter word sharing just enough bigrams', () => {
    // "vpx" and "vpt" share "^v" and "vp": two, the least a typo candidate needs.
    expect(matchesFor('VPT', 'vpx').map(([word]) => word)).toEqual(['vpt']);
  });

  it('lets an eight-letter typo be two letters longer than the word', () => {
    expect(matchesFor('Prompt', 'proompts').map(([word]) => word)).toEqual(['prompt']);
  });

  it("scores a typo 0.65 less Fuse's score, less 0.03 per letter of length gap", () => {
    const [typo] = matchesFor('Prompt Tunning', 'promt');
    expect(typo![0]).toBe('prompt');
    expect(typo![1]).toBeCloseTo(0.65 - fuseScore('prompt', 'promt') - 0.03, 10);
    const [sameLength] = matchesFor('Prompt Tunning', 'tunnimg');
    expect(sameLength![0]).toBe('tunning');
    expect(sameLength![1]).toBeCloseTo(0.65 - fuseScore('tunning', 'tunnimg'), 10);
  });
});
