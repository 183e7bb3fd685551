import { escapeLatex, toLatexText, toSingleLine } from './latex-escape';

/** Braces every word "and" (any case) of a BibTeX text, so list fields do not split there. */
function protectAndWords(latex: string): string {
  return latex
    .split(' ')
    .map((word) => (/^and$/i.test(word) ? `{${word}}` : word))
    .join(' ');
}

/**
 * One name part as BibTeX text: LaTeX specials escaped, and the two things BibTeX's
 * name parser would split on hidden in braces: a comma, and a word "and" (which
 * separates authors).
 */
function toNamePart(text: string): string {
  return protectAndWords(escapeLatex(text).replace(/,/g, '{,}'));
}

/**
 * A value of a biblatex literal list field (publisher, location) holding one item:
 * LaTeX specials escaped, "and" braced so it does not split the list, and a lone
 * "others" braced so it is not read as "et al.".
 */
export function toBibtexListItem(text: string): string {
  const latex = protectAndWords(toLatexText(text));
  return latex === 'others' ? `{${latex}}` : latex;
}

/**
 * An author as BibTeX expects it. The catalogue stores "Family, Given", which BibTeX
 * reads as "von Last, First", so it is kept in that form. A name without a comma or
 * with an empty part (an organisation, a mononym) is braced whole, so BibTeX takes it
 * as one family name instead of splitting it at spaces. Empty names give "".
 */
export function toBibtexAuthor(author: string): string {
  const comma = author.indexOf(',');
  const family = toSingleLine(comma < 0 ? author : author.slice(0, comma));
  const given = comma < 0 ? '' : toSingleLine(author.slice(comma + 1));
  if (family && given) return `${toNamePart(family)}, ${toNamePart(given)}`;
  const only = family || given;
  return only ? `{${escapeLatex(only)}}` : '';
}

/** The author field: every author in order, joined with " and ". */
export function toBibtexAuthors(authors: readonly string[]): string {
  return authors
    .map(toBibtexAuthor)
    .filter((author) => author !== '')
    .join(' and ');
}
