import { describe, expect, it } from 'vitest';
import { atlasReducer } from './atlas-reducer';
import { INITIAL_STATE, type AtlasState, type SharedSelectionChoice } from './atlas-state';

const withCompared = (compare: string[]): AtlasState => ({ ...INITIAL_STATE, compare });

describe('atlasReducer() and the comparison', () => {
  it('toggleCompared adds a method at the end and takes it out again', () => {
    const added = atlasReducer(withCompared(['a']), { type: 'toggleCompared', id: 'b' });
    expect(added.compare).toEqual(['a', 'b']);
    expect(atlasReducer(added, { type: 'toggleCompared', id: 'a' }).compare).toEqual(['b']);
  });

  it('toggleCompared refuses a fifth method instead of dropping one the reader picked', () => {
    const full = withCompared(['a', 'b', 'c', 'd']);
    expect(atlasReducer(full, { type: 'toggleCompared', id: 'e' })).toBe(full);
    expect(atlasReducer(full, { type: 'toggleCompared', id: 'c' }).compare).toEqual([
      'a',
      'b',
      'd',
    ]);
  });

  it('compareMethods replaces the comparison with the first four ids and opens the compare view', () => {
    const next = atlasReducer(withCompared(['z']), {
      type: 'compareMethods',
      ids: ['a', 'b', 'a', 'c', 'd', 'e'],
    });
    expect(next.compare).toEqual(['a', 'b', 'c', 'd']);
    expect(next.view).toBe('compare');
  });
});

describe('atlasReducer() and the lineage the graph keeps', () => {
  it('closing a detail keeps its method as the lineage; opening another leaves it alone', () => {
    const opened = atlasReducer(INITIAL_STATE, { type: 'focusMethod', id: 'vpt' });
    expect(opened.graph.lineage).toBeNull();
    const closed = atlasReducer(opened, { type: 'focusMethod', id: null });
    expect(closed.focus).toBeNull();
    expect(closed.graph.lineage).toBe('vpt');
    const other = atlasReducer(closed, { type: 'focusMethod', id: 'coop' });
    expect(other.graph.lineage).toBe('vpt');
    expect(atlasReducer(other, { type: 'focusMethod', id: null }).graph.lineage).toBe('coop');
  });

  it('closing when nothing is open changes nothing, and the lineage clears on request', () => {
    const kept = { ...INITIAL_STATE, graph: { ...INITIAL_STATE.graph, lineage: 'vpt' } };
    expect(atlasReducer(kept, { type: 'focusMethod', id: null }).graph.lineage).toBe('vpt');
    const cleared = atlasReducer(kept, { type: 'setGraphOptions', options: { lineage: null } });
    expect(cleared.graph.lineage).toBeNull();
  });
});

describe('atlasReducer() and the year ranges', () => {
  it('sets the first-posted range apart from the publication years, and clears both with the rest', () => {
    let state = atlasReducer(INITIAL_STATE, { type: 'setPosted', posted: [2021, 2023] });
    state = atlasReducer(state, { type: 'setYears', years: [2022, 2022] });
    expect(state.filters.posted).toEqual([2021, 2023]);
    expect(state.filters.years).toEqual([2022, 2022]);
    expect(atlasReducer(state, { type: 'setPosted', posted: null }).filters.years).toEqual([
      2022, 2022,
    ]);
    const cleared = atlasReducer(state, { type: 'clearFilters' });
    expect(cleared.filters).toEqual(INITIAL_STATE.filters);
  });

  it('changes one timeline option and keeps the other', () => {
    const cumulative = atlasReducer(INITIAL_STATE, {
      type: 'setTimelineOptions',
      options: { cumulative: true },
    });
    const stacked = atlasReducer(cumulative, {
      type: 'setTimelineOptions',
      options: { stackBy: 'modality' },
    });
    expect(stacked.timeline).toEqual({ stackBy: 'modality', cumulative: true });
  });
});

describe("atlasReducer() and a link's own selection", () => {
  const shown: AtlasState = {
    ...INITIAL_STATE,
    selection: ['b', 'c'],
    sharedSelection: { own: ['a', 'b'], asking: true },
  };
  const settle = (choice: SharedSelectionChoice) =>
    atlasReducer(shown, { type: 'settleSharedSelection', choice });

  it('"view" shows the link\'s selection and keeps the reader\'s own aside, question answered', () => {
    const next = settle('view');
    expect(next.selection).toEqual(['b', 'c']);
    expect(next.sharedSelection).toEqual({ own: ['a', 'b'], asking: false });
    expect(atlasReducer(next, { type: 'settleSharedSelection', choice: 'view' })).toBe(next);
  });

  it('"add" puts the link\'s new methods after the reader\'s own, each once', () => {
    const next = settle('add');
    expect(next.selection).toEqual(['a', 'b', 'c']);
    expect(next.sharedSelection).toBeNull();
  });

  it('"replace" keeps the link\'s selection as the reader\'s', () => {
    const next = settle('replace');
    expect(next.selection).toEqual(['b', 'c']);
    expect(next.sharedSelection).toBeNull();
  });

  it('"own" goes back to the reader\'s own selection', () => {
    const next = settle('own');
    expect(next.selection).toEqual(['a', 'b']);
    expect(next.sharedSelection).toBeNull();
  });

  it('does nothing when no link brought a selection', () => {
    expect(atlasReducer(INITIAL_STATE, { type: 'settleSharedSelection', choice: 'add' })).toBe(
      INITIAL_STATE,
    );
  });
});

describe('atlasReducer() and "show only selected"', () => {
  it('turns the filter on and off, and clearing the filters turns it off', () => {
    const on = atlasReducer(INITIAL_STATE, { type: 'setSelectedOnly', on: true });
    expect(on.filters.selectedOnly).toBe(true);
    expect(atlasReducer(on, { type: 'setSelectedOnly', on: false }).filters.selectedOnly).toBe(
      false,
    );
    expect(atlasReducer(on, { type: 'clearFilters' }).filters.selectedOnly).toBe(false);
  });
});
