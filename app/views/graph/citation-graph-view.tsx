import { lazy, Suspense } from 'react';

// d3-force, d3-zoom and the renderers load only when the graph tab opens.
const CitationGraph = lazy(() =>
  import('./citation-graph').then((module) => ({ default: module.CitationGraph })),
);

/** The citation-graph tab, loaded on first use. */
export function CitationGraphView() {
  return (
    <Suspense
      fallback={
        <p className="view-loading" role="status">
          Loading the citation graph…
        </p>
      }
    >
      <CitationGraph />
    </Suspense>
  );
}
