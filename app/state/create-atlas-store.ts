import type { Catalogue } from '../catalogue/catalogue-types';
import { toLabelledCatalogue } from '../catalogue/survey-labels';
import { runQuery, type QueryResult } from '../query/run-query';
import type { AtlasAction } from './atlas-actions';
import { atlasReducer } from './atlas-reducer';
import type { AtlasState } from './atlas-state';

/** A short message about input Atlas could not use or changed, with an optional way to undo it. */
export interface Notice {
  text: string;
  action?: { label: string; intent: AtlasAction } | undefined;
}

/** Everything a component can subscribe to; replaced as a whole, never mutated. */
export interface AtlasSnapshot {
  state: AtlasState;
  /**
   * The catalogue every view shows: the loaded one with Atlas's labels, or the
   * same methods labelled as the survey labels them (state.labels).
   */
  catalogue: Catalogue;
  /** The one query over the current filters and sort; the same object while they stay the same. */
  query: QueryResult;
  /** Messages about input Atlas could not use (URL values, catalogue entries). */
  notices: readonly Notice[];
  /** The action that made this snapshot ('restoreState' for the first one). */
  lastAction: AtlasAction['type'];
}

/**
 * The one store: state, the query derived from it and the notices, outside
 * React so each component can subscribe to the slice it reads
 * (useSyncExternalStore) and re-render only when that slice changes.
 */
export interface AtlasStore {
  /** The catalogue as loaded, with Atlas's labels; views read `snapshot.catalogue`. */
  readonly catalogue: Catalogue;
  getSnapshot(): AtlasSnapshot;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  dispatch(action: AtlasAction): void;
  setNotices(notices: readonly Notice[]): void;
  dismissNotice(notice: Notice): void;
}

/**
 * Makes the store for one catalogue. The query runs again only when the
 * filters, the sort or the labels shown change (or the selection, while only
 * the selection is shown), so selecting, focusing or switching views reuses
 * the result (and every component reading it skips rendering).
 */
export function createAtlasStore(
  catalogue: Catalogue,
  initialState: AtlasState,
  initialNotices: readonly Notice[] = [],
): AtlasStore {
  const listeners = new Set<() => void>();
  const initialShown = toLabelledCatalogue(catalogue, initialState.labels);
  let snapshot: AtlasSnapshot = {
    state: initialState,
    catalogue: initialShown,
    query: runQuery(initialShown, initialState.filters, initialState.sort, initialState.selection),
    notices: initialNotices,
    lastAction: 'restoreState',
  };

  const publish = (next: AtlasSnapshot) => {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };

  return {
    catalogue,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(action) {
      const state = atlasReducer(snapshot.state, action);
      const previous = snapshot.state;
      if (state === previous) return;
      const shown = toLabelledCatalogue(catalogue, state.labels);
      // "Only selected" makes the selection a filter: then a new selection is a new query.
      const same =
        state.filters === previous.filters &&
        state.sort === previous.sort &&
        shown === snapshot.catalogue &&
        (!state.filters.selectedOnly || state.selection === previous.selection);
      const query = same
        ? snapshot.query
        : runQuery(shown, state.filters, state.sort, state.selection);
      publish({ ...snapshot, state, catalogue: shown, query, lastAction: action.type });
    },
    setNotices(notices) {
      publish({ ...snapshot, notices });
    },
    dismissNotice(notice) {
      publish({ ...snapshot, notices: snapshot.notices.filter((other) => other !== notice) });
    },
  };
}

/** The notice for what a URL held that Atlas ignored, if anything. */
export function toUrlNotices(ignored: readonly string[]): Notice[] {
  return ignored.length > 0
    ? [{ text: `This link held things Atlas could not use and ignored: ${ignored.join('; ')}.` }]
    : [];
}
