import { z } from './zod-setup';
import { isIsoDate } from './iso-date';
import { LABEL_FITS, type Taxonomy } from './catalogue-types';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ARXIV_PATTERN = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})$/;
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s<>"]+$/;
/** "Family, Given": a family name, a comma and a space, then given names. */
export const PERSON_PATTERN = /^[^,]+, [^,]+$/;
/** A calendar date written YYYY-MM-DD. */
const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(10_000, 'is longer than 10,000 characters');
const httpUrl = z.string().regex(HTTP_URL_PATTERN, 'must be an http(s) address');
/** A YYYY-MM-DD calendar date. */
export const isoDate = z
  .string()
  .refine(isIsoDate, 'must be a calendar date written YYYY-MM-DD, like "2026-12-04"');
const fit = z.enum(LABEL_FITS, {
  error: () =>
    'must be "exact" or "nearest" (the taxonomy\'s nearest value, explained in the note)',
});
/** A nearest fit must say why no value fits exactly. */
const noteForNearest = (labels: { fit: string; note?: string | undefined }) =>
  labels.fit !== 'nearest' || Boolean(labels.note);
const nearestNeedsNote = {
  message:
    'a "nearest" fit needs a note saying what the mechanism is and why no value fits exactly',
  path: ['note'],
};

function valueList(values: readonly string[], what: string) {
  return z
    .array(
      z.enum(values as [string, ...string[]], {
        error: () => `must be one of ${quoteAll(values)} (${what})`,
      }),
    )
    .min(1, 'must hold at least one value')
    .refine((list) => new Set(list).size === list.length, 'must not repeat a value');
}

function quoteAll(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/**
 * Schema of one entry of data/methods.json. The vocabularies (paradigms, dimension
 * values, modalities, scopes, venues) and the dimension fields themselves (one list
 * per dimension key) come from the taxonomy, so the schema is built from it. What it
 * accepts is a raw entry; `toMethod` (method-record.ts) turns it into a `Method`.
 */
export function makeMethodSchema(taxonomy: Taxonomy) {
  const enumOf = (values: readonly string[], what: string) =>
    z.enum(values as [string, ...string[]], {
      error: () => `must be one of ${quoteAll(values)} (${what})`,
    });

  // The survey's own words, shown when the reader asks for the survey's labels: a paradigm
  // code, or a value of one of the dimensions (one authors' cell holds another dimension's words).
  const paradigmCodes = taxonomy.paradigms.map((paradigm) => paradigm.code);
  const dimensionWords = [
    ...new Set(taxonomy.dimensions.flatMap((dimension) => dimension.values.map((v) => v.value))),
  ];
  const departureFields = ['paradigm', ...taxonomy.dimensions.map((dimension) => dimension.key)];
  const departure = z
    .strictObject({
      field: z.enum(departureFields as [string, ...string[]], {
        error: () =>
          `must be one of ${quoteAll(departureFields)} (the paradigm or a dimension key)`,
      }),
      authors: z.array(text).min(1),
      atlas: z.array(text).min(1),
      reason: text,
    })
    .superRefine((entry, context) => {
      const [known, what] =
        entry.field === 'paradigm'
          ? [paradigmCodes, 'paradigms in data/taxonomy.json']
          : [dimensionWords, 'values of the dimensions in the taxonomy'];
      entry.authors.forEach((value, index) => {
        if (!known.includes(value))
          context.addIssue({
            code: 'custom',
            path: ['authors', index],
            message: `must be one of ${quoteAll(known)} (${what}); got "${value}"`,
          });
      });
    });

  return z
    .strictObject({
      id: z.string().regex(ID_PATTERN, 'must be a lowercase slug like "vpt" or "p-tuning-v2"'),
      name: text,
      title: text,
      authors: z
        .array(z.string().max(300).regex(PERSON_PATTERN, 'must be written "Family, Given"'))
        .min(1, 'must list at least one author'),
      year: z
        .int('must be a whole year')
        .min(1950, 'must be 1950 or later')
        .max(2100, 'must be 2100 or earlier'),
      venue: enumOf(
        taxonomy.venues.map((venue) => venue.code),
        'venues in data/taxonomy.json',
      ),
      arxiv: z
        .string()
        .regex(ARXIV_PATTERN, 'must be an arXiv identifier like "2203.12119"')
        .optional(),
      doi: z
        .string()
        .regex(DOI_PATTERN, 'must be a DOI like "10.1007/s11263-022-01653-1"')
        .optional(),
      url: httpUrl,
      code: httpUrl.optional(),
      paradigm: enumOf(
        taxonomy.paradigms.map((paradigm) => paradigm.code),
        'paradigms in data/taxonomy.json',
      ),
      modalities: valueList(
        taxonomy.modalities.map((modality) => modality.value),
        'modalities in data/taxonomy.json',
      ),
      ...Object.fromEntries(
        taxonomy.dimensions.map((dimension) => [
          dimension.key,
          valueList(
            dimension.values.map((v) => v.value),
            `${dimension.key} values`,
          ),
        ]),
      ),
      labels: z.discriminatedUnion(
        'source',
        [
          z
            .strictObject({
              source: z.literal('authors'),
              fit,
              note: text.optional(),
              departures: z.array(departure).optional(),
            })
            .refine(noteForNearest, nearestNeedsNote),
          z
            .strictObject({ source: z.literal('atlas'), fit, note: text.optional() })
            .refine(noteForNearest, nearestNeedsNote),
        ],
        { error: () => 'must say where the labels come from: source "authors" or "atlas"' },
      ),
      summary: text,
      cites: z.array(
        z.strictObject({
          id: z.string().regex(ID_PATTERN, 'must be the id of a catalogue method'),
          basis: z.enum(['confirmed', 'recalled'], {
            error: () => 'must be "confirmed" (seen in the citing paper) or "recalled"',
          }),
          note: text.optional(),
        }),
      ),
      scope: enumOf(
        taxonomy.scopes.map((scope) => scope.value),
        'scopes in data/taxonomy.json',
      ),
      pages: text.optional(),
      volume: text.optional(),
      number: text.optional(),
      publisher: text.optional(),
      tasks: z.array(text).optional(),
      added: isoDate,
    })
    .refine((method) => Boolean(method.arxiv ?? method.doi), {
      message: 'needs an arXiv identifier or a DOI',
      path: ['arxiv'],
    });
}
