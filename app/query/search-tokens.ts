/** A word of a field, normalised for search, with where it stands in the original text. */
export interface SearchToken {
  text: string;
  start: number;
  /** Inclusive end offset in the original text. */
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lowercases and strips diacritics one character at a time, so offsets stay valid. */
function foldCharacter(character: string): string {
  return character.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Splits text into words (letters and digits), lowercased with diacritics
 * removed ("Akyürek" -> "akyurek"), each with its offsets in the original
 * text so matches can be highlighted.
 */
export function toSearchTokens(text: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    let folded = '';
    for (const character of word) folded += foldCharacter(character);
    tokens.push({ text: folded, start: match.index, end: match.index + word.length - 1 });
  }
  return tokens;
}

/** The words of a search text, normalised like the index. */
export function toQueryTokens(text: string): string[] {
  return toSearchTokens(text).map((token) => token.text);
}

/** Bigrams of a word with boundary marks ("^p", "pr", ..., "t$"), the keys of the candidate index. */
export function toBigrams(word: string): string[] {
  const marked = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i < marked.length - 1; i++) grams.push(marked.slice(i, i + 2));
  return grams;
}
