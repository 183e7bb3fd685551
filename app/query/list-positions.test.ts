import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { listPositions } from './list-positions';

const catalogue = makeTestCatalogue([
  makeMethod({ id: 'a' }),
  makeMethod({ id: 'b' }),
  makeMethod({ id: 'c' }),
]);

describe('listPositions()', () => {
  it('gives each id its position, in the order the ids come', () => {
    expect(listPositions(catalogue, ['c', 'a'])).toEqual([2, 0]);
  });

  it('leaves out ids the catalogue does not hold', () => {
    expect(listPositions(catalogue, ['gone', 'b'])).toEqual([1]);
    expect(listPositions(catalogue, [])).toEqual([]);
  });
});
