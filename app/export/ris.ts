// citation-js is about 1.6 MB installed: only the command line imports this file today;
// the app must load it on demand (dynamic import), never in the first bundle.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { Catalogue, Method } from '../catalogue/catalogue-types';
import { toCslItems } from './csl-json';

/** Every RIS line starts with a tag: two characters, two spaces, a dash. */
const TAG_LINE = /^[A-Z][A-Z0-9] {2}-/;

/**
 * citation-js breaks every value after 70 characters, even inside a word, and readers
 * differ on whether a continuation line joins with a space: putting each value back on
 * its tag's line is what every reader takes.
 */
function joinContinuations(text: string): string {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (lines.length > 0 && line !== '' && !TAG_LINE.test(line)) lines[lines.length - 1] += line;
    else lines.push(line);
  }
  return lines.join('\n');
}

/**
 * An RIS file (the tagged format EndNote, Zotero and Mendeley import) for some methods
 * of a catalogue, in the order given, written by citation-js from the CSL-JSON items,
 * so IDs equal the BibTeX keys. One line per value, lines end with "\n", the file ends
 * with a newline.
 */
export function formatRis(methods: readonly Method[], catalogue: Catalogue): string {
  if (methods.length === 0) return '';
  const text = joinContinuations(new Cite(toCslItems(methods, catalogue)).format('ris') as string);
  return text.endsWith('\n') ? text : `${text}\n`;
}
