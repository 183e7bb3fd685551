import type { CSSProperties } from 'react';

/**
 * How the citation graph looks, in one place for both renderers: the SVG
 * reads it through CSS custom properties (see `toGraphLookStyle`) or, for its
 * nodes and edges, as values written out in citation-graph.css that a test
 * holds to these; the canvas reads the numbers directly. The colours are those of the app's palette
 * (app/ui/atlas.css). Where the two renderers differ, they differ on
 * purpose and the entry says why.
 */
export const GRAPH_LOOK = {
  colour: {
    /** Lines of cites and their arrowheads. */
    edge: '#8a94a1',
    /** A method whose category has no colour of its own. */
    unknownNode: '#8a94a1',
    /** Text, lineage lines and rings. */
    ink: '#1b2430',
    /** The focused method's ring and label. */
    focus: '#b3470b',
    /** Circle outlines and label halos. */
    paper: '#ffffff',
    /** Odd year stripes of the timeline. */
    yearBand: '#f5f7fa',
    /** Rules between the timeline's paradigm rows. */
    laneRule: '#d3d9e1',
    axisBack: 'rgb(255 255 255 / 88%)',
    axisYear: '#4a5563',
    axisLane: '#6b7684',
  },
  edge: {
    /** Line width in screen pixels at any zoom. */
    width: 1,
    /** Dashes of a recalled cite, in screen pixels. */
    recalledDash: [4, 3] as const,
    /** SVG lines are anti-aliased at full width; canvas hairlines look lighter, so get more. */
    opacity: 0.55,
    canvasOpacity: 0.6,
    /** An end is filtered out ('fade' mode). */
    fadedOpacity: 0.12,
    /** A method is focused: edges off its lineage step back. */
    offLineageOpacity: 0.12,
    canvasOffLineageOpacity: 0.2,
    /** Too many recalled edges on a canvas to dash: drawn lighter instead. */
    canvasUndashedOpacity: 0.3,
    canvasUndashedOffLineageOpacity: 0.12,
    lineageOpacity: 0.85,
    lineageWidth: 1.5,
    canvasLineageWidth: 1.6,
    /** Hovering a method: its edges stand out, the others nearly vanish. */
    hoverOthersOpacity: 0.05,
    hoverAdjacentOpacity: 0.9,
  },
  node: {
    outlineWidth: 1,
    fadedOpacity: 0.15,
    /** A method is focused: methods off its lineage step back (faded ones further). */
    offLineageOpacity: 0.3,
    fadedOffLineageOpacity: 0.1,
    lineageRingWidth: 1.5,
    /** The SVG ring sits on a white outline, the canvas ring on the fill: a little thinner. */
    focusRingWidth: 3.5,
    canvasFocusRingWidth: 3,
    keyboardRingWidth: 3,
    keyboardRingDash: [3, 2] as const,
    /** Hovering: the other methods step back, the hovered one is ringed. */
    hoverOthersOpacity: 0.2,
    hoverRingWidth: 2,
    canvasHoverRingWidth: 1.5,
    /** The canvas veils its kept picture with paper at this opacity under a hover. */
    canvasHoverVeil: 0.65,
  },
  label: {
    /** Font size in screen pixels at any zoom. */
    size: 12,
    weight: 600,
    family: 'system-ui, sans-serif',
    /** Height a label takes when placing labels: its size and a pixel above and below. */
    height: 14,
    /** White halo under the text: 0.3em in SVG, about the same 3px on the canvas. */
    haloEm: 0.3,
    canvasHaloWidth: 3,
    fadedOpacity: 0.4,
    canvasFadedOpacity: 0.45,
    /** Hovering: labels away from the hovered method step back (SVG). */
    hoverOthersOpacity: 0.3,
  },
  axis: {
    /** The strip along the top of the timeline holding the years. */
    height: 24,
    yearBaseline: 16,
    yearSize: 12,
    laneSize: 11,
    weight: 600,
    /** Distance of the rotated paradigm names from the left edge. */
    laneInset: 14,
    laneRuleDash: [2, 3] as const,
  },
} as const;

/** The canvas font of graph labels. */
export const LABEL_FONT = `${GRAPH_LOOK.label.weight} ${GRAPH_LOOK.label.size}px ${GRAPH_LOOK.label.family}`;

/** A year on the timeline axis: in full, or as ’21 when its column is under 40px wide on screen. */
export function formatAxisYear(year: number, widthOnScreen: number): string {
  return widthOnScreen < 40 ? `’${String(year).slice(-2)}` : String(year);
}

/**
 * A paradigm row's name on the timeline axis: the full name when the row is over 150px tall on
 * screen, its code when it is shorter, nothing under 24px.
 */
export function formatLaneName(
  paradigm: { name: string; code: string } | undefined,
  heightOnScreen: number,
): string {
  if (heightOnScreen < 24) return '';
  return (heightOnScreen > 150 ? paradigm?.name : paradigm?.code) ?? '';
}

/**
 * The look as CSS custom properties, set on the graph's root element: the SVG stage's
 * labels, axis and backdrop read them in citation-graph.css. Its nodes and edges take the
 * same values written out (see there why); citation-graph-css.test.ts holds them to GRAPH_LOOK.
 */
export function toGraphLookStyle(): CSSProperties {
  const { colour, label, axis } = GRAPH_LOOK;
  const properties: Record<`--graph-${string}`, string | number> = {
    '--graph-ink': colour.ink,
    '--graph-focus': colour.focus,
    '--graph-paper': colour.paper,
    '--graph-year-band': colour.yearBand,
    '--graph-lane-rule': colour.laneRule,
    '--graph-axis-back': colour.axisBack,
    '--graph-axis-year': colour.axisYear,
    '--graph-axis-lane': colour.axisLane,
    '--graph-label-weight': label.weight,
    '--graph-label-halo': `${label.haloEm}em`,
    '--graph-label-faded-opacity': label.fadedOpacity,
    '--graph-label-hover-others-opacity': label.hoverOthersOpacity,
    '--graph-axis-year-size': `${axis.yearSize}px`,
    '--graph-axis-lane-size': `${axis.laneSize}px`,
    '--graph-axis-weight': axis.weight,
    '--graph-lane-rule-dash': axis.laneRuleDash.join(' '),
  };
  return properties as CSSProperties;
}
