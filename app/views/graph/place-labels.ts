/** A label to place beside its node, in screen pixels. */
export interface LabelRequest {
  x: number;
  y: number;
  /** Node radius on screen. */
  r: number;
  /** Text width and height on screen. */
  width: number;
  height: number;
  /** Placed even when every spot overlaps (the focused and the hovered method). */
  always?: boolean;
}

export type LabelAnchor = 'start' | 'middle' | 'end';

/** The drawing's size on screen: a label is placed wholly inside it or not at all. */
export interface LabelBounds {
  width: number;
  height: number;
}

export interface LabelSpot {
  x: number;
  y: number;
  anchor: LabelAnchor;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const GAP = 3;

/**
 * Greedy label placement: in the order given (most important first), each
 * label takes the first free spot of right, left, above and below its node
 * that lies wholly inside `bounds`; a label with no free spot is left out
 * (null) unless it must always show, when it takes its first spot inside the
 * bounds, covering others, or its first spot of all.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: LabelBounds,
): (LabelSpot | null)[] {
  const taken: Box[] = [];
  return requests.map((label) => {
    const spots = toSpots(label);
    const inside = spots.filter((spot) => isInside(spot.box, bounds));
    const free = inside.find((spot) => !taken.some((box) => overlaps(box, spot.box)));
    const chosen = free ?? (label.always ? (inside[0] ?? spots[0]!) : null);
    if (!chosen) return null;
    taken.push(chosen.box);
    return chosen.spot;
  });
}

function toSpots(label: LabelRequest): { spot: LabelSpot; box: Box }[] {
  const { x, y, r, width: w, height: h } = label;
  const half = h / 2;
  const right = x + r + GAP;
  const left = x - r - GAP;
  const above = y - r - GAP - half;
  const below = y + r + GAP + half;
  return [
    {
      spot: { x: right, y, anchor: 'start' },
      box: { x0: right, y0: y - half, x1: right + w, y1: y + half },
    },
    {
      spot: { x: left, y, anchor: 'end' },
      box: { x0: left - w, y0: y - half, x1: left, y1: y + half },
    },
    {
      spot: { x, y: above, anchor: 'middle' },
      box: { x0: x - w / 2, y0: above - half, x1: x + w / 2, y1: above + half },
    },
    {
      spot: { x, y: below, anchor: 'middle' },
      box: { x0: x - w / 2, y0: below - half, x1: x + w / 2, y1: below + half },
    },
  ];
}

function isInside(box: Box, bounds: LabelBounds): boolean {
  return box.x0 >= 0 && box.y0 >= 0 && box.x1 <= bounds.width && box.y1 <= bounds.height;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
