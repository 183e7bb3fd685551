import { useEffect, useRef, useState, type RefObject } from 'react';
import { CanvasGraph } from './canvas-graph';
import type { GraphRenderer } from './graph-renderer';
import type { GraphPaint, GraphScene } from './graph-scene';

interface CanvasGraphStageProps {
  scene: GraphScene;
  paint: GraphPaint;
  onFocus: (id: string) => void;
  /** Filled with the live renderer, for the zoom buttons. */
  controlsRef: RefObject<GraphRenderer | null>;
  /** Accessible name of the drawing. */
  label: string;
}

/**
 * The graph on a <canvas>, for catalogues too large for SVG. CanvasGraph is
 * built once per catalogue and layout kind; while a layout is refined it
 * keeps its zoom and only takes the new positions. A paint only restyles.
 * The canvas is one focusable element: the arrow keys move between methods
 * and a status line names the one reached, for screen readers.
 */
export function CanvasGraphStage({
  scene,
  paint,
  onFocus,
  controlsRef,
  label,
}: CanvasGraphStageProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [reached, setReached] = useState('');
  const renderer = useRef<CanvasGraph | null>(null);
  const onFocusRef = useRef(onFocus);
  const sceneRef = useRef(scene);
  useEffect(() => {
    onFocusRef.current = onFocus;
    sceneRef.current = scene;
  });

  const { catalogue } = scene;
  const kind = scene.layout.kind;
  useEffect(() => {
    const hooks = { onFocus: (id: string) => onFocusRef.current(id), onAnnounce: setReached };
    const made = new CanvasGraph(canvasRef.current!, sceneRef.current, hooks);
    renderer.current = made;
    controlsRef.current = made;
    return () => {
      made.destroy();
      renderer.current = null;
      controlsRef.current = null;
    };
  }, [catalogue, kind, controlsRef]);

  useEffect(() => {
    renderer.current?.setScene(scene);
  }, [scene]);

  useEffect(() => {
    renderer.current?.paint(paint);
  }, [catalogue, kind, paint]);

  return (
    <>
      <canvas
        ref={canvasRef}
        className="graph-canvas"
        tabIndex={0}
        role="application"
        aria-label={`${label} Drawn on a canvas for speed; the lineage list, the table and the search reach the methods too, and Drawing: SVG gives each method an element of its own.`}
      />
      <p className="visually-hidden" role="status" aria-label="Method reached in the graph">
        {reached}
      </p>
    </>
  );
}
