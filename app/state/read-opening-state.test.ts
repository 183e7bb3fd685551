import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { readOpeningState } from './read-opening-state';

const catalogue = makeFixtureCatalogue();

/** A browser whose localStorage holds this saved selection. */
function saveInBrowser(selection: string[]) {
  const stored = new Map([['reprogrammability-atlas.selection', JSON.stringify(selection)]]);
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
      removeItem: (key: string) => void stored.delete(key),
    },
  });
}

describe('readOpeningState()', () => {
  beforeEach(() => saveInBrowser(['alpha', 'beta']));
  afterEach(() => vi.unstubAllGlobals());

  it('opens the saved selection when the link brings none', () => {
    const { state } = readOpeningState('?view=matrix', catalogue);
    expect(state.selection).toEqual(['alpha', 'beta']);
    expect(state.sharedSelection).toBeNull();
  });

  it("shows a link's own selection and keeps the saved one aside, asking", () => {
    const { state } = readOpeningState('?sel=gamma,beta', catalogue);
    expect(state.selection).toEqual(['gamma', 'beta']);
    expect(state.sharedSelection).toEqual({ own: ['alpha', 'beta'], asking: true });
  });

  it('asks nothing when the link already holds every saved method', () => {
    const { state } = readOpeningState('?sel=beta,gamma,alpha', catalogue);
    expect(state.selection).toEqual(['beta', 'gamma', 'alpha']);
    expect(state.sharedSelection).toBeNull();
  });

  it('asks nothing when nothing is saved', () => {
    saveInBrowser([]);
    const { state } = readOpeningState('?sel=gamma', catalogue);
    expect(state.selection).toEqual(['gamma']);
    expect(state.sharedSelection).toBeNull();
  });

  it("keeps the saved selection when none of the link's methods is in this catalogue", () => {
    const { state, ignored } = readOpeningState('?sel=nope', catalogue);
    expect(state.selection).toEqual(['alpha', 'beta']);
    expect(state.sharedSelection).toBeNull();
    expect(ignored).toEqual(['sel: "nope" is not a method in this catalogue']);
  });

  it('leaves out saved methods this catalogue does not have', () => {
    saveInBrowser(['ghost', 'alpha']);
    const { state } = readOpeningState('?sel=gamma', catalogue);
    expect(state.sharedSelection).toEqual({ own: ['alpha'], asking: true });
  });
});
