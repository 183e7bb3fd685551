import type { RefObject } from 'react';
import { CanvasGraphStage } from './canvas-graph-stage';
import type { GraphRenderer } from './graph-renderer';
import type { GraphDrawing } from '../../graph-model/graph-drawing';
import type { GraphPaint, GraphScene } from './graph-scene';
import { SvgGraphStage } from './svg-graph-stage';

interface GraphStageProps {
  /** Canvas, or SVG where the catalogue is small enough for it (see graph-drawing). */
  drawing: GraphDrawing;
  scene: GraphScene;
  paint: GraphPaint;
  onFocus: (id: string) => void;
  /** Filled with the live renderer, for the zoom buttons. */
  controlsRef: RefObject<GraphRenderer | null>;
  /** Accessible name of the drawing. */
  label: string;
}

/** The drawing of the graph: one canvas, or an SVG element per method and cite. */
export function GraphStage({ drawing, ...props }: GraphStageProps) {
  return drawing === 'svg' ? <SvgGraphStage {...props} /> : <CanvasGraphStage {...props} />;
}
