import type { Catalogue } from '../catalogue/catalogue-types';
import { addToBitset, makeBitset, type Bitset } from './bitset';
import {
  SEARCH_FIELDS,
  getSearchIndex,
  matchQueryWord,
  toFieldTexts,
  type SearchField,
} from './search-index';
import { toQueryTokens, toSearchTokens } from './search-tokens';

/** Where the search text matched inside one field of a method, as inclusive [start, end] ranges. */
export interface SearchMatch {
  key: SearchField;
  /** For `authors`, which author. */
  itemIndex?: number | undefined;
  ranges: ReadonlyArray<readonly [number, number]>;
}

export interface SearchOutcome {
  /** Matching method positions, best match first. */
  ranked: number[];
  /** The same positions as a set, for combining with other clauses. */
  bits: Bitset;
  /** Where the search matched in one method's fields, computed when a view asks. */
  matchesOf: (position: number) => SearchMatch[];
}

/** Shortest search text that searches at all. */
export const MIN_SEARCH_LENGTH = 2;

/** Normalises what a reader typed: trimmed, inner whitespace collapsed. */
export function normaliseSearch(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

const outcomes = new WeakMap<Catalogue, Map<string, SearchOutcome>>();

/**
 * Builds the catalogue's search index now (once per catalogue), so the first
 * search does not wait for it: about 150 ms at 10,000 methods.
 */
export function prepareSearch(catalogue: Catalogue): void {
  getSearchIndex(catalogue);
}

/**
 * Fuzzy search over name, title, authors, venue and summary. Every word of
 * the search must match a word of the method, exactly, as a prefix, or
 * within a few typos (fuse.js decides which); a match in the name counts
 * most, then title, authors, venue and summary, a field matching every word
 * and little else ranks highest, and the more a method is cited within the
 * catalogue the more it leads ties. Returns null when there is nothing to
 * search. Memoised per catalogue and text, so all views share one search.
 */
export function searchMethods(catalogue: Catalogue, text: string): SearchOutcome | null {
  const pattern = normaliseSearch(text);
  if (pattern.length < MIN_SEARCH_LENGTH) return null;
  const words = [...new Set(toQueryTokens(pattern))];
  if (words.length === 0) return null;
  const perCatalogue = outcomes.get(catalogue) ?? new Map<string, SearchOutcome>();
  outcomes.set(catalogue, perCatalogue);
  const cached = perCatalogue.get(pattern);
  if (cached) return cached;

  const index = getSearchIndex(catalogue);
  const size = catalogue.methods.length;
  const total = new Float64Array(size);
  const hits = new Uint8Array(size);
  const fieldHits = SEARCH_FIELDS.map(() => new Uint8Array(size));
  const fieldMarks = SEARCH_FIELDS.map(() => new Uint8Array(size));
  const best = new Float32Array(size);
  const matchedWords = new Set<string>();

  words.forEach((word, k) => {
    best.fill(0);
    for (const match of matchQueryWord(index, word)) {
      matchedWords.add(index.vocabulary[match.word]!);
      SEARCH_FIELDS.forEach(({ weight }, field) => {
        const value = weight * match.quality;
        const marks = fieldMarks[field]!;
        for (const position of index.postings[field]![match.word]!) {
          if (value > best[position]!) best[position] = value;
          if (marks[position] !== k + 1) {
            marks[position] = k + 1;
            fieldHits[field]![position] = fieldHits[field]![position]! + 1;
          }
        }
      });
    }
    for (let position = 0; position < size; position++) {
      if (best[position]! > 0) {
        total[position] = total[position]! + best[position]!;
        hits[position]!++;
      }
    }
  });

  const queryKey = words.join('');
  const scored: { position: number; score: number }[] = [];
  for (let position = 0; position < size; position++) {
    // A name spelled as typed ("graph prompt" for GraphPrompt) counts even if its words run together.
    const nameKey = index.nameKeys[position]!;
    const nameHit = nameKey === queryKey || (queryKey.length >= 3 && nameKey.startsWith(queryKey));
    if (hits[position] !== words.length && !nameHit) continue;
    let score = total[position]!;
    SEARCH_FIELDS.forEach(({ weight }, field) => {
      if (fieldHits[field]![position] === words.length) {
        const length = Math.max(words.length, index.fieldLengths[field]![position]!);
        score += (weight * 0.5 * words.length) / length;
      }
    });
    // A small prior for methods the catalogue builds on, so the original paper leads its follow-ups.
    score += 0.25 * Math.log1p(catalogue.citedByOf[position]?.length ?? 0);
    if (nameKey === queryKey) score += 8;
    else if (nameHit) score += 3;
    scored.push({ position, score });
  }
  scored.sort((a, b) => b.score - a.score || a.position - b.position);

  const bits = makeBitset(size);
  for (const { position } of scored) addToBitset(bits, position);
  const matchCache = new Map<number, SearchMatch[]>();
  const outcome: SearchOutcome = {
    ranked: scored.map((entry) => entry.position),
    bits,
    matchesOf: (position) => {
      let matches = matchCache.get(position);
      if (!matches) {
        matches = locateMatches(catalogue, position, matchedWords);
        matchCache.set(position, matches);
      }
      return matches;
    },
  };
  if (perCatalogue.size > 50) perCatalogue.clear();
  perCatalogue.set(pattern, outcome);
  return outcome;
}

/** The ranges of every matched word in each field of one method. */
function locateMatches(
  catalogue: Catalogue,
  position: number,
  words: ReadonlySet<string>,
): SearchMatch[] {
  const method = catalogue.methods[position];
  if (!method) return [];
  const matches: SearchMatch[] = [];
  for (const { key } of SEARCH_FIELDS) {
    toFieldTexts(method, key).forEach((text, itemIndex) => {
      const ranges = toSearchTokens(text)
        .filter((token) => words.has(token.text))
        .map((token) => [token.start, token.end] as const);
      if (ranges.length > 0)
        matches.push({ key, itemIndex: key === 'authors' ? itemIndex : undefined, ranges });
    });
  }
  return matches;
}
