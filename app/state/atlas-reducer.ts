import type { FilterState } from '../query/filter-state';
import type { AtlasAction } from './atlas-actions';
import {
  MAX_COMPARED,
  MAX_LINEAGE_DEPTH,
  type AtlasState,
  type SharedSelectionChoice,
} from './atlas-state';

function withFilters(state: AtlasState, filters: Partial<FilterState>): AtlasState {
  return { ...state, filters: { ...state.filters, ...filters } };
}

function toggleIn<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

function isSameCell(a: FilterState['cell'], b: FilterState['cell']): boolean {
  return (
    a !== null &&
    b !== null &&
    a.rowAxis === b.rowAxis &&
    a.rowValue === b.rowValue &&
    a.colAxis === b.colAxis &&
    a.colValue === b.colValue
  );
}

/**
 * The reader's answer to a link that brought its own selection. Viewing keeps the two
 * apart (the saved one untouched); adding puts the shown methods after the reader's own;
 * replacing keeps the shown ones; going back shows the reader's own again. Only "view"
 * leaves the question open, so the other three can still be chosen later.
 */
function settleSharedSelection(state: AtlasState, choice: SharedSelectionChoice): AtlasState {
  const shared = state.sharedSelection;
  if (!shared) return state;
  switch (choice) {
    case 'view':
      return shared.asking ? { ...state, sharedSelection: { ...shared, asking: false } } : state;
    case 'add': {
      const own = new Set(shared.own);
      return {
        ...state,
        selection: [...shared.own, ...state.selection.filter((id) => !own.has(id))],
        sharedSelection: null,
      };
    }
    case 'replace':
      return { ...state, sharedSelection: null };
    case 'own':
      return { ...state, selection: shared.own, sharedSelection: null };
  }
}

/**
 * The one place state changes. Filtering never touches the selection or the
 * focus: what a reader picked stays picked until they remove it.
 */
export function atlasReducer(state: AtlasState, action: AtlasAction): AtlasState {
  switch (action.type) {
    case 'toggleFacet': {
      const current = state.filters.facets[action.facet] ?? [];
      return withFilters(state, {
        facets: { ...state.filters.facets, [action.facet]: toggleIn(current, action.value) },
      });
    }
    case 'clearFacet': {
      const facets = { ...state.filters.facets };
      delete facets[action.facet];
      return withFilters(state, { facets });
    }
    case 'clearFilters':
      return withFilters(state, {
        facets: {},
        years: null,
        posted: null,
        search: action.keepSearch ? state.filters.search : '',
        cell: null,
        finder: null,
        since: null,
        selectedOnly: false,
      });
    case 'setFinder':
      return withFilters(state, { finder: action.finder });
    case 'setSearch':
      return withFilters(state, { search: action.text });
    case 'setYears':
      return withFilters(state, { years: action.years });
    case 'setPosted':
      return withFilters(state, { posted: action.posted });
    case 'setSince':
      return withFilters(state, { since: action.since });
    case 'toggleCell':
      return withFilters(state, {
        cell: isSameCell(state.filters.cell, action.cell) ? null : action.cell,
      });
    case 'setSort':
      return { ...state, sort: action.sort };
    case 'toggleSelected':
      return { ...state, selection: toggleIn(state.selection, action.id) };
    case 'selectMany': {
      const held = new Set(state.selection);
      return {
        ...state,
        selection: [...state.selection, ...action.ids.filter((id) => !held.has(id))],
      };
    }
    case 'deselectMany': {
      const dropped = new Set(action.ids);
      return { ...state, selection: state.selection.filter((id) => !dropped.has(id)) };
    }
    case 'clearSelection':
      return { ...state, selection: [] };
    case 'setSelectedOnly':
      return withFilters(state, { selectedOnly: action.on });
    case 'settleSharedSelection':
      return settleSharedSelection(state, action.choice);
    case 'focusMethod':
      // Closing a detail keeps its method's lineage listed in the graph until the reader clears it.
      return action.id === null && state.focus !== null
        ? { ...state, focus: null, graph: { ...state.graph, lineage: state.focus } }
        : { ...state, focus: action.id };
    case 'setView':
      return { ...state, view: action.view };
    case 'setMatrixAxes':
      return { ...state, matrix: { rows: action.rows, cols: action.cols } };
    case 'setProfileOrder':
      return { ...state, profile: { orderBy: action.orderBy } };
    case 'setGraphOptions': {
      const graph = { ...state.graph, ...action.options };
      graph.depth = Math.min(MAX_LINEAGE_DEPTH, Math.max(1, Math.round(graph.depth)));
      return { ...state, graph };
    }
    case 'setTimelineOptions':
      return { ...state, timeline: { ...state.timeline, ...action.options } };
    case 'setHiddenColumns':
      return { ...state, hiddenColumns: action.columns };
    case 'setShownColumns':
      return { ...state, shownColumns: action.columns };
    case 'toggleCompared':
      // A fifth method is refused rather than pushing out one the reader picked.
      if (!state.compare.includes(action.id) && state.compare.length >= MAX_COMPARED) return state;
      return { ...state, compare: toggleIn(state.compare, action.id) };
    case 'compareMethods':
      return {
        ...state,
        compare: [...new Set(action.ids)].slice(0, MAX_COMPARED),
        view: 'compare',
      };
    case 'setLabels':
      return { ...state, labels: action.labels };
    case 'restoreState':
      return action.state;
  }
}
