import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Catalogue, Method } from '../catalogue/catalogue-types';
import { addToBitset, makeBitset, type Bitset } from './bitset';

/** The fields fuzzy search reads, heaviest first. */
export const SEARCH_KEYS = [
  { name: 'name', weight: 4 },
  { name: 'title', weight: 2 },
  { name: 'authors', weight: 1.5 },
  { name: 'venue', weight: 0.5 },
  { name: 'summary', weight: 0.5 },
] as const;
export type SearchKey = (typeof SEARCH_KEYS)[number]['name'];

/** Where the search text matched inside one field of a method, as [start, end] ranges. */
export interface SearchMatch {
  key: SearchKey;
  /** For `authors`, which author. */
  itemIndex?: number | undefined;
  ranges: ReadonlyArray<readonly [number, number]>;
}

export interface SearchOutcome {
  /** Matching method positions, best match first. */
  ranked: number[];
  /** The same positions as a set, for combining with other clauses. */
  bits: Bitset;
  matchesByPosition: Map<number, SearchMatch[]>;
}

/** Shortest search text that searches at all. */
export const MIN_SEARCH_LENGTH = 2;

const FUSE_OPTIONS: IFuseOptions<Method> = {
  keys: SEARCH_KEYS.map((key) => ({ ...key })),
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

const engines = new WeakMap<Catalogue, Fuse<Method>>();
const outcomes = new WeakMap<Catalogue, Map<string, SearchOutcome>>();

/** The catalogue's one search engine, built on first use and kept. */
function getSearchEngine(catalogue: Catalogue): Fuse<Method> {
  let engine = engines.get(catalogue);
  if (!engine) {
    const index = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], catalogue.methods as Method[]);
    engine = new Fuse(catalogue.methods as Method[], FUSE_OPTIONS, index);
    engines.set(catalogue, engine);
  }
  return engine;
}

function toSearchMatch(match: FuseResultMatch): SearchMatch | null {
  const key = SEARCH_KEYS.find((candidate) => candidate.name === match.key)?.name;
  if (!key) return null;
  return { key, itemIndex: key === 'authors' ? match.refIndex : undefined, ranges: match.indices };
}

/** Normalises what a reader typed: trimmed, inner whitespace collapsed. */
export function normaliseSearch(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * Fuzzy search over name, title, authors, venue and summary. Returns null when
 * the text is too short to search. Results are memoised per catalogue and text,
 * so every view asking within one keystroke shares one search.
 */
export function searchMethods(catalogue: Catalogue, text: string): SearchOutcome | null {
  const pattern = normaliseSearch(text);
  if (pattern.length < MIN_SEARCH_LENGTH) return null;
  const perCatalogue = outcomes.get(catalogue) ?? new Map<string, SearchOutcome>();
  outcomes.set(catalogue, perCatalogue);
  const cached = perCatalogue.get(pattern);
  if (cached) return cached;

  const results = getSearchEngine(catalogue).search(pattern);
  const bits = makeBitset(catalogue.methods.length);
  const matchesByPosition = new Map<number, SearchMatch[]>();
  const ranked = results.map((result) => {
    addToBitset(bits, result.refIndex);
    const matches = (result.matches ?? []).map(toSearchMatch).filter((m) => m !== null);
    matchesByPosition.set(result.refIndex, matches);
    return result.refIndex;
  });
  const outcome = { ranked, bits, matchesByPosition };
  if (perCatalogue.size > 50) perCatalogue.clear();
  perCatalogue.set(pattern, outcome);
  return outcome;
}
