import type { Catalogue } from '../catalogue/catalogue-types';
import { getCiteEdges } from './graph-edges';

/** How the citation graph is drawn: one canvas, or one SVG element per method and per cite. */
export type GraphDrawing = 'canvas' | 'svg';

export const GRAPH_DRAWINGS: readonly GraphDrawing[] = ['canvas', 'svg'];

/**
 * The largest catalogue the graph draws as SVG, on a reader's request. The canvas is the
 * default at every size: without a GPU it answered a facet toggle faster than the SVG at
 * 118, 299 and 568 methods alike (README, Performance). The SVG stays for readers who want
 * each method as a focusable, named element; past these sizes it takes several frames to
 * restyle and far more to zoom.
 */
export const SVG_MAX_METHODS = 1000;
export const SVG_MAX_CITES = 3000;

/** True when the catalogue is small enough for the SVG drawing. */
export function canDrawAsSvg(catalogue: Catalogue): boolean {
  return (
    catalogue.methods.length <= SVG_MAX_METHODS &&
    getCiteEdges(catalogue).source.length <= SVG_MAX_CITES
  );
}

/** The drawing the graph uses: the one chosen, unless SVG is asked of a catalogue too large for it. */
export function toGraphDrawing(catalogue: Catalogue, chosen: GraphDrawing): GraphDrawing {
  return chosen === 'svg' && canDrawAsSvg(catalogue) ? 'svg' : 'canvas';
}

/** Why a catalogue is drawn on a canvas although SVG was asked for, as the end of a sentence. */
export function describeSvgLimit(catalogue: Catalogue): string {
  const cites = getCiteEdges(catalogue).source.length;
  const count = (n: number) => n.toLocaleString('en-GB');
  return (
    `this catalogue's ${count(catalogue.methods.length)} methods and ${count(cites)} cites are ` +
    `more than SVG draws (at most ${count(SVG_MAX_METHODS)} and ${count(SVG_MAX_CITES)}); drawn on a canvas`
  );
}
