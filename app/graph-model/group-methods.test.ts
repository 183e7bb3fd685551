import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { groupMethods } from './group-methods';

const catalogue = makeFixtureCatalogue();
const idsOf = (positions: number[]) => positions.map((p) => catalogue.methods[p]!.id);
const all = catalogue.methods.map((_, position) => position);

describe('groupMethods()', () => {
  it('puts a two-location method in the group of its combination, once', () => {
    const groups = groupMethods(catalogue, all, 'location');
    expect(groups.map((g) => g.label)).toEqual([
      'Input',
      'Input + Embedding',
      'Embedding + Hidden',
      'Hidden',
    ]);
    expect(groups.map((g) => idsOf(g.positions))).toEqual([
      ['alpha', 'gamma', 'zeta'],
      ['epsilon'],
      ['beta'],
      ['delta'],
    ]);
    expect(groups.reduce((sum, g) => sum + g.positions.length, 0)).toBe(all.length);
  });

  it('keeps the order it was given within a group', () => {
    const reversed = [...all].reverse();
    const input = groupMethods(catalogue, reversed, 'location')[0]!;
    expect(idsOf(input.positions)).toEqual(['zeta', 'gamma', 'alpha']);
  });

  it('orders paradigm groups as the taxonomy does and years ascending', () => {
    expect(groupMethods(catalogue, all, 'paradigm').map((g) => g.key)).toEqual(['MR', 'PT', 'PI']);
    expect(groupMethods(catalogue, all, 'year').map((g) => g.key)).toEqual([
      '2019',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
  });

  it('lists only groups that hold a given method', () => {
    const groups = groupMethods(catalogue, [1, 3], 'paradigm');
    expect(groups).toEqual([{ key: 'PT', label: 'Prompt tuning', positions: [1, 3] }]);
  });

  it('gives no groups for no methods', () => {
    expect(groupMethods(catalogue, [], 'format')).toEqual([]);
  });

  it('names the combination in taxonomy order whatever order the method lists it in', () => {
    const odd = makeTestCatalogue([
      makeMethod({ id: 'a', operator: ['parametric', 'additive'] }),
      makeMethod({ id: 'b', operator: ['additive', 'parametric'] }),
    ]);
    const groups = groupMethods(odd, [0, 1], 'operator');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.label).toBe('Additive + Parametric');
  });
});
