// The shapes a graph layout takes and returns: plain data, so a Web Worker can pass them on.

export type GraphLayoutKind = 'force' | 'timeline';

/** What the layout needs from a catalogue: plain arrays, so a Web Worker can receive them. */
export interface GraphLayoutInput {
  /** First-posted year of each method, by position (its column in the timeline layout). */
  years: number[];
  /** First-posted month of each method (1-12), or 0 where only the year is known. */
  months: number[];
  /** Paradigm index of each method (its lane in the timeline layout). */
  lanes: number[];
  laneCount: number;
  /** Outgoing citations by position. */
  citesOf: number[][];
  /** How often each method is cited within the catalogue. */
  citedByCount: number[];
}

/** One year's column of the timeline layout. */
export interface YearBand {
  year: number;
  x0: number;
  x1: number;
}

/** One paradigm's row of the timeline layout. */
export interface LayoutLane {
  lane: number;
  y0: number;
  y1: number;
}

/** Positions of every catalogue method, by position, in layout units. */
export interface GraphLayout {
  kind: GraphLayoutKind;
  x: Float64Array;
  y: Float64Array;
  radius: Float64Array;
  /** [minX, minY, maxX, maxY] of the circles. */
  bounds: [number, number, number, number];
  /** Timeline layout only: the column of each year, oldest first. */
  yearBands: YearBand[];
  /** Timeline layout only: the row of each paradigm. */
  lanes: LayoutLane[];
}
