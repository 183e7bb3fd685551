import { useEffect, useRef, type RefObject } from 'react';
import type { GraphRenderer } from './graph-renderer';
import type { GraphPaint, GraphScene } from './graph-scene';
import { SvgGraph } from './svg-graph';

interface SvgGraphStageProps {
  scene: GraphScene;
  paint: GraphPaint;
  onFocus: (id: string) => void;
  /** Filled with the live renderer, for the zoom buttons. */
  controlsRef: RefObject<GraphRenderer | null>;
  /** Accessible name of the drawing. */
  label: string;
}

/**
 * The graph in SVG: React renders the <svg> and its arrowheads, SvgGraph owns
 * the <g> inside. It is built once per scene (a final layout) and torn down
 * with it; a paint only restyles.
 */
export function SvgGraphStage({ scene, paint, onFocus, controlsRef, label }: SvgGraphStageProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const rootRef = useRef<SVGGElement>(null);
  const renderer = useRef<SvgGraph | null>(null);
  const onFocusRef = useRef(onFocus);
  useEffect(() => {
    onFocusRef.current = onFocus;
  });

  useEffect(() => {
    const hooks = { onFocus: (id: string) => onFocusRef.current(id) };
    const made = new SvgGraph(svgRef.current!, rootRef.current!, scene, hooks);
    renderer.current = made;
    controlsRef.current = made;
    return () => {
      made.destroy();
      renderer.current = null;
      controlsRef.current = null;
    };
  }, [scene, controlsRef]);

  useEffect(() => {
    renderer.current?.paint(paint);
  }, [scene, paint]);

  return (
    <svg ref={svgRef} className="graph-svg" role="group" aria-label={label}>
      <defs>
        <marker
          id="atlas-arrow"
          className="graph-arrow"
          viewBox="0 0 8 8"
          refX="8"
          refY="4"
          markerWidth="5"
          markerHeight="5"
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M0,0L8,4L0,8z" />
        </marker>
        <marker
          id="atlas-arrow-strong"
          className="graph-arrow is-strong"
          viewBox="0 0 8 8"
          refX="8"
          refY="4"
          markerWidth="6"
          markerHeight="6"
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M0,0L8,4L0,8z" />
        </marker>
      </defs>
      <g ref={rootRef} className="graph-root" />
    </svg>
  );
}
