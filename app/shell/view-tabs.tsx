import { Suspense, useRef, type KeyboardEvent } from 'react';
import { listViewKeys } from '../state/atlas-state';
import { useAtlasDispatch, useAtlasState, useCatalogue } from '../state/atlas-store';
import { RESULTS_ID } from './skip-link';
import { VIEWS, type ViewEntry } from './view-registry';

/** The views this catalogue offers, in tab order (no finder where methods have no needs). */
function useOfferedViews(): readonly ViewEntry[] {
  const catalogue = useCatalogue();
  const offered = listViewKeys(catalogue);
  return offered.length === VIEWS.length
    ? VIEWS
    : VIEWS.filter((entry) => offered.includes(entry.key));
}

function useActiveView() {
  const views = useOfferedViews();
  const view = useAtlasState((state) => state.view);
  return views.find((entry) => entry.key === view) ?? views[0]!;
}

/** The row of tabs that switches views; arrow keys move between tabs. */
export function ViewTabs() {
  const views = useOfferedViews();
  const active = useActiveView();
  const dispatch = useAtlasDispatch();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = views[(index + step + views.length) % views.length]!;
    dispatch({ type: 'setView', view: next.key });
    tabs.current[views.indexOf(next)]?.focus();
  };
  return (
    <div className="view-tabs" role="tablist" aria-label="Views">
      {views.map((view, index) => (
        <button
          key={view.key}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`tab-${view.key}`}
          aria-selected={view.key === active.key}
          aria-controls={RESULTS_ID}
          tabIndex={view.key === active.key ? 0 : -1}
          onClick={() => dispatch({ type: 'setView', view: view.key })}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {view.label}
        </button>
      ))}
    </div>
  );
}

/** The active view's panel. */
export function ViewPanel() {
  const active = useActiveView();
  const { Component } = active;
  return (
    <section
      id={RESULTS_ID}
      className="atlas-view"
      role="tabpanel"
      aria-labelledby={`tab-${active.key}`}
      tabIndex={-1}
    >
      {/* Only views fetched on demand sit in a boundary. React adopts a boundary's first-screen
          markup later than the rest of the page, from the state as it is then; the table has
          none, so the page is wholly live in the pass that takes the first screen over. */}
      {active.loadsOnDemand ? (
        <Suspense
          fallback={
            <p className="view-loading" role="status">
              Loading the {active.label.toLowerCase()}…
            </p>
          }
        >
          <Component />
        </Suspense>
      ) : (
        <Component />
      )}
    </section>
  );
}
