import { memoisePerCatalogue } from '../catalogue/catalogue-cache';
import type { Catalogue, Method } from '../catalogue/catalogue-types';

/** Title words a key skips: articles, prepositions, conjunctions, question and filler words. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'on',
  'of',
  'in',
  'into',
  'onto',
  'for',
  'to',
  'and',
  'or',
  'at',
  'by',
  'with',
  'from',
  'as',
  'via',
  'is',
  'are',
  'be',
  'do',
  'does',
  'can',
  'what',
  'how',
  'why',
  'when',
  'where',
  'which',
  'who',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'we',
  'our',
  'you',
  'your',
]);

/** Letters that Unicode decomposition does not reduce to ASCII. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Generational suffixes stored inside a family name ("Logan IV"), left out of keys. */
const NAME_SUFFIX = /\s+(?:jr\.?|sr\.?|ii|iii|iv)$/i;

/** Lowercase ASCII letters and digits of a text: accents dropped ("Surís" -> "suris", "²" -> "2"). */
function toAscii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\P{ASCII}/gu, (letter) => EXTRA_FOLDS[letter] ?? '');
}

/** The first author's family name as key letters: "Al-Rfou, Rami" -> "alrfou". */
function toKeyName(authors: readonly string[]): string {
  const family = (authors[0] ?? '').split(',')[0]?.trim() ?? '';
  const letters = toAscii(family.replace(NAME_SUFFIX, '')).replace(/[^a-z]/g, '');
  return letters || 'anon';
}

/**
 * A title's words as lowercase letters and digits. Words split at spaces, hyphens, slashes
 * and punctuation like colons ("CLIP-Adapter:" -> "clip", "adapter"), except that a
 * one-letter part stays joined to the next ("S-Prompts" -> "sprompts", "C-TPT" -> "ctpt");
 * other characters are dropped ("It's" -> "its", "E^2VPT" -> "e2vpt").
 */
function toKeyWords(title: string): string[] {
  return toAscii(title)
    .split(
      // Stryker disable next-line Regex: the empty words that single-space splitting makes are filtered out below
      /\s+/,
    )
    .flatMap((word) => {
      const parts = word
        .split(
          // Stryker disable next-line Regex: runs of punctuation give empty parts, which filter(Boolean) drops
          /[-/:;,!?()[\]{}"\u2010-\u2015]+/,
        )
        .map((part) => part.replace(/[^a-z0-9]/g, ''))
        .filter(Boolean);
      const joined: string[] = [];
      let pending = '';
      for (const part of parts) {
        if (part.length === 1 && /[a-z]/.test(part)) pending += part;
        else {
          joined.push(pending + part);
          pending = '';
        }
      }
      return pending ? [...joined, pending] : joined;
    });
}

/** The first title word that is not a stop word ("untitled" for a title without words). */
function toKeyWord(title: string): string {
  const words = toKeyWords(title);
  return words.find((word) => !STOP_WORDS.has(word)) ?? words[0] ?? 'untitled';
}

/**
 * A method's key before disambiguation: first author's family name, year and first
 * significant title word, e.g. "jia2022visual".
 */
export function toBibtexKeyBase(method: Pick<Method, 'authors' | 'year' | 'title'>): string {
  return `${toKeyName(method.authors)}${method.year}${toKeyWord(method.title)}`;
}

/** The n-th disambiguation suffix: a, b, ..., z, aa, ab, ... */
function toSuffix(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : `${toSuffix(Math.floor(index / 26) - 1)}${letter}`;
}

/**
 * Unique citation keys for a whole catalogue, by method id. Methods sharing a base key
 * get suffixes a, b, c... in the order of their ids, so a key depends only on the
 * catalogue, never on which methods are exported or in what order.
 */
export function makeBibtexKeys(methods: readonly Method[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const method of methods) {
    const base = toBibtexKeyBase(method);
    groups.set(base, [...(groups.get(base) ?? []), method.id]);
  }
  const keys = new Map<string, string>();
  const used = new Set(groups.keys());
  for (const [base, ids] of groups) {
    const unique = [...new Set(ids)];
    if (unique.length === 1) {
      keys.set(unique[0] ?? '', base);
      continue;
    }
    let index = 0;
    // Stryker disable next-line EqualityOperator,ConditionalExpression: ids are unique, so no two compare equal, and the sort only asks whether a comes before b
    for (const id of unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      // Skip a suffixed key that another base key already spells ("li2021prefix" + "a").
      while (used.has(`${base}${toSuffix(index)}`)) index += 1;
      const key = `${base}${toSuffix(index)}`;
      used.add(key);
      keys.set(id, key);
      index += 1;
    }
  }
  return keys;
}

/** The citation keys of a catalogue (see makeBibtexKeys), computed once per catalogue. */
export const getBibtexKeys: (catalogue: Catalogue) => ReadonlyMap<string, string> =
  memoisePerCatalogue((catalogue) => makeBibtexKeys(catalogue.methods));
