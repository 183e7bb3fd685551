// Runs the citation-graph layout off the main thread: the same pure function the unit tests run.
import {
  computeGraphLayout,
  type GraphLayout,
  type GraphLayoutInput,
  type GraphLayoutKind,
} from './graph-layout';

export interface GraphLayoutRequest {
  input: GraphLayoutInput;
  kind: GraphLayoutKind;
  /** Post intermediate positions while the layout runs (large catalogues, drawn on a canvas). */
  progressive: boolean;
}

export interface GraphLayoutReply {
  layout: GraphLayout;
  /** False for intermediate positions: more are coming. */
  final: boolean;
}

/** The first intermediate positions go out after this long, then at most this often. */
const FIRST_POST_MS = 250;
const POST_EVERY_MS = 450;

function post(layout: GraphLayout, final: boolean): void {
  const reply: GraphLayoutReply = { layout, final };
  self.postMessage(reply, { transfer: [layout.x.buffer, layout.y.buffer, layout.radius.buffer] });
}

self.onmessage = (event: MessageEvent<GraphLayoutRequest>) => {
  const { input, kind, progressive } = event.data;
  const started = performance.now();
  let due = FIRST_POST_MS;
  const layout = computeGraphLayout(
    input,
    kind,
    progressive
      ? (done, total, snapshot) => {
          const elapsed = performance.now() - started;
          if (done >= total || elapsed < due) return;
          post(snapshot(), false);
          due = performance.now() - started + POST_EVERY_MS;
        }
      : undefined,
  );
  post(layout, true);
};
