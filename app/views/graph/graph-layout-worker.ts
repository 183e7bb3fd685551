// Runs the citation-graph layout off the main thread: the same pure function the unit tests run.
import {
  computeGraphLayout,
  type GraphLayoutInput,
  type GraphLayoutKind,
} from '../../query/graph-layout';

export interface GraphLayoutRequest {
  input: GraphLayoutInput;
  kind: GraphLayoutKind;
}

self.onmessage = (event: MessageEvent<GraphLayoutRequest>) => {
  const layout = computeGraphLayout(event.data.input, event.data.kind);
  self.postMessage(layout, {
    transfer: [layout.x.buffer, layout.y.buffer, layout.radius.buffer],
  });
};
