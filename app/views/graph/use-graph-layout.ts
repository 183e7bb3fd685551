import { useEffect, useState } from 'react';
import type { Catalogue } from '../../catalogue/catalogue-types';
import {
  layoutGraph,
  peekGraphLayout,
  rememberGraphLayout,
  toGraphLayoutInput,
  type GraphLayout,
  type GraphLayoutKind,
} from '../../query/graph-layout';
import type { GraphLayoutRequest } from './graph-layout-worker';

/**
 * The whole-catalogue layout of this kind, or null while it is computed.
 * It runs in a module Web Worker so a large catalogue never freezes the
 * page; where workers fail, it runs on the main thread after a paint.
 * Each layout is computed once per catalogue and kept.
 */
export function useGraphLayout(catalogue: Catalogue, kind: GraphLayoutKind): GraphLayout | null {
  const [computed, setComputed] = useState<GraphLayout | null>(null);
  const cached = peekGraphLayout(catalogue, kind);

  useEffect(() => {
    if (peekGraphLayout(catalogue, kind)) return;
    let live = true;
    const finish = (layout: GraphLayout) => {
      rememberGraphLayout(catalogue, layout);
      if (live) setComputed(layout);
    };
    const onMainThread = () =>
      window.setTimeout(() => {
        if (live) finish(layoutGraph(catalogue, kind));
      }, 30);
    let worker: Worker | null = null;
    try {
      worker = new Worker(new URL('./graph-layout-worker.ts', import.meta.url), {
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
    worker.onmessage = (event: MessageEvent<GraphLayout>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      onMainThread();
    };
    const request: GraphLayoutRequest = { input: toGraphLayoutInput(catalogue), kind };
    worker.postMessage(request);
    return () => {
      live = false;
      worker.terminate();
    };
  }, [catalogue, kind]);

  if (cached) return cached;
  return computed && computed.kind === kind ? computed : null;
}
