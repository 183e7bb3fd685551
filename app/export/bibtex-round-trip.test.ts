// Reads exports back with @retorquere/bibtex-parser (the parser behind Better BibTeX for
// Zotero) and checks that a reader gets the catalogue's values: every real method, then
// arbitrary strings in every free-text field.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../catalogue/build-catalogue';
import type { Taxonomy } from '../catalogue/catalogue-types';
import { validateCatalogue } from '../catalogue/validate-catalogue';
import { loadTestTaxonomy, makeMethod } from '../testing/make-method';
import {
  hasBalancedBraces,
  readBibtex,
  toCatalogueName,
  toTypesetText,
} from '../testing/read-bibtex';
import { formatBibtex, formatBibtexEntry } from './bibtex';
import { getBibtexKeys } from './bibtex-key';

function loadDataCatalogue() {
  const read = (file: string): unknown =>
    JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
  const result = validateCatalogue(read('taxonomy.json'), read('methods.json'));
  return { result, catalogue: buildCatalogue(result.taxonomy as Taxonomy, result.methods) };
}

/** "Family, Given" as the catalogue stores it. */
function splitName(author: string) {
  const [family = '', ...given] = author.split(', ');
  return { family, given: given.join(', ') };
}

describe('formatBibtex() on the whole catalogue', () => {
  const { result, catalogue } = loadDataCatalogue();
  const text = formatBibtex(catalogue.methods, catalogue);
  const entries = readBibtex(text);
  const kindOf = new Map(catalogue.taxonomy.venues.map((venue) => [venue.code, venue]));

  it('exports every method of data/methods.json, which validates cleanly', () => {
    expect(result.problems).toEqual([]);
    expect(catalogue.methods.length).toBe(result.entryCount);
    expect(entries.map((entry) => entry.key)).toEqual(
      catalogue.methods.map((method) => getBibtexKeys(catalogue).get(method.id)),
    );
    expect(new Set(entries.map((entry) => entry.key)).size).toBe(catalogue.methods.length);
    expect(hasBalancedBraces(text)).toBe(true);
  });

  it('braces each case-sensitive title word once, never twice', () => {
    const titles = [...text.matchAll(/^ {2}title = \{(.*)\},$/gm)].map((match) => match[1]);
    expect(titles).toHaveLength(catalogue.methods.length);
    for (const title of titles) expect(title).not.toMatch(/\{\{|\}\}/);
    expect(titles).toContain(
      '{CLIP-Adapter}: Better {Vision-Language} Models with Feature Adapters',
    );
  });

  it('reads every entry back with the catalogue values', () => {
    catalogue.methods.forEach((method, index) => {
      const entry = entries[index];
      const venue = kindOf.get(method.venue);
      const type = { conference: 'inproceedings', workshop: 'inproceedings', journal: 'article' };
      const fields = entry?.fields;
      expect(entry?.key, method.id).toMatch(/^[a-z]+\d{4}[a-z0-9]+$/);
      expect(entry?.type, method.id).toBe(venue?.kind === 'preprint' ? 'misc' : type[venue!.kind]);
      expect(fields?.title, method.id).toBe(toTypesetText(method.title));
      expect(fields?.year, method.id).toBe(String(method.year));
      expect(fields?.author?.map(toCatalogueName), method.id).toEqual(
        method.authors.map(splitName),
      );
      expect(fields?.doi, method.id).toBe(method.doi);
      expect(fields?.eprint, method.id).toBe(method.arxiv);
      expect(fields?.archiveprefix, method.id).toBe(method.arxiv ? 'arXiv' : undefined);
      expect(fields?.url, method.id).toBe(method.url);
      expect(fields?.pages, method.id).toBe(method.pages?.replace(/--/g, '\u2013'));
      const venueField = entry?.type === 'article' ? fields?.journal : fields?.booktitle;
      expect(venueField, method.id).toBe(venue?.kind === 'preprint' ? undefined : venue?.name);
      if (venue?.kind === 'preprint' && method.arxiv) {
        expect(fields?.howpublished, method.id).toBe(`arXiv preprint arXiv:${method.arxiv}`);
      } else if (venue?.kind !== 'preprint') {
        expect(fields?.howpublished, method.id).toBeUndefined();
      }
    });
  });

  it('keeps non-ASCII names as UTF-8 through the round trip', () => {
    const names = entries.flatMap((entry) => entry.fields.author ?? []).map(toCatalogueName);
    for (const family of ['Surís', 'Akyürek', 'Schütze']) {
      expect(names.map((name) => name.family)).toContain(family);
      expect(text).toContain(family);
    }
  });
});

// Characters that matter to TeX, BibTeX's name and list parsers, or whitespace handling,
// mixed with arbitrary Unicode so that every free-text field meets all of them.
const tricky = fc.constantFrom(
  ...'\\{}$&%#_^~<>"\'`,.;:!?@=+-()[]|/*'.split(''),
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  ' and ',
  'AND',
  'others',
  '--',
  '``',
  "''",
  'É',
  'ü',
  'ß',
  'Ł',
  '中',
  '😀',
  'e\u0301',
  'CoOp',
  'GPT-3',
  'x',
);
const anyText = fc.oneof(
  fc.string({ unit: fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
);

/**
 * What a reader should get back for a free-text value: the export drops control
 * characters, collapses whitespace runs (line breaks, tabs, no-break spaces) to one space
 * and trims, so a field stays on one line; the parser then applies TeX's ligatures.
 */
function toExpected(text: string): string {
  const printable = [...text]
    .filter((character) => !/\p{Cc}/u.test(character) || /[\t\n\v\f\r\u0085]/.test(character))
    .join('');
  return toTypesetText(printable.replace(/[\s\u0085]+/gu, ' ').trim());
}

// The schema only admits text that is not blank, and "Family, Given" with no other comma
// in the family name, so the generated values follow the same rules.
const fieldText = anyText.filter((text) => toExpected(text) !== '');
const familyText = anyText
  .map((text) => text.replace(/,/g, ''))
  .filter((text) => toExpected(text) !== '');

const taxonomy = loadTestTaxonomy();

describe('formatBibtexEntry() on arbitrary text', () => {
  it('reads back title, authors, journal name, publisher, volume, number and pages', () => {
    fc.assert(
      fc.property(
        fc.record({
          title: fieldText,
          family: familyText,
          given: fieldText,
          journal: fieldText,
          publisher: fieldText,
          volume: fieldText,
          number: fieldText,
          pages: fieldText,
        }),
        (values) => {
          const venue = { code: 'J', name: values.journal, kind: 'journal' as const };
          const method = makeMethod({
            id: 'x',
            title: values.title,
            authors: [`${values.family}, ${values.given}`, 'Doe, Jane'],
            venue: 'J',
            publisher: values.publisher,
            volume: values.volume,
            number: values.number,
            pages: values.pages,
          });
          const text = formatBibtexEntry(method, 'k', { ...taxonomy, venues: [venue] });
          expect(hasBalancedBraces(text)).toBe(true);
          const [entry, ...rest] = readBibtex(text);
          expect(rest).toEqual([]);
          expect(entry?.fields).toMatchObject({
            title: toExpected(values.title),
            journal: toExpected(values.journal),
            publisher: [toExpected(values.publisher)],
            volume: toExpected(values.volume),
            number: toExpected(values.number),
            pages: toExpected(values.pages),
          });
          expect(entry?.fields.author?.map(toCatalogueName)).toEqual([
            { family: toExpected(values.family), given: toExpected(values.given) },
            { family: 'Doe', given: 'Jane' },
          ]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads back any http url and DOI, with only {, }, \\, $, whitespace and controls percent-encoded', () => {
    const urlText = fc.string({
      unit: fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
    });
    // encodeURIComponent is the oracle: the characters the export must encode, encoded as URLs do.
    const encode = (text: string) =>
      text.replace(/[{}\\$\s\p{Cc}]/gu, (character) => encodeURIComponent(character));
    fc.assert(
      fc.property(urlText, (suffix) => {
        const url = `https://example.org/${suffix}`;
        const doi = `10.1234/${suffix}`;
        const text = formatBibtexEntry(makeMethod({ id: 'x', url, doi }), 'k', taxonomy);
        expect(hasBalancedBraces(text)).toBe(true);
        expect(readBibtex(text)[0]?.fields).toMatchObject({ url: encode(url), doi: encode(doi) });
      }),
      { numRuns: 500 },
    );
  });
});
