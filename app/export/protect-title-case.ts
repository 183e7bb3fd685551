import { escapeLatex, toSingleLine } from './latex-escape';

/** A word split into leading punctuation, the part from its first to its last letter or digit, and trailing punctuation. */
const WORD_PARTS = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}\p{M}]*)$/su;
const CAPITAL = /[\p{Lu}\p{Lt}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

/**
 * Whether BibTeX styles must leave a word's casing alone: a capital after its first
 * character ("CoOp", "LLMs", "CLIP", "ViT"), or letters mixed with digits ("GPT-3", "T5").
 */
export function isCaseSensitiveWord(word: string): boolean {
  // Stryker disable next-line OptionalChaining: WORD_PARTS matches every string
  const core = WORD_PARTS.exec(word)?.[2] ?? word;
  const rest = [...core].slice(1).join('');
  return CAPITAL.test(rest) || (LETTER.test(core) && DIGIT.test(core));
}

/**
 * A title as BibTeX text: on one line, LaTeX specials escaped, and each case-sensitive
 * word wrapped in braces so styles that lowercase titles keep it ("{CoOp}: Prompt
 * Learning for {CLIP}"). Only the letters and digits are wrapped, never the punctuation
 * around them, so a braced group never starts with a backslash (BibTeX would then
 * change its case anyway) and braces are never doubled.
 */
export function toBibtexTitle(title: string): string {
  const words = toSingleLine(title).split(' ');
  return words
    .map((word) => {
      // Stryker disable next-line StringLiteral,ArrayDeclaration: WORD_PARTS matches every string and all three of its groups always take part
      const [, lead = '', core = '', trail = ''] = WORD_PARTS.exec(word) ?? [];
      if (!core || !isCaseSensitiveWord(core)) return escapeLatex(word);
      return `${escapeLatex(lead)}{${escapeLatex(core)}}${escapeLatex(trail)}`;
    })
    .join(' ');
}
