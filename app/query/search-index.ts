import { memoisePerCatalogue } from '../catalogue/catalogue-cache';
import Fuse from 'fuse.js';
import type { Catalogue, Method } from '../catalogue/catalogue-types';
import { toBigrams, toIndexWords, toSearchTokens } from './search-tokens';

/** The fields search reads, with how much a match in each counts. */
export const SEARCH_FIELDS = [
  { key: 'name', weight: 4 },
  { key: 'title', weight: 2 },
  { key: 'family', weight: 1.75 },
  { key: 'authors', weight: 1.5 },
  { key: 'venue', weight: 1.25 },
  { key: 'summary', weight: 0.5 },
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number]['key'];

/** A family name from "Family, Given" (or the last word of a name written without a comma). */
function toFamily(author: string): string {
  const comma = author.indexOf(',');
  if (comma >= 0) return author.slice(0, comma);
  return author.trim().split(/\s+/).at(-1) ?? author;
}

/**
 * The texts of one field of a method: one per author for `authors`, each
 * author's family name for `family`, and the venue's code and full name for `venue`.
 */
export function toFieldTexts(
  catalogue: Catalogue,
  method: Method,
  field: SearchField,
): readonly string[] {
  switch (field) {
    case 'authors':
      return method.authors;
    case 'family':
      return method.authors.map(toFamily);
    case 'venue': {
      const full = catalogue.taxonomy.venues.find((venue) => venue.code === method.venue)?.name;
      return full ? [method.venue, full] : [method.venue];
    }
    default:
      return [method[field]];
  }
}

export interface SearchIndex {
  /** Every distinct word of the catalogue. */
  vocabulary: string[];
  /** Id of each word of the vocabulary. */
  wordIds: Map<string, number>;
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

/** Builds (once per catalogue) the word index search runs on. */
export const getSearchIndex = memoisePerCatalogue((catalogue): SearchIndex => {
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
    // Stryker disable next-line ConditionalExpression: always recomputing gives the same ids; the cache only saves time
    if (!ids) recurring.set(text, (ids = toWordIds(text)));
    return ids;
  };
  const lists: number[][][] = SEARCH_FIELDS.map(() => []);
  const fieldLengths = SEARCH_FIELDS.map(() => new Uint16Array(catalogue.methods.length));
  catalogue.methods.forEach((method, position) => {
    SEARCH_FIELDS.forEach(({ key }, field) => {
      let length = 0;
      for (const text of toFieldTexts(catalogue, method, key)) {
        const ids =
          // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: both functions give the same ids for a text; this only picks which texts are worth caching
          key === 'name' || key === 'title' || key === 'summary'
            ? toWordIds(text)
            : toRecurringWordIds(text);
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
  const index = {
    vocabulary,
    wordIds,
    postings,
    fieldLengths,
    bigrams,
    nameKeys,
    matchCache: new Map(),
  };
  return index;
});

/** Fuse's verdict on a candidate word; bitap scores 0 for a perfect match, 1 for none. */
const FUSE_THRESHOLD = 0.34;

/**
 * The vocabulary words a query word may mean, best first. Exact words come
 * first; words it starts ("cocoo" for CoCoOp) count too unless the query is
 * a short word that exists as typed ("wei" does not bring "weight"), or
 * `complete` is set (the word is still being typed and nothing matched it
 * as typed); only a word with neither gets typo tolerance ("promt",
 * "tunning"), where fuse.js scores candidates first narrowed by shared
 * bigrams, so it scores a few hundred words even when the vocabulary holds
 * tens of thousands.
 */
export function matchQueryWord(index: SearchIndex, query: string, complete = false): WordMatch[] {
  const cacheKey = complete ? `${query}\u0000` : query;
  const cached = index.matchCache.get(cacheKey);
  if (cached) return cached;
  const { vocabulary } = index;
  const matches = new Map<number, number>();
  const exact = index.wordIds.get(query);
  if (exact !== undefined) matches.set(exact, 1);
  if (isAlwaysCompleted(index, query) || complete) {
    // Completions rank just below the word itself, longer ones a little lower.
    for (const id of index.bigrams.get(`^${query[0] ?? ''}`) ?? []) {
      const word = vocabulary[id]!;
      if (id !== exact && word.startsWith(query))
        matches.set(id, Math.max(0.7, 0.95 - 0.02 * (word.length - query.length)));
    }
  }
  if (matches.size === 0 && query.length >= 3) matchTypos(index, query, matches);
  const list = [...matches]
    .map(([word, quality]) => ({ word, quality }))
    .sort((a, b) => b.quality - a.quality)
    .slice(0, 60);
  if (index.matchCache.size > 2000) index.matchCache.clear();
  index.matchCache.set(cacheKey, list);
  return list;
}

/** Whether the words a query word starts always count as its matches: not when it is a short word that exists as typed. */
export function isAlwaysCompleted(index: SearchIndex, query: string): boolean {
  return query.length >= 4 || !index.wordIds.has(query);
}

/** Adds the words within a few typos of the query to `matches`, with a quality below any prefix. */
function matchTypos(index: SearchIndex, query: string, matches: Map<number, number>): void {
  const { vocabulary } = index;
  const grams = [...new Set(toBigrams(query))];
  const shared = new Map<number, number>();
  for (const gram of grams) {
    for (const id of index.bigrams.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(grams.length * 0.4));
  const candidates = [...shared].filter(([, count]) => count >= needed).map(([id]) => id);
  if (candidates.length === 0) return;
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
    matches.set(id, Math.max(0.1, 0.65 - (result.score ?? 1) - 0.03 * lengthGap));
  }
}
