import { useEffect, useRef, type RefObject } from 'react';
import { CanvasGraph } from './canvas-graph';
import type { GraphRenderer } from './graph-renderer';
import { isCanvasScene, type GraphPaint, type GraphScene } from './graph-scene';
import { SvgGraph } from './svg-graph';

interface GraphStageProps {
  scene: GraphScene;
  paint: GraphPaint;
  onFocus: (id: string) => void;
  /** Filled with the live renderer, for the zoom buttons. */
  controlsRef: RefObject<GraphRenderer | null>;
  /** Accessible name of the drawing. */
  label: string;
}

/**
 * React renders the <svg> (or, for large catalogues, the <canvas>); the
 * renderer owns what is inside. The mount effect builds it once per scene
 * (layout) and tears it down; the canvas keeps its renderer while a layout
 * is refined and only takes the new positions. The paint effect only restyles.
 */
export function GraphStage({ scene, paint, onFocus, controlsRef, label }: GraphStageProps) {
  const canvasMode = isCanvasScene(scene);
  const svgRef = useRef<SVGSVGElement>(null);
  const rootRef = useRef<SVGGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const renderer = useRef<GraphRenderer | null>(null);
  const onFocusRef = useRef(onFocus);
  const sceneRef = useRef(scene);
  useEffect(() => {
    onFocusRef.current = onFocus;
    sceneRef.current = scene;
  });

  // SVG builds its elements per scene; the canvas per catalogue and layout kind.
  const { catalogue } = scene;
  const kind = scene.layout.kind;
  const svgScene = canvasMode ? null : scene;
  useEffect(() => {
    const hooks = { onFocus: (id: string) => onFocusRef.current(id) };
    const first = svgScene ?? sceneRef.current;
    const made =
      canvasMode && canvasRef.current
        ? new CanvasGraph(canvasRef.current, first, hooks)
        : new SvgGraph(svgRef.current!, rootRef.current!, first, hooks);
    renderer.current = made;
    controlsRef.current = made;
    return () => {
      made.destroy();
      renderer.current = null;
      controlsRef.current = null;
    };
  }, [catalogue, kind, svgScene, canvasMode, controlsRef]);

  useEffect(() => {
    renderer.current?.setScene?.(scene);
  }, [scene]);

  useEffect(() => {
    renderer.current?.paint(paint);
  }, [catalogue, kind, svgScene, paint]);

  if (canvasMode) {
    return (
      <canvas
        ref={canvasRef}
        className="graph-canvas"
        role="img"
        aria-label={`${label}. Drawn on a canvas for speed: use the lineage list below, the table or the search to move between methods by keyboard.`}
      />
    );
  }
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
