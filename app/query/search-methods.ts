import { memoisePerCatalogue, memoisePerCatalogueAndKey } from '../catalogue/catalogue-cache';
import type { Catalogue } from '../catalogue/catalogue-types';
import { addToBitset, makeBitset, type Bitset } from './bitset';
import {
  SEARCH_FIELDS,
  getSearchIndex,
  isAlwaysCompleted,
  matchQueryWord,
  toFieldTexts,
  type SearchField,
  type SearchIndex,
} from './search-index';
import { isPlainSearch, readSearchTerms, type ParsedSearch, type SearchTerm } from './search-terms';
import { toIndexWords, toSearchTokens, type SearchToken } from './search-tokens';

/** Where the search text matched inside one field of a method, as inclusive [start, end] ranges. */
export interface SearchMatch {
  key: SearchField;
  /** For `authors`, which author. */
  itemIndex?: number | undefined;
  ranges: ReadonlyArray<readonly [number, number]>;
}

/** The fields a reader is told a result matched in. */
export type MatchedField = 'name' | 'title' | 'author' | 'venue' | 'year' | 'summary';

export interface SearchOutcome {
  /** Matching method positions, best match first. */
  ranked: number[];
  /** The same positions as a set, for combining with other clauses. */
  bits: Bitset;
  /** Where the search matched in one method's fields, computed when a view asks. */
  matchesOf: (position: number) => SearchMatch[];
  /** Which fields a matching method matched in, in a fixed order. */
  fieldsOf: (position: number) => MatchedField[];
  /** Pieces of the search that were not understood (`year:soon`), as typed. */
  ignored: readonly string[];
}

/** Shortest search text that searches at all. */
export const MIN_SEARCH_LENGTH = 2;

/** Normalises what a reader typed: trimmed, inner whitespace collapsed. */
export function normaliseSearch(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

const getOutcomes = memoisePerCatalogue(() => new Map<string, SearchOutcome>());

/**
 * Builds the catalogue's search index now (once per catalogue), so the first
 * search does not wait for it: about 150 ms at 10,000 methods.
 */
export function prepareSearch(catalogue: Catalogue): void {
  getSearchIndex(catalogue);
}

const FIELD_INDEX = new Map(SEARCH_FIELDS.map(({ key }, index) => [key, index]));
const ALL_FIELDS = SEARCH_FIELDS.map((_, index) => index);
/** Which index fields a `field:` term reads. */
const TERM_FIELDS: Record<Exclude<SearchTerm['field'], 'year'>, number[]> = {
  any: ALL_FIELDS,
  author: [FIELD_INDEX.get('family')!, FIELD_INDEX.get('authors')!],
  title: [FIELD_INDEX.get('title')!],
  venue: [FIELD_INDEX.get('venue')!],
  name: [FIELD_INDEX.get('name')!],
};
/** Bit of the year in a method's matched-field mask (the text fields take the bits below). */
const YEAR_BIT = 1 << SEARCH_FIELDS.length;
/** What a year match adds to the score: as much as a word in the authors' given names. */
const YEAR_WEIGHT = 1.5;
const SHOWN_FIELDS: readonly [MatchedField, number][] = [
  ['name', 1 << FIELD_INDEX.get('name')!],
  ['title', 1 << FIELD_INDEX.get('title')!],
  ['author', (1 << FIELD_INDEX.get('family')!) | (1 << FIELD_INDEX.get('authors')!)],
  ['venue', 1 << FIELD_INDEX.get('venue')!],
  ['year', YEAR_BIT],
  ['summary', 1 << FIELD_INDEX.get('summary')!],
];

/** One word (or year range) every result must match, in the fields its term allows. */
interface SearchUnit {
  word: string;
  fields: number[];
  years?: readonly [number, number] | undefined;
  /** Whether it also matches the words it starts when it is a short word that exists as typed. */
  complete?: boolean;
  /** Vocabulary words it matched, filled while searching (for phrases and highlighting). */
  matched: Set<string>;
}

/**
 * Search as scholars expect it: every term must match (AND); a four-digit
 * year matches the publication year, acronyms and full names match the
 * venue, family names match authors (and count more than given names);
 * `author:`, `title:`, `venue:`, `name:` and `year:` limit a term to a field,
 * and a "quoted phrase" must appear as written. A word matches exactly, as
 * a prefix (a short word that exists as typed only when it is the last word
 * and nothing matches it as typed), or, only when no word of the catalogue
 * starts with it, within a few typos. A match in the name counts most, then title, family names,
 * authors and venue, then summary; a field matching every word and little
 * else ranks highest, and the more a method is cited within the catalogue
 * the more it leads ties. Returns null when there is nothing to search.
 * Memoised per catalogue and text, so all views share one search.
 */
export function searchMethods(catalogue: Catalogue, text: string): SearchOutcome | null {
  const pattern = normaliseSearch(text);
  if (pattern.length < MIN_SEARCH_LENGTH) return null;
  const parsed = readSearchTerms(pattern);
  if (parsed.terms.length === 0) return null;
  const perCatalogue = getOutcomes(catalogue);
  const cached = perCatalogue.get(pattern);
  if (cached) return cached;

  const index = getSearchIndex(catalogue);
  let outcome = rankSearch(catalogue, index, parsed, false);
  // A short last word that exists as typed ("t" in "visual prompt t") is completed when nothing matched it as typed.
  const last = parsed.terms.at(-1);
  const lastWord = last?.phrase ? undefined : last?.words.at(-1);
  if (outcome.ranked.length === 0 && lastWord !== undefined && !isAlwaysCompleted(index, lastWord))
    outcome = rankSearch(catalogue, index, parsed, true);
  if (perCatalogue.size > 50) perCatalogue.clear();
  perCatalogue.set(pattern, outcome);
  return outcome;
}

/** Scores every method against a parsed search; with `completeLast`, the last word also matches the words it starts. */
function rankSearch(
  catalogue: Catalogue,
  index: SearchIndex,
  parsed: ParsedSearch,
  completeLast: boolean,
): SearchOutcome {
  const size = catalogue.methods.length;
  const units: SearchUnit[] = [];
  const phrases: { units: SearchUnit[]; fields: number[] }[] = [];
  parsed.terms.forEach((term, t) => {
    if (term.field === 'year') {
      units.push({ word: '', fields: [], years: term.years, matched: new Set() });
      return;
    }
    const fields = TERM_FIELDS[term.field];
    const isLastTerm = t === parsed.terms.length - 1;
    const termUnits = term.words.map((word, w) => ({
      word,
      fields,
      complete: completeLast && isLastTerm && w === term.words.length - 1,
      matched: new Set<string>(),
    }));
    units.push(...termUnits);
    if (term.phrase) phrases.push({ units: termUnits, fields });
  });
  const textUnits = units.filter((unit) => !unit.years).length;
  const total = new Float64Array(size);
  const hits = new Uint8Array(size);
  const fieldHits = SEARCH_FIELDS.map(() => new Uint8Array(size));
  const fieldMarks = SEARCH_FIELDS.map(() => new Uint8Array(size));
  const fieldMask = new Uint8Array(size);
  const best = new Float32Array(size);

  units.forEach((unit, k) => {
    best.fill(0);
    if (unit.years) {
      const [from, to] = unit.years;
      catalogue.methods.forEach((method, position) => {
        if (method.year >= from && method.year <= to) {
          best[position] = YEAR_WEIGHT;
          fieldMask[position] = fieldMask[position]! | YEAR_BIT;
        }
      });
    }
    for (const match of unit.years ? [] : matchQueryWord(index, unit.word, unit.complete)) {
      unit.matched.add(index.vocabulary[match.word]!);
      for (const field of unit.fields) {
        const value = SEARCH_FIELDS[field]!.weight * match.quality;
        const marks = fieldMarks[field]!;
        const bit = 1 << field;
        for (const position of index.postings[field]![match.word]!) {
          if (value > best[position]!) best[position] = value;
          fieldMask[position] = fieldMask[position]! | bit;
          if (marks[position] !== k + 1) {
            marks[position] = k + 1;
            fieldHits[field]![position] = fieldHits[field]![position]! + 1;
          }
        }
      }
    }
    for (let position = 0; position < size; position++) {
      if (best[position]! > 0) {
        total[position] = total[position]! + best[position]!;
        hits[position]!++;
      }
    }
  });

  // A name spelled as typed ("graph prompt" for GraphPrompt) counts even if its words run together.
  const queryKey = isPlainSearch(parsed) ? units.map((unit) => unit.word).join('') : '';
  const scored: { position: number; score: number }[] = [];
  for (let position = 0; position < size; position++) {
    const nameKey = index.nameKeys[position]!;
    const nameHit =
      queryKey !== '' &&
      (nameKey === queryKey ||
        (units.length > 1 && queryKey.length >= 3 && nameKey.startsWith(queryKey)));
    if (hits[position] !== units.length && !nameHit) continue;
    if (!nameHit && !phrases.every((phrase) => hasPhrase(catalogue, position, phrase))) continue;
    let score = total[position]!;
    SEARCH_FIELDS.forEach(({ key, weight }, field) => {
      // Family names repeat the authors field, which already earns this bonus.
      if (key !== 'family' && textUnits > 0 && fieldHits[field]![position] === textUnits) {
        const length = Math.max(textUnits, index.fieldLengths[field]![position]!);
        score += (weight * 0.5 * textUnits) / length;
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
  const wordsByField = SEARCH_FIELDS.map(() => new Set<string>());
  for (const unit of units)
    for (const field of unit.fields)
      for (const word of unit.matched) wordsByField[field]!.add(word);
  const matchCache = new Map<number, SearchMatch[]>();
  return {
    ranked: scored.map((entry) => entry.position),
    bits,
    matchesOf: (position) => {
      let matches = matchCache.get(position);
      if (!matches) {
        matches = locateMatches(catalogue, position, wordsByField);
        matchCache.set(position, matches);
      }
      return matches;
    },
    fieldsOf: (position) =>
      SHOWN_FIELDS.filter(([, bits]) => (fieldMask[position]! & bits) !== 0).map(([f]) => f),
    ignored: parsed.ignored,
  };
}

/** True when one of the phrase's fields holds its words one after another. */
function hasPhrase(
  catalogue: Catalogue,
  position: number,
  phrase: { units: SearchUnit[]; fields: number[] },
): boolean {
  const method = catalogue.methods[position]!;
  return phrase.fields.some((field) =>
    toFieldTexts(catalogue, method, SEARCH_FIELDS[field]!.key).some((text) => {
      const words = toIndexWords(text);
      for (let start = 0; start + phrase.units.length <= words.length; start++) {
        if (phrase.units.every((unit, i) => unit.matched.has(words[start + i]!))) return true;
      }
      return false;
    }),
  );
}

/**
 * The tokens of each text a method holds in one field, made once per method and field
 * (`id` is position × number of fields + field): a row that stays in view while the reader
 * types is not tokenised again on every keystroke.
 */
const getFieldTokens = memoisePerCatalogueAndKey(
  (catalogue, id: number): readonly SearchToken[][] => {
    const method = catalogue.methods[Math.floor(id / SEARCH_FIELDS.length)]!;
    const key = SEARCH_FIELDS[id % SEARCH_FIELDS.length]!.key;
    const texts = key === 'venue' ? [method.venue] : toFieldTexts(catalogue, method, key);
    return texts.map(toSearchTokens);
  },
);

/** The ranges of every matched word in each shown field of one method (family names count as authors). */
function locateMatches(
  catalogue: Catalogue,
  position: number,
  wordsByField: readonly Set<string>[],
): SearchMatch[] {
  const method = catalogue.methods[position];
  if (!method) return [];
  const matches: SearchMatch[] = [];
  const family = wordsByField[FIELD_INDEX.get('family')!]!;
  for (const [field, { key }] of SEARCH_FIELDS.entries()) {
    if (key === 'family') continue;
    const words =
      key === 'authors' ? new Set([...wordsByField[field]!, ...family]) : wordsByField[field]!;
    if (words.size === 0) continue;
    const fieldTokens = getFieldTokens(catalogue, position * SEARCH_FIELDS.length + field);
    fieldTokens.forEach((tokens, itemIndex) => {
      const ranges = tokens
        .filter((token) => words.has(token.text))
        .map((token) => [token.start, token.end] as const);
      if (ranges.length > 0)
        matches.push({ key, itemIndex: key === 'authors' ? itemIndex : undefined, ranges });
    });
  }
  return matches;
}
