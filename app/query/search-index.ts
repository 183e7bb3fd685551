import Fuse from 'fuse.js';
import type { Catalogue, Method } from '../catalogue/catalogue-types';
import { toBigrams, toIndexWords, toSearchTokens } from './search-tokens';

/** The fields search reads, with how much a match in each counts. */
export const SEARCH_FIELDS = [
  { key: 'name', weight: 4 },
  { key: 'title', weight: 2 },
  { key: 'authors', weight: 1.5 },
  { key: 'venue', weight: 0.75 },
  { key: 'summary', weight: 0.5 },
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number]['key'];

/** The texts of one field of a method (authors give one text per author). */
export function toFieldTexts(method: Method, field: SearchField): readonly string[] {
  return field === 'authors' ? method.authors : [method[field]];
}

export interface SearchIndex {
  /** Every distinct word of the catalogue. */
  vocabulary: string[];
  /** Per field, per word id: the positions of the methods holding the word in that field, ascending. */
  postings: Int32Array[][];
  /** Per field, per method: how many words the field has. */
  fieldLengths: Uint16Array[];
  /** Per bigram: ids of the words holding it. */
  bigrams: Map<string, Int32Array>;
  /** Per method: its name with everything but letters and digits removed, lowercased. */
  nameKeys: string[];
  /** Words already matched against the vocabulary, by query word. */
  matchCache: Map<string, WordMatch[]>;
}

/** A vocabulary word matching a query word, with a quality from 0 (poor) to 1 (exact). */
export interface WordMatch {
  word: number;
  quality: number;
}

const indexes = new WeakMap<Catalogue, SearchIndex>();

/** Builds (once per catalogue) the word index search runs on. */
export function getSearchIndex(catalogue: Catalogue): SearchIndex {
  const cached = indexes.get(catalogue);
  if (cached) return cached;
  const wordIds = new Map<string, number>();
  const vocabulary: string[] = [];
  const toWordIds = (text: string) =>
    toIndexWords(text).map((word) => {
      let id = wordIds.get(word);
      if (id === undefined) {
        id = vocabulary.length;
        wordIds.set(word, id);
        vocabulary.push(word);
      }
      return id;
    });
  // Author names and venues recur across a catalogue: fold each distinct one once.
  const recurring = new Map<string, number[]>();
  const toRecurringWordIds = (text: string) => {
    let ids = recurring.get(text);
    if (!ids) recurring.set(text, (ids = toWordIds(text)));
    return ids;
  };
  const lists: number[][][] = SEARCH_FIELDS.map(() => []);
  const fieldLengths = SEARCH_FIELDS.map(() => new Uint16Array(catalogue.methods.length));
  catalogue.methods.forEach((method, position) => {
    SEARCH_FIELDS.forEach(({ key }, field) => {
      let length = 0;
      for (const text of toFieldTexts(method, key)) {
        const ids =
          key === 'authors' || key === 'venue' ? toRecurringWordIds(text) : toWordIds(text);
        length += ids.length;
        for (const id of ids) {
          const list = (lists[field]![id] ??= []);
          if (list.at(-1) !== position) list.push(position);
        }
      }
      fieldLengths[field]![position] = Math.min(length, 65535);
    });
  });
  const none = new Int32Array(0);
  const postings = lists.map((perWord) =>
    vocabulary.map((_, id) => {
      const list = perWord[id];
      return list ? Int32Array.from(list) : none;
    }),
  );
  const bigramLists = new Map<string, number[]>();
  vocabulary.forEach((word, id) => {
    for (const gram of new Set(toBigrams(word))) {
      let list = bigramLists.get(gram);
      if (!list) bigramLists.set(gram, (list = []));
      list.push(id);
    }
  });
  const bigrams = new Map([...bigramLists].map(([gram, ids]) => [gram, Int32Array.from(ids)]));
  const nameKeys = catalogue.methods.map((method) =>
    toSearchTokens(method.name)
      .map((t) => t.text)
      .join(''),
  );
  const index = { vocabulary, postings, fieldLengths, bigrams, nameKeys, matchCache: new Map() };
  indexes.set(catalogue, index);
  return index;
}

/** Fuse's verdict on a candidate word; bitap scores 0 for a perfect match, 1 for none. */
const FUSE_THRESHOLD = 0.34;

/**
 * The vocabulary words a query word may mean: words it starts (partial names
 * like "cocoo"), and words fuse.js finds within a few typos ("promt",
 * "tunning"). Candidates are first narrowed by shared bigrams so fuse.js only
 * scores a few hundred words even when the vocabulary holds tens of thousands.
 */
export function matchQueryWord(index: SearchIndex, query: string): WordMatch[] {
  const cached = index.matchCache.get(query);
  if (cached) return cached;
  const { vocabulary } = index;
  const matches = new Map<number, number>();
  const grams = [...new Set(toBigrams(query))];
  const shared = new Map<number, number>();
  for (const gram of grams) {
    for (const id of index.bigrams.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  // Words that start with the query: exact is best, longer completions slightly less.
  const prefixGram = `^${query[0] ?? ''}`;
  for (const id of index.bigrams.get(prefixGram) ?? []) {
    const word = vocabulary[id]!;
    if (word.startsWith(query))
      matches.set(
        id,
        word === query ? 1 : Math.max(0.7, 0.95 - 0.02 * (word.length - query.length)),
      );
  }
  if (query.length >= 3) {
    const needed = Math.max(2, Math.ceil(grams.length * 0.4));
    const candidates = [...shared]
      .filter(([id, count]) => count >= needed && !matches.has(id))
      .map(([id]) => id);
    if (candidates.length > 0) {
      const fuse = new Fuse(
        candidates.map((id) => vocabulary[id]!),
        { includeScore: true, threshold: FUSE_THRESHOLD, isCaseSensitive: true },
      );
      // Fuse matches substrings; a typo keeps a word's length within one (two for long words).
      const allowedGap = query.length >= 8 ? 2 : 1;
      for (const result of fuse.search(query)) {
        const id = candidates[result.refIndex]!;
        const lengthGap = Math.abs(vocabulary[id]!.length - query.length);
        if (lengthGap > allowedGap) continue;
        matches.set(id, Math.max(0.1, 0.9 - (result.score ?? 1) - 0.03 * lengthGap));
      }
    }
  }
  const list = [...matches]
    .map(([word, quality]) => ({ word, quality }))
    .sort((a, b) => b.quality - a.quality)
    .slice(0, 60);
  if (index.matchCache.size > 2000) index.matchCache.clear();
  index.matchCache.set(query, list);
  return list;
}
