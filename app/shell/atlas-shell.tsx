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
  // Every filter set in the sidebar: facets, the two year ranges and "New since".
  const activeFacets = useAtlasState(
    (state) =>
      Object.values(state.filters.facets).filter((values) => values && values.length > 0).length +
      (state.filters.years ? 1 : 0) +
      (state.filters.posted ? 1 : 0) +
      (state.filters.since ? 1 : 0),
  );
  useSlashToSearch('atlas-search');
  return (
    <div className="atlas">
      <SkipLink />
      <header className="atlas-header">
        <div className="atlas-brand">
          <img src="./favicon.svg" alt="" />
          <div>
            <h1>Reprogrammability Atlas</h1>
            <p>Model reprogramming, prompt tuning and prompt instruction on one taxonomy</p>
          </div>
        </div>
        <div className="atlas-header-tools">
          <button
            type="button"
            className="button atlas-filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="atlas-filters"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            Filters{activeFacets > 0 ? ` (${activeFacets})` : ''}
          </button>
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
        <FacetPanel />
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
