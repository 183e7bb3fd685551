import type { Catalogue } from '../catalogue/catalogue-types';
import {
  SEVERAL_VALUES,
  listGroupCategories,
  type GroupingKey,
} from '../graph-model/group-categories';

/** The paradigm colours of atlas.css (--paradigm-mr/pt/pi), for canvas and d3 fills. */
export const PARADIGM_COLORS: Readonly<Record<string, string>> = {
  MR: '#0072b2',
  PT: '#c0510a',
  PI: '#007a5a',
};

/**
 * Okabe-Ito blue, vermillion, bluish green and reddish purple, darkened where
 * needed for 3:1 contrast on white; the yellow, orange and sky blue of the
 * set are too light for marks on white and are left out.
 */
export const VALUE_COLORS = ['#0072b2', '#c0510a', '#007a5a', '#a8548a'];
/** Dark slate for methods holding two or more values: far from every value colour for every colour vision. */
export const SEVERAL_COLOR = '#3d444d';
const FALLBACK_COLOR = '#8a94a1';

/** One category of a grouping with its colour, for legends and marks. */
export interface ColoredCategory {
  value: string;
  label: string;
  code: string;
  color: string;
}

/** The categories of a grouping with a colour-blind-safe colour each, in taxonomy order. */
export function listColoredCategories(catalogue: Catalogue, key: GroupingKey): ColoredCategory[] {
  return listGroupCategories(catalogue, key).map((category, index) => ({
    ...category,
    color:
      key === 'paradigm'
        ? (PARADIGM_COLORS[category.value] ?? FALLBACK_COLOR)
        : category.value === SEVERAL_VALUES
          ? SEVERAL_COLOR
          : (VALUE_COLORS[index] ?? FALLBACK_COLOR),
  }));
}
