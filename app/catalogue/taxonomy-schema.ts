import { z } from './zod-setup';
import { RESERVED_KEYS } from './catalogue-types';

const text = z.string().trim().min(1, 'must not be empty').max(10_000);
const code = z
  .string()
  .min(1, 'must not be empty')
  .max(40)
  .regex(
    /^[^\s"{}\\,][^"{}\\,]*$/,
    'must be a short code without quotes, braces, commas or backslashes',
  );

const taxonomyValue = z.strictObject({
  value: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase slug like "rule-based"'),
  name: text,
  code,
  symbol: text.optional(),
  definition: text,
});

const namedValue = z.strictObject({
  value: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase slug like "vision-language"'),
  name: text,
  definition: text.optional(),
});

/** Most dimensions a taxonomy may have: beyond this, no view has room for them. */
export const MAX_DIMENSIONS = 8;

const reserved: readonly string[] = RESERVED_KEYS;
const dimensionKey = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase slug like "location"')
  .max(40)
  .superRefine((key, context) => {
    if (reserved.includes(key))
      context.addIssue({
        code: 'custom',
        message: `"${key}" names a field, facet or URL parameter of Atlas; choose another key`,
      });
  });

/** Each item's `field` appears once in the list. */
function uniqueBy<T>(field: keyof T & string) {
  return (items: readonly T[], context: z.core.$RefinementCtx<T[]>) => {
    const seen = new Set<unknown>();
    items.forEach((item, index) => {
      if (seen.has(item[field]))
        context.addIssue({
          code: 'custom',
          path: [index, field],
          message: `repeats ${field} "${String(item[field])}"`,
        });
      seen.add(item[field]);
    });
  };
}

/**
 * Schema of a catalogue's taxonomy.json: paradigms, any number of dimensions (one to
 * eight), modalities, scopes, venues, and optionally the matrix's first axes.
 */
export const taxonomySchema = z
  .strictObject({
    paradigms: z
      .array(
        z.strictObject({
          code: z.string().regex(/^[A-Z][A-Z0-9]{0,5}$/, 'must be one to six capitals or digits'),
          name: text,
          definition: text,
        }),
      )
      .min(1)
      .superRefine(uniqueBy('code')),
    dimensions: z
      .array(
        z.strictObject({
          key: dimensionKey,
          name: text,
          symbol: text,
          question: text,
          values: z.array(taxonomyValue).min(1).superRefine(uniqueBy('value')),
        }),
      )
      .min(1, 'must list at least one dimension')
      .max(MAX_DIMENSIONS, `must list at most ${MAX_DIMENSIONS} dimensions`)
      .superRefine(uniqueBy('key')),
    matrix: z
      .strictObject({ rows: z.string(), cols: z.string() })
      .refine((axes) => axes.rows !== axes.cols, 'rows and cols must differ')
      .optional(),
    modalities: z.array(namedValue).min(1),
    scopes: z.array(namedValue).min(1),
    venues: z
      .array(
        z.strictObject({
          code,
          name: text,
          kind: z.enum(['conference', 'journal', 'workshop', 'preprint']),
        }),
      )
      .min(1),
  })
  .superRefine((taxonomy, context) => {
    if (!taxonomy.matrix) return;
    const axes = ['paradigm', 'modality', 'year', ...taxonomy.dimensions.map((d) => d.key)];
    for (const side of ['rows', 'cols'] as const) {
      if (!axes.includes(taxonomy.matrix[side]))
        context.addIssue({
          code: 'custom',
          path: ['matrix', side],
          message: `must be a dimension key, "paradigm", "modality" or "year"; got "${taxonomy.matrix[side]}"`,
        });
    }
  });
