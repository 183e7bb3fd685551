import type { CatalogueProblem } from './catalogue-problem';
import type { Taxonomy, VenueKind } from './catalogue-types';
import type { BibtexPerson, BibtexRecord } from './read-bibtex-records';

/** Keyword prefixes that set a method field rather than a taxonomy dimension. */
export const RESERVED_KEYWORD_PREFIXES = ['paradigm', 'modality', 'scope', 'venue', 'cites', 'fit'];

/** A catalogue pair made from BibTeX, still raw: validateCatalogue decides whether it holds. */
export interface CatalogueDraft {
  taxonomy: unknown;
  methods: unknown[];
  /** What could not be mapped, by entry and field: left out, the rest kept. */
  notes: CatalogueProblem[];
  /** True when the taxonomy was inferred from the keywords rather than given. */
  inferred: boolean;
  /** Each method id's entry as the reader knows it: citation key and line. */
  entryOf: ReadonlyMap<string, string>;
}

interface Tagged {
  record: BibtexRecord;
  id: string;
  labels: Map<string, string[]>;
}

const SLUG = /^[a-z][a-z0-9-]*$/;

function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function toTitleWord(value: string): string {
  const spaced = value.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function textField(record: BibtexRecord, name: string): string | undefined {
  const value = record.fields[name];
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value.join(', ').trim() || undefined;
  return undefined;
}

function entryName(record: BibtexRecord): string {
  return record.line === undefined ? record.key : `${record.key} (line ${record.line})`;
}

/** Reads "prefix:value" keywords into labels; plain keywords are reported and skipped. */
function readLabels(record: BibtexRecord, note: (field: string, message: string) => void) {
  const raw = record.fields.keywords;
  const keywords = (Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[,;]/) : [])
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.trim())
    .filter(Boolean);
  const labels = new Map<string, string[]>();
  const plain: string[] = [];
  for (const keyword of keywords) {
    const match = /^([^:]+):(.+)$/.exec(keyword);
    if (!match) {
      plain.push(keyword);
      continue;
    }
    const prefix = match[1]!.trim().toLowerCase();
    const value = match[2]!.trim();
    const list = labels.get(prefix) ?? [];
    if (!list.includes(value)) list.push(value);
    labels.set(prefix, list);
  }
  if (plain.length > 0)
    note(
      'keywords',
      `${plain.map((word) => `"${word}"`).join(', ')} ignored: not written as dimension:value`,
    );
  return labels;
}

function toPerson(person: BibtexPerson): string | null {
  const family = [person.prefix, person.lastName].filter(Boolean).join(' ');
  if (family && person.firstName) {
    return `${family}, ${person.firstName}${person.suffix ? `, ${person.suffix}` : ''}`;
  }
  return null;
}

function venueKind(record: BibtexRecord): VenueKind {
  if (record.type === 'article') return 'journal';
  if (record.type === 'inproceedings' || record.type === 'conference') return 'conference';
  return 'preprint';
}

function toInitials(name: string): string {
  const initials = name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');
  return initials.length >= 2 ? initials : name.slice(0, 40);
}

/** A venue's code and full name from keywords, booktitle, journal or the arXiv eprint. */
function readVenue(record: BibtexRecord, labels: Map<string, string[]>) {
  const full = textField(record, 'booktitle') ?? textField(record, 'journal');
  const tagged = labels.get('venue')?.[0];
  const isArxiv =
    (textField(record, 'archiveprefix') ?? '').toLowerCase() === 'arxiv' ||
    /arxiv/i.test(full ?? '');
  if (tagged) return { code: tagged, name: full ?? tagged, kind: venueKind(record) };
  if (!full && isArxiv) return { code: 'arXiv', name: 'arXiv preprint', kind: 'preprint' as const };
  if (!full) return null;
  // A conference paper with an arXiv eprint is still a conference paper.
  const kind: VenueKind = /arxiv/i.test(full) ? 'preprint' : venueKind(record);
  return { code: full.length <= 40 ? full : toInitials(full), name: full, kind };
}

function makeUniqueCodes(values: readonly string[]): string[] {
  const used = new Set<string>();
  return values.map((value) => {
    const letters = value.replace(/[^a-z0-9]/gi, '').toUpperCase();
    for (let length = 2; length <= letters.length; length++) {
      const code = letters.slice(0, length);
      if (!used.has(code)) return (used.add(code), code);
    }
    let suffix = 2;
    while (used.has(`${letters}${suffix}`)) suffix += 1;
    used.add(`${letters}${suffix}`);
    return `${letters}${suffix}`;
  });
}

/** A taxonomy made from the keywords: every prefix a dimension, every value in first-seen order. */
function inferTaxonomy(tagged: readonly Tagged[], venues: Map<string, object>, file: string) {
  const seen = new Map<string, string[]>();
  for (const { labels } of tagged) {
    for (const [prefix, values] of labels) {
      const list = seen.get(prefix) ?? [];
      for (const value of values) if (!list.includes(value)) list.push(value);
      seen.set(prefix, list);
    }
  }
  const source = `Inferred from the keywords of ${file}.`;
  const named = (prefix: string) =>
    (seen.get(prefix) ?? []).map((value) => ({
      value,
      name: toTitleWord(value),
      definition: `${source} Tagged ${prefix}:${value}.`,
    }));
  const dimensions = [...seen.keys()]
    .filter((prefix) => !RESERVED_KEYWORD_PREFIXES.includes(prefix))
    .map((key) => {
      const values = seen.get(key) ?? [];
      const codes = makeUniqueCodes(values);
      return {
        key,
        name: toTitleWord(key),
        symbol: key.charAt(0).toUpperCase(),
        question: `Which ${key.replace(/-/g, ' ')} does the method use? (${source})`,
        values: values.map((value, index) => ({
          value,
          name: toTitleWord(value),
          code: codes[index],
          definition: `${source} Tagged ${key}:${value}.`,
        })),
      };
    });
  const scopes = named('scope');
  return {
    paradigms: (seen.get('paradigm') ?? []).map((code) => ({
      code,
      name: code,
      definition: `${source} Tagged paradigm:${code}.`,
    })),
    dimensions,
    modalities: named('modality'),
    scopes: scopes.length > 0 ? scopes : [{ value: 'core', name: 'Core', definition: source }],
    venues: [...venues.values()],
  };
}

/**
 * Turns parsed BibTeX entries whose keywords carry the labels ("location:embedding",
 * "paradigm:PT", "modality:vision", "cites:otherkey") into a raw catalogue pair. With a
 * taxonomy, labels are checked against it and unknown ones reported; without one, the
 * taxonomy is inferred from the keywords (each prefix a dimension). Method ids are the
 * citation keys as slugs. What cannot be mapped is listed in `notes` by entry and field;
 * whether the result holds is for validateCatalogue to say. Every method is dated
 * `added` (the import's date, YYYY-MM-DD); its labels count as an exact fit unless a
 * `fit:nearest` keyword says otherwise.
 */
export function toCatalogueDraft(
  records: readonly BibtexRecord[],
  file: string,
  taxonomy?: Taxonomy,
  added: string = new Date().toISOString().slice(0, 10),
): CatalogueDraft {
  const notes: CatalogueProblem[] = [];
  const usedIds = new Set<string>();
  // Venues met in the file, for a taxonomy inferred from it (a given taxonomy keeps its own).
  const venues = new Map<string, object>();
  const tagged: Tagged[] = records.map((record) => {
    const note = (field: string, message: string) =>
      notes.push({ file, entry: entryName(record), field, message });
    // A slug is a valid id or empty: a key with no letter or digit becomes "entry".
    const base = toSlug(record.key) || 'entry';
    let id = base;
    for (let suffix = 2; usedIds.has(id); suffix++) id = `${base}-${suffix}`;
    usedIds.add(id);
    if (id !== record.key) note('key', `used as id "${id}"`);
    return { record, id, labels: readLabels(record, note) };
  });
  const idOfKey = new Map(tagged.map(({ record, id }) => [record.key, id]));

  const methods = tagged.map(({ record, id, labels }) => {
    const note = (field: string, message: string) =>
      notes.push({ file, entry: entryName(record), field, message });
    const method: Record<string, unknown> = { id };
    const title = textField(record, 'title');
    const shortTitle = textField(record, 'shorttitle');
    const prefix = title && /^([^:]{1,30}):\s/.exec(title)?.[1];
    method.name = shortTitle ?? prefix ?? record.key;
    method.title = title;
    const people = Array.isArray(record.fields.author)
      ? (record.fields.author as BibtexPerson[])
      : [];
    const authors: string[] = [];
    for (const person of people) {
      const written = toPerson(person);
      if (written) authors.push(written);
      else note('author', `"${person.name ?? person.lastName ?? ''}" left out: no given name`);
    }
    method.authors = authors;
    const year = textField(record, 'year') ?? textField(record, 'date')?.slice(0, 4);
    method.year = year && /^\d{4}$/.test(year) ? Number(year) : year;

    const venue = readVenue(record, labels);
    if (venue) {
      const known = taxonomy?.venues.find((v) => v.code === venue.code || v.name === venue.name);
      if (known) method.venue = known.code;
      else if (taxonomy) note('venue', `"${venue.code}" is not a venue of the taxonomy`);
      else {
        method.venue = venue.code;
        if (!venues.has(venue.code)) venues.set(venue.code, venue);
      }
    }
    const eprint = textField(record, 'eprint');
    const isArxiv = (textField(record, 'archiveprefix') ?? 'arxiv').toLowerCase() === 'arxiv';
    if (eprint && isArxiv) method.arxiv = eprint.replace(/^arXiv:/i, '').replace(/v\d+$/, '');
    const doi = textField(record, 'doi');
    if (doi) method.doi = doi.replace(/^https?:\/\/(dx\.)?doi\.org\//, '');
    const url =
      textField(record, 'url') ??
      (method.doi ? `https://doi.org/${String(method.doi)}` : undefined) ??
      (method.arxiv ? `https://arxiv.org/abs/${String(method.arxiv)}` : undefined);
    if (url) method.url = url;
    for (const field of ['pages', 'volume', 'number', 'publisher'] as const) {
      const value = textField(record, field);
      if (value) method[field] = value;
    }

    const paradigm = labels.get('paradigm');
    if (paradigm) {
      method.paradigm = paradigm[0];
      if (paradigm.length > 1) note('keywords', `paradigm: only "${paradigm[0]}" kept`);
    }
    if (labels.has('modality')) method.modalities = labels.get('modality');
    const dimensionKeys = taxonomy
      ? taxonomy.dimensions.map((dimension) => dimension.key as string)
      : [...labels.keys()].filter((key) => !RESERVED_KEYWORD_PREFIXES.includes(key));
    for (const [prefix, values] of labels) {
      if (RESERVED_KEYWORD_PREFIXES.includes(prefix) || dimensionKeys.includes(prefix)) continue;
      note('keywords', `"${prefix}:${values.join('", "')}" names no dimension of the taxonomy`);
    }
    for (const key of dimensionKeys) {
      const values = labels.get(key);
      if (!values) continue;
      if (!taxonomy && !values.every((value) => SLUG.test(value))) {
        note('keywords', `${key}: values must be lowercase slugs like "rule-based"`);
      }
      method[key] = values;
    }
    const fit = labels.get('fit')?.[0] ?? 'exact';
    method.labels = { source: 'authors', fit };
    method.added = added;
    const summary = textField(record, 'abstract') ?? textField(record, 'annotation');
    if (!summary && title) note('abstract', 'missing: the title stands in as the summary');
    method.summary = summary ?? title;
    method.cites = (labels.get('cites') ?? []).flatMap((key) => {
      const cited = idOfKey.get(key);
      if (cited) return [{ id: cited, basis: 'confirmed' }];
      note('keywords', `cites:${key} names no entry of this file`);
      return [];
    });
    method.scope = labels.get('scope')?.[0] ?? taxonomy?.scopes[0]?.value ?? 'core';
    return method;
  });

  return {
    taxonomy: taxonomy ?? inferTaxonomy(tagged, venues, file),
    methods,
    notes,
    inferred: taxonomy === undefined,
    entryOf: new Map(tagged.map(({ id, record }) => [id, entryName(record)])),
  };
}
