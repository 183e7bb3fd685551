import { z } from './zod-setup';
import { DIMENSION_KEYS } from './catalogue-types';

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

/** Schema of data/taxonomy.json: paradigms, the four dimensions, modalities, scopes, venues. */
export const taxonomySchema = z.strictObject({
  paradigms: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[A-Z]{2}$/, 'must be two capitals'),
        name: text,
        definition: text,
      }),
    )
    .min(1),
  dimensions: z
    .array(
      z.strictObject({
        key: z.enum(DIMENSION_KEYS),
        name: text,
        symbol: text,
        question: text,
        values: z.array(taxonomyValue).min(1),
      }),
    )
    .length(DIMENSION_KEYS.length, `must list the ${DIMENSION_KEYS.length} dimensions`),
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
});
