import { useState } from 'react';
import type { CatalogueProblem } from '../catalogue/catalogue-problem';
import { useAtlasState } from '../state/atlas-store';
import type { StoredCatalogue } from '../state/user-catalogue-store';
import { CatalogueBanner } from './catalogue-banner';
import { OpenCatalogue } from './open-catalogue';
import { LabelsSwitch } from './labels-switch';
import { ActiveFilters } from '../views/facets/active-filters';
import { FacetPanel } from '../views/facets/facet-panel';
import { ResultCount } from '../views/facets/result-count';
import { SearchBox } from '../views/search/search-box';
import { SearchNotice } from '../views/search/search-notice';
import { NoticeBar } from './notice-bar';
import { ViewTabs, ViewPanel } from './view-tabs';
import { MethodDetail } from '../views/detail/method-detail';
import { SelectionBar } from '../views/selection/selection-bar';
import { SharedSelectionDialog } from '../views/selection/shared-selection-dialog';
import { CopyLink } from './copy-link';
import { SkipLink } from './skip-link';
import { useSlashToSearch } from './use-slash-to-search';
import './atlas-shell.css';

/**
 * The page's mark (public/favicon.svg, drawn inline): an <img> of it made Chromium build a
 * separate SVG document on the main thread, twice on a first visit, as the first rows came in.
 */
function BrandMark() {
  return (
    <svg className="atlas-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#1f3a5f" />
      <g fill="#fff">
        <rect x="6" y="6" width="8" height="8" rx="1" />
        <rect x="18" y="6" width="8" height="8" rx="1" opacity=".6" />
        <rect x="6" y="18" width="8" height="8" rx="1" opacity=".6" />
        <rect x="18" y="18" width="8" height="8" rx="1" />
      </g>
    </svg>
  );
}

/**
 * The phone's button that opens the filters, naming how many are set. Its own component:
 * the count changes with most filter changes, and the whole shell need not render again.
 */
function FiltersToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  // Every filter set in the sidebar: facets, the two year ranges and "New since".
  const activeFacets = useAtlasState(
    (state) =>
      Object.values(state.filters.facets).filter((values) => values && values.length > 0).length +
      (state.filters.years ? 1 : 0) +
      (state.filters.posted ? 1 : 0) +
      (state.filters.since ? 1 : 0),
  );
  return (
    <button
      type="button"
      className="button atlas-filters-toggle"
      aria-expanded={open}
      aria-controls="atlas-filters"
      onClick={onToggle}
    >
      Filters{activeFacets > 0 ? ` (${activeFacets})` : ''}
    </button>
  );
}

/** The page: header with search and count, facets, the active view, detail and selection. */
export function AtlasShell({
  problems,
  user,
  onApply,
  onReset,
}: {
  problems: readonly CatalogueProblem[];
  /** The reader's own catalogue when it is the one shown. */
  user: StoredCatalogue | null;
  onApply: (catalogue: StoredCatalogue) => void;
  onReset: () => void;
}) {
  const [filtersOpen, setFiltersOpen] = useState(false);
  useSlashToSearch('atlas-search');
  return (
    <div className="atlas">
      <SkipLink />
      <header className="atlas-header">
        <div className="atlas-brand">
          <BrandMark />
          <div>
            <h1>Reprogrammability Atlas</h1>
            <p>Model reprogramming, prompt tuning and prompt instruction on one taxonomy</p>
          </div>
        </div>
        <div className="atlas-header-tools">
          <FiltersToggle open={filtersOpen} onToggle={() => setFiltersOpen((open) => !open)} />
          <SearchBox />
          <ResultCount />
          <CopyLink />
        </div>
      </header>
      <aside
        id="atlas-filters"
        className={`atlas-sidebar${filtersOpen ? ' is-open' : ''}`}
        aria-label="Filters"
      >
        <div className="atlas-sidebar-scroll">
          <FacetPanel />
        </div>
      </aside>
      <main className="atlas-main">
        <CatalogueBanner user={user} onReset={onReset} />
        <div className="atlas-toolbar">
          <LabelsSwitch />
          <OpenCatalogue onApply={onApply} />
        </div>
        <NoticeBar problems={problems} />
        <ViewTabs />
        <ActiveFilters />
        <SearchNotice />
        <ViewPanel />
        <MethodDetail />
      </main>
      <footer className="atlas-footer">
        <SelectionBar />
      </footer>
      <SharedSelectionDialog />
    </div>
  );
}
