import { lazy, Suspense } from 'react';

// d3-brush and the chart load only when the timeline tab opens.
const MethodTimeline = lazy(() =>
  import('./method-timeline').then((module) => ({ default: module.MethodTimeline })),
);

/** The timeline tab, loaded on first use. */
export function TimelineView() {
  return (
    <Suspense
      fallback={
        <p className="view-loading" role="status">
          Loading the timeline…
        </p>
      }
    >
      <MethodTimeline />
    </Suspense>
  );
}
