import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { getFirstPosted } from './first-posted';

describe('getFirstPosted()', () => {
  it('dates each method by its arXiv month, else its venue year, and spans those years', () => {
    const catalogue = makeTestCatalogue([
      makeMethod({ id: 'journal-late', year: 2022, arxiv: '2110.04544' }),
      makeMethod({ id: 'no-arxiv', year: 2024 }),
      makeMethod({ id: 'venue-first', year: 2019, arxiv: '2001.00001' }),
    ]);
    const posted = getFirstPosted(catalogue);
    expect(posted.byPosition).toEqual([
      { year: 2021, month: 10 },
      { year: 2024, month: null },
      { year: 2019, month: null },
    ]);
    expect(posted.yearExtent).toEqual([2019, 2024]);
    expect(getFirstPosted(catalogue)).toBe(posted);
  });

  it('spans [0, 0] for an empty catalogue', () => {
    expect(getFirstPosted(makeTestCatalogue([])).yearExtent).toEqual([0, 0]);
  });
});
