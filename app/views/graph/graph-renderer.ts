import { zoomIdentity, type ZoomTransform } from 'd3';
import type { GraphPaint, GraphScene } from './graph-scene';

/** What the graph component asks of a renderer (SVG or canvas); it owns its DOM until destroyed. */
export interface GraphRenderer {
  /** Restyles for filters, colour and focus; never moves a node. */
  paint(paint: GraphPaint): void;
  /** Takes refined positions for the same catalogue and layout kind, keeping the view. */
  setScene?(scene: GraphScene): void;
  zoomBy(factor: number): void;
  /** Zooms and pans so the whole catalogue fits. */
  fit(): void;
  destroy(): void;
}

/** What a renderer reports back: a click or Enter on a method, and what the keyboard reached. */
export interface GraphHooks {
  onFocus(id: string): void;
  /** The method the arrow keys moved to, in words, for a renderer without focusable nodes. */
  onAnnounce?(text: string): void;
}

/** Zoom limits relative to the fitted scale. */
export const ZOOM_OUT_LIMIT = 0.5;
export const ZOOM_IN_LIMIT = 14;

/** The transform that fits `bounds` into a width x height box with some padding. */
export function toFitTransform(
  bounds: readonly [number, number, number, number],
  width: number,
  height: number,
  padding: { top: number; right: number; bottom: number; left: number },
): ZoomTransform {
  const [x0, y0, x1, y1] = bounds;
  const innerWidth = Math.max(1, width - padding.left - padding.right);
  const innerHeight = Math.max(1, height - padding.top - padding.bottom);
  const k = Math.min(innerWidth / Math.max(1, x1 - x0), innerHeight / Math.max(1, y1 - y0), 3);
  const cx = padding.left + innerWidth / 2;
  const cy = padding.top + innerHeight / 2;
  return zoomIdentity.translate(cx - (k * (x0 + x1)) / 2, cy - (k * (y0 + y1)) / 2).scale(k);
}

/**
 * True when two transforms draw the same picture: a zoom gesture that comes back to where it
 * started (in, then out again) ends a rounding error away from it, not on it.
 */
export function isSameView(a: ZoomTransform, b: ZoomTransform): boolean {
  return (
    Math.abs(a.k - b.k) <= 1e-9 * Math.max(a.k, b.k) &&
    Math.abs(a.x - b.x) <= 1e-3 &&
    Math.abs(a.y - b.y) <= 1e-3
  );
}

/** Readers who ask for less motion get instant zooms. */
export function toZoomDuration(): number {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : 250;
}
