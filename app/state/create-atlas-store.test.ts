import { describe, expect, it } from 'vitest';
import { toVisibleIds } from '../query/run-query';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeSurveyFixture } from '../testing/survey-fixture-catalogue';
import { INITIAL_STATE } from './atlas-state';
import { createAtlasStore } from './create-atlas-store';

const catalogue = makeFixtureCatalogue();

describe('createAtlasStore()', () => {
  it('runs the query again when a facet is toggled, and the result follows the filter', () => {
    const store = createAtlasStore(catalogue, INITIAL_STATE);
    const before = store.getSnapshot().query;
    store.dispatch({ type: 'toggleFacet', facet: 'location', value: 'hidden' });
    const after = store.getSnapshot().query;
    expect(after).not.toBe(before);
    expect(toVisibleIds(after).sort()).toEqual(['beta', 'delta']);
    expect(store.getSnapshot().state.filters.facets.location).toEqual(['hidden']);
  });

  it('keeps the same query result when neither the filters nor the sort change', () => {
    const store = createAtlasStore(catalogue, INITIAL_STATE);
    const query = store.getSnapshot().query;
    store.dispatch({ type: 'toggleSelected', id: 'alpha' });
    store.dispatch({ type: 'focusMethod', id: 'beta' });
    store.dispatch({ type: 'setView', view: 'matrix' });
    expect(store.getSnapshot().query).toBe(query);
    expect(store.getSnapshot().state.selection).toEqual(['alpha']);
    store.dispatch({ type: 'setSort', sort: { column: 'year', direction: 'desc' } });
    expect(store.getSnapshot().query).not.toBe(query);
  });

  it('runs the query again on a selection change only while only the selection is shown', () => {
    const store = createAtlasStore(catalogue, INITIAL_STATE);
    store.dispatch({ type: 'toggleSelected', id: 'alpha' });
    store.dispatch({ type: 'setSelectedOnly', on: true });
    expect(toVisibleIds(store.getSnapshot().query)).toEqual(['alpha']);
    store.dispatch({ type: 'toggleSelected', id: 'beta' });
    expect(toVisibleIds(store.getSnapshot().query).sort()).toEqual(['alpha', 'beta']);
    store.dispatch({ type: 'setSelectedOnly', on: false });
    const query = store.getSnapshot().query;
    store.dispatch({ type: 'toggleSelected', id: 'gamma' });
    expect(store.getSnapshot().query).toBe(query);
    expect(toVisibleIds(query)).toHaveLength(catalogue.methods.length);
  });

  it('keeps untouched slices of the state identical, so their readers skip rendering', () => {
    const store = createAtlasStore(catalogue, INITIAL_STATE);
    const { state } = store.getSnapshot();
    store.dispatch({ type: 'toggleFacet', facet: 'operator', value: 'additive' });
    const next = store.getSnapshot().state;
    expect(next.selection).toBe(state.selection);
    expect(next.graph).toBe(state.graph);
    expect(next.filters.facets.location).toBe(state.filters.facets.location);
    expect(next.filters.search).toBe(state.filters.search);
  });

  it('tells each subscriber after every change, records the action, and stops once unsubscribed', () => {
    const store = createAtlasStore(catalogue, INITIAL_STATE);
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot().lastAction));
    store.dispatch({ type: 'setSearch', text: 'alp' });
    store.dispatch({ type: 'clearFilters' });
    unsubscribe();
    store.dispatch({ type: 'setSearch', text: 'beta' });
    expect(seen).toEqual(['setSearch', 'clearFilters']);
    expect(store.getSnapshot().lastAction).toBe('setSearch');
  });

  it('keeps notices apart from the state and dismisses one at a time', () => {
    const first = { text: 'one' };
    const second = { text: 'two' };
    const store = createAtlasStore(catalogue, INITIAL_STATE, [first, second]);
    const { state, query } = store.getSnapshot();
    store.dismissNotice(first);
    expect(store.getSnapshot().notices).toEqual([second]);
    expect(store.getSnapshot().state).toBe(state);
    expect(store.getSnapshot().query).toBe(query);
    store.setNotices([]);
    expect(store.getSnapshot().notices).toEqual([]);
  });

  it("shows the survey's labels on request, counts by them, and switches back to the same catalogue", () => {
    const loaded = makeSurveyFixture();
    const store = createAtlasStore(loaded, {
      ...INITIAL_STATE,
      filters: { ...INITIAL_STATE.filters, facets: { format: ['fixed'] } },
    });
    expect(store.getSnapshot().catalogue).toBe(loaded);
    expect(toVisibleIds(store.getSnapshot().query)).toEqual([]);
    store.dispatch({ type: 'setLabels', labels: 'authors' });
    const survey = store.getSnapshot().catalogue;
    expect(survey).not.toBe(loaded);
    expect(survey.methods[0]!.dimensions['format']).toEqual(['fixed']);
    expect(store.getSnapshot().query.catalogue).toBe(survey);
    expect(toVisibleIds(store.getSnapshot().query)).toEqual(['prompted']);
    store.dispatch({ type: 'setLabels', labels: 'atlas' });
    expect(store.getSnapshot().catalogue).toBe(loaded);
    expect(toVisibleIds(store.getSnapshot().query)).toEqual([]);
    store.dispatch({ type: 'setLabels', labels: 'authors' });
    expect(store.getSnapshot().catalogue).toBe(survey);
    expect(store.catalogue).toBe(loaded);
  });
});
