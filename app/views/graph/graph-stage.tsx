import type { RefObject } from 'react';
import { CanvasGraphStage } from './canvas-graph-stage';
import type { GraphRenderer } from './graph-renderer';
import { isCanvasScene, type GraphPaint, type GraphScene } from './graph-scene';
import { SvgGraphStage } from './svg-graph-stage';

interface GraphStageProps {
  scene: GraphScene;
  paint: GraphPaint;
  onFocus: (id: string) => void;
  /** Filled with the live renderer, for the zoom buttons. */
  controlsRef: RefObject<GraphRenderer | null>;
  /** Accessible name of the drawing. */
  label: string;
}

/** The drawing of the graph: SVG for catalogues it zooms smoothly, a canvas above (see graph-scene). */
export function GraphStage(props: GraphStageProps) {
  return isCanvasScene(props.scene) ? (
    <CanvasGraphStage {...props} />
  ) : (
    <SvgGraphStage {...props} />
  );
}
