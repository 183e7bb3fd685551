/** A word of a field, normalised for search, with where it stands in the original text. */
export interface SearchToken {
  text: string;
  start: number;
  /** Inclusive end offset in the original text. */
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII = /^[A-Za-z0-9]+$/;

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
    // Most words are plain ASCII: lowercasing is all their folding, and far cheaper per word.
    let folded = ASCII.test(word) ? word.toLowerCase() : '';
    if (!folded) for (const character of word) folded += foldCharacter(character);
    tokens.push({ text: folded, start: match.index, end: match.index + word.length - 1 });
  }
  return tokens;
}

const ASCII_TEXT = /^[\t\n\r -~]*$/;
const CHARACTERWISE = /[\p{M}Σ]/u;
const MARKS = /\p{M}/gu;

/**
 * The words of a text exactly as `toSearchTokens` folds them, without their
 * offsets: what the index stores. Plain ASCII text, nearly every field, is
 * lowercased and split in one pass, which keeps building the index of a large
 * catalogue short.
 */
export function toIndexWords(text: string): string[] {
  if (ASCII_TEXT.test(text)) return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  // Folding the whole text at once gives the same words unless the text holds combining marks
  // (which split words before folding and vanish after) or a capital sigma (whose lowercase
  // depends on the letters around it).
  if (CHARACTERWISE.test(text)) return toSearchTokens(text).map((token) => token.text);
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().match(WORD) ?? [];
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
