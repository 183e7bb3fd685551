import { describe, expect, it } from 'vitest';
import { loadTestTaxonomy, makeMethod } from '../testing/make-method';
import { buildCatalogue } from './build-catalogue';

const taxonomy = loadTestTaxonomy();

describe('buildCatalogue()', () => {
  it('indexes positions by id and citations both ways, skipping cites to unknown ids', () => {
    const catalogue = buildCatalogue(taxonomy, [
      makeMethod({
        id: 'later',
        year: 2020,
        cites: [
          { id: 'first', basis: 'confirmed' },
          { id: 'ghost', basis: 'recalled' },
        ],
      }),
      makeMethod({ id: 'first', year: 2018 }),
      makeMethod({
        id: 'last',
        year: 2023,
        cites: [
          { id: 'later', basis: 'recalled' },
          { id: 'first', basis: 'recalled' },
        ],
      }),
    ]);
    expect([...catalogue.indexOf]).toEqual([
      ['later', 0],
      ['first', 1],
      ['last', 2],
    ]);
    expect(catalogue.citesOf).toEqual([[1], [], [0, 1]]);
    expect(catalogue.citedByOf).toEqual([[2], [0, 2], []]);
  });

  it('spans the years from the oldest to the newest method, whatever their order', () => {
    const years = [2021, 2017, 2024, 2019];
    const catalogue = buildCatalogue(
      taxonomy,
      years.map((year, index) => makeMethod({ id: `m${index}`, year })),
    );
    expect(catalogue.yearExtent).toEqual([2017, 2024]);
    expect(buildCatalogue(taxonomy, [makeMethod({ id: 'one', year: 2022 })]).yearExtent).toEqual([
      2022, 2022,
    ]);
  });

  it('gives an empty catalogue the year extent [0, 0]', () => {
    const catalogue = buildCatalogue(taxonomy, []);
    expect(catalogue.yearExtent).toEqual([0, 0]);
    expect(catalogue.indexOf.size).toBe(0);
    expect(catalogue.taxonomy).toBe(taxonomy);
  });
});
