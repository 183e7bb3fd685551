import { interpolateBlues, scaleSequentialSqrt } from 'd3';
import { pickTextColour } from '../../ui/contrast-ratio';

export interface CellColours {
  background: string;
  text: string;
}

/** Black, not the page's ink: on the ramp's mid-tones the ink falls just short of AA (4.49:1). */
const DARK_TEXT = '#000000';
/** The ramp starts a little above white, so a count of one is still visibly a colour. */
const RAMP_START = 0.14;

/**
 * Colours for a cell holding `count` methods, on a square-root ramp whose
 * domain is fixed by the largest cell of the whole catalogue, so a cell keeps
 * its colour scale while filters change. Text switches to white on dark cells.
 */
export function makeCellColours(maxCatalogueCount: number): (count: number) => CellColours {
  const scale = scaleSequentialSqrt((t: number) =>
    interpolateBlues(RAMP_START + (1 - RAMP_START) * t),
  )
    .domain([0, Math.max(1, maxCatalogueCount)])
    .clamp(true);
  return (count) => {
    const background = scale(count);
    return { background, text: pickTextColour(background, DARK_TEXT) };
  };
}
