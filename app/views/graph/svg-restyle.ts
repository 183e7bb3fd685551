import { hasInBitset } from '../../query/bitset';
import { toEdgeLineage, toEdgeState, type GraphPaint, type GraphScene } from './graph-scene';

// How a node or an edge looks for one paint, as bit flags: the SVG graph keeps the flags each
// element was last styled with, so a paint touches only the elements whose flags changed.
const NODE_VISIBLE = 1;
const NODE_HIDDEN = 2;
const NODE_FOCUSED = 4;
const NODE_ANCESTOR = 8;
const NODE_DESCENDANT = 16;
const EDGE_SHOWN = 1;
const EDGE_FADED = 2;
const EDGE_HIDDEN = 4;
const EDGE_LINEAGE = 8;

/** The look of the node of method `p`: visible, hidden ('hide' mode), focused, on a lineage. */
export function toNodeFlags(paint: GraphPaint, p: number): number {
  const visible = hasInBitset(paint.visible, p);
  const side = paint.lineage.get(p);
  return (
    (visible ? NODE_VISIBLE : 0) |
    (!visible && paint.filtered === 'hide' ? NODE_HIDDEN : 0) |
    (p === paint.focus ? NODE_FOCUSED : 0) |
    (side === 'ancestor' ? NODE_ANCESTOR : 0) |
    (side === 'descendant' ? NODE_DESCENDANT : 0)
  );
}

/** Restyles a node from flags `was` (-1: never styled) to `flags`, touching only what changed. */
export function applyNodeFlags(el: SVGGElement, flags: number, was: number): void {
  if (flags === was) return;
  const changed = was < 0 ? -1 : flags ^ was;
  const visible = (flags & NODE_VISIBLE) !== 0;
  const hidden = (flags & NODE_HIDDEN) !== 0;
  if (changed & NODE_VISIBLE) el.setAttribute('data-visible', String(visible));
  if (changed & (NODE_VISIBLE | NODE_HIDDEN)) {
    el.classList.toggle('is-faded', !visible && !hidden);
    el.style.display = hidden ? 'none' : '';
  }
  if (changed & NODE_FOCUSED) {
    const focused = (flags & NODE_FOCUSED) !== 0;
    el.classList.toggle('is-focused', focused);
    if (focused) el.setAttribute('aria-current', 'true');
    else el.removeAttribute('aria-current');
  }
  if (changed & NODE_ANCESTOR) el.classList.toggle('is-ancestor', (flags & NODE_ANCESTOR) !== 0);
  if (changed & NODE_DESCENDANT)
    el.classList.toggle('is-descendant', (flags & NODE_DESCENDANT) !== 0);
}

/** The look of edge `i`: shown, faded or hidden, and whether it lies on the focused lineage. */
export function toEdgeFlags(scene: GraphScene, paint: GraphPaint, i: number): number {
  const state = toEdgeState(scene, paint, i);
  return (
    (state === 'shown' ? EDGE_SHOWN : state === 'faded' ? EDGE_FADED : EDGE_HIDDEN) |
    (toEdgeLineage(scene, paint, i) !== null ? EDGE_LINEAGE : 0)
  );
}

/** Restyles an edge from flags `was` (-1: never styled) to `flags`, touching only what changed. */
export function applyEdgeFlags(el: SVGLineElement, flags: number, was: number): void {
  if (flags === was) return;
  const changed = was < 0 ? -1 : flags ^ was;
  if (changed & EDGE_SHOWN) el.setAttribute('data-visible', String((flags & EDGE_SHOWN) !== 0));
  if (changed & EDGE_FADED) el.classList.toggle('is-faded', (flags & EDGE_FADED) !== 0);
  if (changed & EDGE_HIDDEN) el.style.display = flags & EDGE_HIDDEN ? 'none' : '';
  if (changed & EDGE_LINEAGE) {
    const lineage = (flags & EDGE_LINEAGE) !== 0;
    el.classList.toggle('is-lineage', lineage);
    el.setAttribute('marker-end', `url(#${lineage ? 'atlas-arrow-strong' : 'atlas-arrow'})`);
  }
}
