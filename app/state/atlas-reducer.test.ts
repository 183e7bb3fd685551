import { describe, expect, it } from 'vitest';
import { atlasReducer } from './atlas-reducer';
import { INITIAL_STATE, type AtlasState } from './atlas-state';

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
