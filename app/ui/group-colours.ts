import type { Catalogue } from '../catalogue/catalogue-types';
import {
  OTHER_VALUES,
  SEVERAL_VALUES,
  listGroupCategories,
  type StackingKey,
} from '../graph-model/group-categories';

/**
 * The paradigm colours of atlas.css (--paradigm-0 to --paradigm-3), for canvas and d3
 * fills, by the paradigm's position in the taxonomy; a fifth paradigm on takes the
 * fallback grey (--paradigm-other).
 */
export const PARADIGM_COLOURS: readonly string[] = ['#0072b2', '#c0510a', '#007a5a', '#a8548a'];

/**
 * Okabe-Ito blue, vermillion, bluish green and reddish purple, darkened where
 * needed for 3:1 contrast on white; the yellow, orange and sky blue of the
 * set are too light for marks on white and are left out.
 */
export const VALUE_COLOURS = ['#0072b2', '#c0510a', '#007a5a', '#a8548a'];
/** Dark slate for methods holding two or more values: far from every value colour for every colour vision. */
export const SEVERAL_COLOUR = '#3d444d';
/** Neutral grey for the modalities that share one category: apart from the rest for every colour vision. */
export const OTHER_COLOUR = '#8c8c8c';
export const FALLBACK_COLOUR = '#8a94a1';

/**
 * Which of the paradigm colours a paradigm takes: its position in the taxonomy ("0"
 * to "3"), or "other"; the class suffix of its badge and profile marks.
 */
export function toParadigmTone(catalogue: Catalogue, code: string): string {
  const index = catalogue.taxonomy.paradigms.findIndex((paradigm) => paradigm.code === code);
  return index >= 0 && index < PARADIGM_COLOURS.length ? String(index) : 'other';
}

/** One category of a grouping with its colour, for legends and marks. */
export interface ColouredCategory {
  value: string;
  label: string;
  code: string;
  colour: string;
}

/** The categories of a grouping with a colour-blind-safe colour each, in taxonomy order. */
export function listColouredCategories(catalogue: Catalogue, key: StackingKey): ColouredCategory[] {
  return listGroupCategories(catalogue, key).map((category, index) => ({
    ...category,
    colour:
      key === 'paradigm'
        ? (PARADIGM_COLOURS[index] ?? FALLBACK_COLOUR)
        : category.value === SEVERAL_VALUES
          ? SEVERAL_COLOUR
          : category.value === OTHER_VALUES
            ? OTHER_COLOUR
            : (VALUE_COLOURS[index] ?? FALLBACK_COLOUR),
  }));
}
