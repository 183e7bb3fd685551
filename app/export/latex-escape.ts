// LaTeX escaping for BibTeX field values. Non-ASCII characters are kept as UTF-8
// (biber reads them, classic BibTeX passes them through, and pdfLaTeX, whose input is
// UTF-8 by default since 2018, typesets them), so only the characters TeX or BibTeX
// treat specially are rewritten.

/**
 * Each special character and the text command that typesets it. Braces become
 * \textbraceleft / \textbraceright rather than \{ \}: BibTeX counts every brace,
 * escaped or not, so a lone `\{` would leave the field unbalanced for BibTeX itself.
 * The empty group ends the command name without eating the following space.
 */
const LATEX_REPLACEMENTS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  // In the default OT1 font encoding < and > print as ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

const LATEX_SPECIALS = /[\\{}$&%#_^~<>]/g;
/**
 * Any Unicode whitespace, line breaks and no-break spaces included: a blank line inside
 * a field would end a paragraph in LaTeX, and BibTeX's name parser splits at spaces.
 */
const WHITESPACE_RUN = /[\s\u0085]+/gu;
/** Other control characters: TeX rejects them as invalid input characters. */
// Stryker disable next-line Regex: Stryker turns \v into \V, which the u flag rejects, so the module would not load at all (stryker-js#6130); the line is static, so its mutants are skipped anyway
const CONTROL_CHARACTERS = /(?![\t\n\v\f\r\u0085])\p{Cc}/gu;

/** Collapses runs of whitespace (line breaks, tabs, no-break spaces) to one space, drops control characters and trims. */
export function toSingleLine(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').replace(WHITESPACE_RUN, ' ').trim();
}

/** Escapes the LaTeX special characters \ { } $ & % # _ ^ ~ < > of a text; everything else is kept. */
export function escapeLatex(text: string): string {
  return text.replace(LATEX_SPECIALS, (special) => LATEX_REPLACEMENTS[special] ?? special);
}

/** A field value as BibTeX text: on one line, LaTeX specials escaped. */
export function toLatexText(text: string): string {
  return escapeLatex(toSingleLine(text));
}
