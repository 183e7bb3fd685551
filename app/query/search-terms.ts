import { toQueryTokens } from './search-tokens';

/** The fields a search term can be limited to with `field:` ("any" when it is not limited). */
export const SEARCH_TERM_FIELDS = ['any', 'author', 'title', 'venue', 'year', 'name'] as const;
export type SearchTermField = (typeof SEARCH_TERM_FIELDS)[number];

/** One part of a search that every result must satisfy. */
export interface SearchTerm {
  field: SearchTermField;
  /** Folded words; for a phrase they must stand next to each other in one field. */
  words: string[];
  phrase: boolean;
  /** For a year term: the inclusive range of publication years. */
  years?: readonly [number, number] | undefined;
}

/** A search text read as terms, with the parts that could not be read. */
export interface ParsedSearch {
  terms: SearchTerm[];
  /** Pieces of the text that were left out, as typed (`year:soon`). */
  ignored: string[];
}

// "field:value", "field:"quoted value"", a "quoted phrase", or a bare word.
const PIECE = /([A-Za-z]+):("([^"]*)"?|\S*)|"([^"]*)"?|\S+/g;
const YEAR = /^(1[89]\d\d|2\d\d\d)$/;
const YEAR_RANGE = /^(1[89]\d\d|2\d\d\d)?(?:-|–|\.\.)(1[89]\d\d|2\d\d\d)?$/;
const FIELD_ALIASES: Record<string, SearchTermField> = {
  author: 'author',
  authors: 'author',
  au: 'author',
  title: 'title',
  ti: 'title',
  venue: 'venue',
  source: 'venue',
  year: 'year',
  name: 'name',
};

/** A four-digit year or a range ("2021-2023", "2021-", "-2020") as an inclusive range. */
export function toYearRange(text: string): readonly [number, number] | null {
  if (YEAR.test(text)) return [Number(text), Number(text)];
  const range = YEAR_RANGE.exec(text);
  if (!range || (!range[1] && !range[2])) return null;
  const from = range[1] ? Number(range[1]) : 0;
  const to = range[2] ? Number(range[2]) : 9999;
  return from <= to ? [from, to] : [to, from];
}

/**
 * Reads a search the way scholarly search engines do: bare words match any
 * field, a four-digit year (or a range like 2021-2023) matches the
 * publication year, `author:`, `title:`, `venue:`, `name:` and `year:` limit a
 * word or a "quoted phrase" to one field, and a quoted phrase must appear as
 * written. Every term must match (AND). An unknown `field:` is read as plain words.
 */
export function readSearchTerms(text: string): ParsedSearch {
  const terms: SearchTerm[] = [];
  const ignored: string[] = [];
  for (const piece of text.matchAll(PIECE)) {
    const [raw, fieldName, , fieldQuoted, quoted] = piece;
    const field = fieldName ? FIELD_ALIASES[fieldName.toLowerCase()] : undefined;
    if (fieldName && field) {
      const value = fieldQuoted ?? piece[2] ?? '';
      if (field === 'year') {
        const years = toYearRange(value.trim());
        if (years) terms.push({ field, words: [], phrase: false, years });
        else ignored.push(raw);
        continue;
      }
      const words = toQueryTokens(value);
      if (words.length === 0) {
        if (value.trim() !== '' || fieldQuoted !== undefined) ignored.push(raw);
        continue;
      }
      if (fieldQuoted !== undefined) terms.push({ field, words, phrase: words.length > 1 });
      else for (const word of words) terms.push({ field, words: [word], phrase: false });
      continue;
    }
    if (quoted !== undefined) {
      const words = toQueryTokens(quoted);
      if (words.length > 0) terms.push({ field: 'any', words, phrase: words.length > 1 });
      continue;
    }
    const years = toYearRange(raw);
    if (years) {
      terms.push({ field: 'year', words: [], phrase: false, years });
      continue;
    }
    for (const word of toQueryTokens(raw))
      terms.push({ field: 'any', words: [word], phrase: false });
  }
  return { terms, ignored };
}

/** True when the search has no `field:` and no quotes, so its words may spell a name run together. */
export function isPlainSearch(parsed: ParsedSearch): boolean {
  return parsed.terms.every((term) => term.field === 'any' && !term.phrase);
}
