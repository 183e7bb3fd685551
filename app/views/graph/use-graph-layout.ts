import { useEffect, useState } from 'react';
import type { Catalogue } from '../../catalogue/catalogue-types';
import {
  getGraphLayout,
  peekGraphLayout,
  rememberGraphLayout,
  toGraphLayoutInput,
  type GraphLayout,
  type GraphLayoutKind,
} from '../../layout/graph-layout';
import type { GraphLayoutReply, GraphLayoutRequest } from '../../layout/graph-layout-worker';

/** A layout to draw, and whether it is final or intermediate positions of one still running. */
export interface GraphLayoutState {
  layout: GraphLayout;
  final: boolean;
}

/**
 * The whole-catalogue layout of this kind, or null while it is computed.
 * It runs in a module Web Worker so a large catalogue never freezes the
 * page; where workers fail, it runs on the main thread after a paint.
 * With `progressive`, the worker also sends intermediate positions, so a
 * large graph is drawn within a second and settles as the layout finishes.
 * Each final layout is computed once per catalogue and kept.
 */
export function useGraphLayout(
  catalogue: Catalogue,
  kind: GraphLayoutKind,
  progressive: boolean,
): GraphLayoutState | null {
  const [computed, setComputed] = useState<GraphLayoutState | null>(null);
  const cached = peekGraphLayout(catalogue, kind);

  useEffect(() => {
    if (peekGraphLayout(catalogue, kind)) return;
    let live = true;
    const take = (layout: GraphLayout, final: boolean) => {
      if (final) rememberGraphLayout(catalogue, layout);
      if (live) setComputed({ layout, final });
    };
    const onMainThread = () =>
      window.setTimeout(() => {
        if (live) take(getGraphLayout(catalogue, kind), true);
      }, 30);
    let worker: Worker | null = null;
    try {
      worker = new Worker(new URL('../../layout/graph-layout-worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch {
      worker = null;
    }
    if (!worker) {
      const timer = onMainThread();
      return () => {
        live = false;
        window.clearTimeout(timer);
      };
    }
    worker.onmessage = (event: MessageEvent<GraphLayoutReply>) =>
      take(event.data.layout, event.data.final);
    worker.onerror = (event) => {
      event.preventDefault();
      onMainThread();
    };
    const request: GraphLayoutRequest = {
      input: toGraphLayoutInput(catalogue),
      kind,
      progressive,
    };
    worker.postMessage(request);
    return () => {
      live = false;
      worker.terminate();
    };
  }, [catalogue, kind, progressive]);

  if (cached) return { layout: cached, final: true };
  return computed && computed.layout.kind === kind ? computed : null;
}
