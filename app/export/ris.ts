// citation-js is about 1.6 MB installed: only the command line imports this file today;
// the app must load it on demand (dynamic import), never in the first bundle.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { Catalogue, Method } from '../catalogue/catalogue-types';
import { toCslItems, type CslItem } from './csl-json';
import { toSingleLine } from './latex-escape';

/**
 * A line break that does not start a tag line (two characters, two spaces, a dash).
 * citation-js breaks every value after 70 characters, even inside a word (and leaves
 * an empty line when a value fills the last one exactly), and readers differ on
 * whether a continuation line joins with a space: putting each value back on its tag's
 * line is what every reader takes.
 */
const CONTINUATION_BREAK = /\r?\n(?![A-Z][A-Z0-9] {2}-)/g;

/**
 * The CSL items with every text on one line: RIS holds one line per value, so a line
 * break inside a summary or title becomes a space instead of being glued to the next word.
 */
function toSingleLineItems(items: readonly CslItem[]): CslItem[] {
  return JSON.parse(JSON.stringify(items), (_key, value: unknown) =>
    typeof value === 'string' ? toSingleLine(value) : value,
  ) as CslItem[];
}

/**
 * An RIS file (the tagged format EndNote, Zotero and Mendeley import) for some methods
 * of a catalogue, in the order given, written by citation-js from the CSL-JSON items,
 * so IDs equal the BibTeX keys. One line per value, lines end with "\n", the file ends
 * with a newline.
 */
export function formatRis(methods: readonly Method[], catalogue: Catalogue): string {
  if (methods.length === 0) return '';
  const items = toSingleLineItems(toCslItems(methods, catalogue));
  const text = (new Cite(items).format('ris') as string).replace(CONTINUATION_BREAK, '');
  return `${text}\n`;
}
