import type { Catalogue, Method, Taxonomy } from '../catalogue/catalogue-types';
import { toBibtexAuthors, toBibtexListItem } from './bibtex-list-fields';
import { getBibtexKeys } from './bibtex-key';
import { toLatexText } from './latex-escape';
import { toBibtexTitle } from './protect-title-case';

export type BibtexEntryType = 'inproceedings' | 'article' | 'misc';

type Field = readonly [name: string, value: string | undefined];

/**
 * A verbatim field (url, doi, eprint) as BibTeX text. These are read character for
 * character (biblatex, url.sty), so LaTeX escapes would end up in the link. Only what
 * would break the field is percent-encoded: braces and backslashes (BibTeX counts
 * braces), whitespace and control characters, and "$" (Zotero's reader, among others,
 * takes an unpaired "$" as the start of math even in a url).
 */
function toVerbatim(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value.replace(/[{}\\$\s\p{Cc}]/gu, (character) =>
    [...new TextEncoder().encode(character)]
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );
}

/** Text fields: on one line with LaTeX specials escaped; absent or blank values are left out. */
function toText(value: string | undefined): string | undefined {
  return value === undefined ? undefined : toLatexText(value);
}

/**
 * The BibTeX entry type of a method from its venue's kind: conference and workshop
 * papers are @inproceedings, journal papers @article, preprints (and any venue the
 * taxonomy does not know) @misc.
 */
export function toBibtexEntryType(method: Method, taxonomy: Taxonomy): BibtexEntryType {
  const kind = taxonomy.venues.find((venue) => venue.code === method.venue)?.kind;
  if (kind === 'conference' || kind === 'workshop') return 'inproceedings';
  if (kind === 'journal') return 'article';
  return 'misc';
}

/**
 * What a @misc entry says about where it appeared. The classic styles (plain, abbrv,
 * unsrt, alpha, plainnat, ieeetr, acm) print howpublished but not eprint, so an arXiv
 * preprint names its identifier here, as Google Scholar writes it: "arXiv preprint
 * arXiv:2203.12119". Another preprint server gives its name; a venue the taxonomy does
 * not know is given as written.
 */
export function toBibtexHowPublished(method: Method, taxonomy: Taxonomy): string | undefined {
  const venue = taxonomy.venues.find((known) => known.code === method.venue);
  if (venue && venue.kind !== 'preprint') return undefined;
  const onArxiv = venue === undefined ? /^arxiv$/i.test(method.venue.trim()) : true;
  if (method.arxiv && onArxiv) return toText(`arXiv preprint arXiv:${method.arxiv}`);
  return toText(venue?.name ?? method.venue);
}

/**
 * One BibTeX entry for a method under the given key. Fields, in a fixed order: title
 * (case-sensitive words braced), author, booktitle or journal (the venue's full name),
 * howpublished for a @misc (see toBibtexHowPublished), volume, number, pages, publisher,
 * year, doi, eprint with archivePrefix when the method has an arXiv id (what biblatex and
 * arXiv-aware styles read), url. Values are braced; absent fields are left out.
 */
export function formatBibtexEntry(method: Method, key: string, taxonomy: Taxonomy): string {
  const type = toBibtexEntryType(method, taxonomy);
  const venue = taxonomy.venues.find((known) => known.code === method.venue);
  const fields: Field[] = [
    ['title', toBibtexTitle(method.title)],
    ['author', toBibtexAuthors(method.authors)],
    // Stryker disable next-line OptionalChaining: the type is inproceedings only for a venue the taxonomy knows
    ['booktitle', type === 'inproceedings' ? toText(venue?.name) : undefined],
    // Stryker disable next-line OptionalChaining: the type is article only for a venue the taxonomy knows
    ['journal', type === 'article' ? toText(venue?.name) : undefined],
    ['howpublished', type === 'misc' ? toBibtexHowPublished(method, taxonomy) : undefined],
    ['volume', toText(method.volume)],
    ['number', toText(method.number)],
    ['pages', toText(method.pages)],
    ['publisher', method.publisher === undefined ? undefined : toBibtexListItem(method.publisher)],
    ['year', String(method.year)],
    ['doi', toVerbatim(method.doi)],
    ['eprint', toVerbatim(method.arxiv)],
    ['archivePrefix', method.arxiv ? 'arXiv' : undefined],
    ['url', toVerbatim(method.url)],
  ];
  const lines = fields
    .filter((field): field is readonly [string, string] => Boolean(field[1]))
    .map(([name, value]) => `  ${name} = {${value}}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}\n`;
}

/**
 * A BibTeX file for some methods of a catalogue, in the order given: entries separated
 * by a blank line, ending with a newline. Keys come from the whole catalogue (see
 * getBibtexKeys), so a method keeps its key whatever else is exported. Throws if a
 * method is not in the catalogue, since it would have no stable key.
 */
export function formatBibtex(methods: readonly Method[], catalogue: Catalogue): string {
  const keys = getBibtexKeys(catalogue);
  return methods
    .map((method) => {
      const key = keys.get(method.id);
      if (key === undefined) {
        throw new RangeError(`formatBibtex: method "${method.id}" is not in the catalogue`);
      }
      return formatBibtexEntry(method, key, catalogue.taxonomy);
    })
    .join('\n');
}
