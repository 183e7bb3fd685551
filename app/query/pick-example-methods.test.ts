import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { pickExampleMethods, rankByCitations } from './pick-example-methods';

const catalogue = makeFixtureCatalogue();
const idsOf = (positions: number[]) => positions.map((p) => catalogue.methods[p]!.id);

describe('pickExampleMethods()', () => {
  it('picks the most cited holders of a value, ties by name', () => {
    // input: alpha (cited twice), gamma (once), epsilon and zeta (never; E before Z).
    expect(idsOf(pickExampleMethods(catalogue, 'location', 'input'))).toEqual([
      'alpha',
      'gamma',
      'epsilon',
    ]);
  });

  it('returns fewer when fewer methods hold the value', () => {
    expect(idsOf(pickExampleMethods(catalogue, 'location', 'hidden', 3))).toEqual([
      'beta',
      'delta',
    ]);
  });

  it('returns nothing for a value no method holds', () => {
    expect(pickExampleMethods(catalogue, 'modality', 'graph')).toEqual([]);
  });
});

describe('rankByCitations()', () => {
  it('orders by incoming citations and leaves its input alone', () => {
    const positions = [5, 4, 3, 2, 1, 0];
    expect(idsOf(rankByCitations(catalogue, positions))).toEqual([
      'alpha',
      'beta',
      'delta',
      'gamma',
      'epsilon',
      'zeta',
    ]);
    expect(positions).toEqual([5, 4, 3, 2, 1, 0]);
  });
});

describe('rankByCitations() ties', () => {
  it('orders methods of the same name and citations by catalogue order', () => {
    const twins = makeTestCatalogue([
      makeMethod({ id: 'b', name: 'Twin' }),
      makeMethod({ id: 'a', name: 'Alone' }),
      makeMethod({ id: 'c', name: 'Twin' }),
    ]);
    expect(rankByCitations(twins, [2, 0, 1])).toEqual([1, 0, 2]);
  });

  it('reads a missing citation list as no citations', () => {
    // Without citation lists every method ties, and the names decide.
    expect(idsOf(rankByCitations({ ...catalogue, citedByOf: [] }, [5, 0, 1]))).toEqual([
      'alpha',
      'beta',
      'zeta',
    ]);
  });
});
