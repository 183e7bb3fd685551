import { memoisePerCatalogue } from './catalogue-cache';
import { toFirstPosted, type FirstPosted } from './catalogue-rules';
import type { Catalogue } from './catalogue-types';

/** When each method of a catalogue was first posted, and the span of those years. */
export interface CataloguePosted {
  /** First-posted date of each method, by position. */
  byPosition: readonly FirstPosted[];
  /** Earliest and latest first-posted year ([0, 0] for an empty catalogue). */
  yearExtent: readonly [number, number];
}

/**
 * The first-posted date of every method (the arXiv month, else the venue year)
 * and the years they span: what the timelines place methods by, so no citation
 * points back in time. Memoised per catalogue.
 */
export const getFirstPosted: (catalogue: Catalogue) => CataloguePosted = memoisePerCatalogue(
  (catalogue) => {
    const byPosition = catalogue.methods.map(toFirstPosted);
    const years = byPosition.map((posted) => posted.year);
    const yearExtent: [number, number] =
      years.length > 0 ? [Math.min(...years), Math.max(...years)] : [0, 0];
    return { byPosition, yearExtent };
  },
);
