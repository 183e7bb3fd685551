// Test-only: reads BibTeX back with the maintained parser that Better BibTeX for Zotero
// uses. Never import this from app code: the parser is 400 kB and stays out of the bundle.
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';

export type { Creator, Entry };

/**
 * Parses BibTeX as a reader would, keeping the case of titles (the parser
 * sentence-cases them unless told not to); throws with the parser's messages if it
 * reports any error.
 */
export function readBibtex(text: string): Entry[] {
  const library = parse(text, { sentenceCase: false });
  if (library.errors.length > 0) {
    throw new Error(`BibTeX parse errors: ${JSON.stringify(library.errors, null, 2)}`);
  }
  if (library.comments.length > 0 || library.preamble.length > 0) {
    throw new Error(`unexpected @comment or @preamble: ${JSON.stringify(library)}`);
  }
  return library.entries;
}

/** A parsed author as the catalogue writes it: the family name with its "von" part, then the given name. */
export function toCatalogueName(creator: Creator): { family: string; given: string } {
  return {
    family: [creator.prefix, creator.lastName ?? creator.name].filter(Boolean).join(' '),
    given: creator.firstName ?? '',
  };
}

/**
 * Text as a LaTeX reader sees it: TeX's ligatures --- -- `` '' turned into the dashes and
 * quotes they typeset (the parser does the same; Atlas keeps them because a title that
 * writes "--" means a dash in LaTeX), everything else unchanged.
 */
export function toTypesetText(text: string): string {
  return text
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/``/g, '\u201c')
    .replace(/''/g, '\u201d');
}

/** Whether every brace closes one opened before it, counting escaped braces too (as BibTeX does). */
export function hasBalancedBraces(text: string): boolean {
  let depth = 0;
  for (const character of text) {
    if (character === '{') depth += 1;
    if (character === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}
