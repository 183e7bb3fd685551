import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { compareMethods } from './compare-methods';
import { findCitationPath, listSharedCitations } from './citation-path';

const catalogue = makeTestCatalogue([
  makeMethod({ id: 'root', year: 2018 }),
  makeMethod({ id: 'old', year: 2019, cites: [{ id: 'root', basis: 'confirmed' }] }),
  makeMethod({
    id: 'a',
    year: 2021,
    location: ['embedding', 'hidden'],
    operator: ['concatenative'],
    cites: [
      { id: 'old', basis: 'confirmed' },
      { id: 'root', basis: 'recalled' },
    ],
  }),
  makeMethod({
    id: 'b',
    year: 2022,
    format: ['learnable'],
    location: ['hidden', 'embedding'],
    operator: ['additive'],
    code: 'https://example.org/code',
    cites: [
      { id: 'old', basis: 'confirmed' },
      { id: 'root', basis: 'confirmed' },
    ],
  }),
  makeMethod({
    id: 'c',
    year: 2023,
    cites: [
      { id: 'a', basis: 'confirmed' },
      { id: 'b', basis: 'confirmed' },
    ],
  }),
  makeMethod({ id: 'd', year: 2024, cites: [{ id: 'c', basis: 'confirmed' }] }),
  makeMethod({ id: 'lonely', year: 2020 }),
]);
const at = (id: string) => catalogue.indexOf.get(id)!;
const idsOf = (positions: readonly number[] | null) =>
  positions?.map((position) => catalogue.methods[position]!.id) ?? null;

describe('compareMethods()', () => {
  it('marks a row as differing by the set of values, not their order', () => {
    const rows = compareMethods(catalogue, [at('a'), at('b')]);
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row('location').differs).toBe(false);
    expect(row('location').values).toEqual([
      ['Embedding', 'Hidden'],
      ['Hidden', 'Embedding'],
    ]);
    expect(row('operator').differs).toBe(true);
    expect(row('operator').values).toEqual([['Concatenative'], ['Additive']]);
    expect(row('code').differs).toBe(true);
    expect(row('paradigm').differs).toBe(false);
    expect(row('access').values).toEqual([['Internals'], ['Internals']]);
  });

  it('compares every field for four methods at once', () => {
    const rows = compareMethods(catalogue, [at('a'), at('b'), at('c'), at('d')]);
    expect(rows.every((row) => row.values.length === 4)).toBe(true);
    expect(rows.find((row) => row.key === 'year')?.differs).toBe(true);
  });
});

describe('listSharedCitations()', () => {
  it('lists what both cite and what cites both, oldest first', () => {
    const shared = listSharedCitations(catalogue, [at('a'), at('b')]);
    expect(idsOf(shared.references)).toEqual(['root', 'old']);
    expect(idsOf(shared.citers)).toEqual(['c']);
  });

  it('needs every compared method to share a citation', () => {
    const shared = listSharedCitations(catalogue, [at('old'), at('a'), at('b')]);
    expect(idsOf(shared.references)).toEqual(['root']);
    expect(idsOf(shared.citers)).toEqual([]);
    expect(listSharedCitations(catalogue, [at('a')])).toEqual({ references: [], citers: [] });
  });
});

describe('findCitationPath()', () => {
  it('follows cites from the newer method to the older, whichever is given first', () => {
    expect(idsOf(findCitationPath(catalogue, at('d'), at('old')))).toEqual(['d', 'c', 'a', 'old']);
    expect(idsOf(findCitationPath(catalogue, at('root'), at('d')))).toEqual([
      'd',
      'c',
      'a',
      'root',
    ]);
  });

  it('is null when no chain of citations joins them', () => {
    expect(findCitationPath(catalogue, at('a'), at('b'))).toBeNull();
    expect(findCitationPath(catalogue, at('lonely'), at('root'))).toBeNull();
  });
});
