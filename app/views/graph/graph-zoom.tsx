import type { RefObject } from 'react';
import type { GraphRenderer } from './graph-renderer';

/** Zoom in, zoom out and fit, floating over the graph: for keyboards, touch screens and lost readers. */
export function GraphZoom({ controlsRef }: { controlsRef: RefObject<GraphRenderer | null> }) {
  return (
    <div className="graph-zoom" role="group" aria-label="Zoom">
      <button
        type="button"
        className="button"
        aria-label="Zoom in"
        onClick={() => controlsRef.current?.zoomBy(1.6)}
      >
        +
      </button>
      <button
        type="button"
        className="button"
        aria-label="Zoom out"
        onClick={() => controlsRef.current?.zoomBy(1 / 1.6)}
      >
        −
      </button>
      <button type="button" className="button" onClick={() => controlsRef.current?.fit()}>
        Fit
      </button>
    </div>
  );
}
