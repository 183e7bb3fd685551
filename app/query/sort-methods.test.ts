import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeFullBitset, toPositions } from './bitset';
import { EMPTY_FILTERS } from './filter-state';
import { runQuery } from './run-query';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { loadExampleCatalogue } from '../testing/example-catalogue';
import {
  getSortColumns,
  getSortOrder,
  isSortColumn,
  sortPositions,
  type SortState,
} from './sort-methods';

const catalogue = makeFixtureCatalogue();
const SORT_COLUMNS = getSortColumns(catalogue);
const everySort: SortState[] = SORT_COLUMNS.flatMap((column) => [
  { column, direction: 'asc' as const },
  { column, direction: 'desc' as const },
]);

describe('getSortOrder()', () => {
  it('lists every method once, in the order sortPositions() gives', () => {
    const all = toPositions(makeFullBitset(catalogue.methods.length));
    for (const sort of everySort) {
      expect([...getSortOrder(catalogue, sort)], `${sort.column} ${sort.direction}`).toEqual(
        sortPositions(catalogue, [...all], sort),
      );
    }
  });

  it('gives runQuery() the same order as sorting the visible methods', () => {
    const filters = { ...EMPTY_FILTERS, facets: { location: ['embedding', 'hidden'] } };
    for (const sort of everySort) {
      const result = runQuery(catalogue, filters, sort);
      expect(result.positions).toEqual(sortPositions(catalogue, toPositions(result.visible), sort));
    }
  });
});

const idsOf = (positions: Iterable<number>) => [...positions].map((p) => catalogue.methods[p]!.id);
/** The order on a fresh fixture: ranks are memoised per catalogue, so each check computes its own. */
const orderBy = (column: SortState['column'], direction: SortState['direction'] = 'asc') =>
  idsOf(getSortOrder(makeFixtureCatalogue(), { column, direction }));

describe('sortPositions() on the fixture', () => {
  it('orders by year, ties by name in both directions', () => {
    expect(orderBy('year')).toEqual(['alpha', 'beta', 'delta', 'gamma', 'epsilon', 'zeta']);
    expect(orderBy('year', 'desc')).toEqual(['zeta', 'epsilon', 'gamma', 'beta', 'delta', 'alpha']);
  });

  it('orders by citations within the catalogue', () => {
    // alpha and beta are cited twice, delta and gamma once, epsilon and zeta never.
    expect(orderBy('citedBy', 'desc')).toEqual([
      'alpha',
      'beta',
      'delta',
      'gamma',
      'epsilon',
      'zeta',
    ]);
    expect(orderBy('citedBy')).toEqual(['epsilon', 'zeta', 'delta', 'gamma', 'alpha', 'beta']);
  });

  it('orders a paradigm by the taxonomy (MR, PT, PI), not the alphabet', () => {
    expect(orderBy('paradigm')).toEqual(['alpha', 'epsilon', 'beta', 'delta', 'gamma', 'zeta']);
    expect(orderBy('paradigm', 'desc')).toEqual([
      'gamma',
      'zeta',
      'beta',
      'delta',
      'alpha',
      'epsilon',
    ]);
  });

  it('orders a multi-valued dimension by its values in taxonomy order, a single value first', () => {
    // location (input, embedding, hidden): alpha, gamma, zeta [input]; epsilon [input, embedding];
    // beta [embedding, hidden]; delta [hidden].
    expect(orderBy('location')).toEqual(['alpha', 'gamma', 'zeta', 'epsilon', 'beta', 'delta']);
    expect(orderBy('location', 'desc')).toEqual([
      'delta',
      'beta',
      'epsilon',
      'alpha',
      'gamma',
      'zeta',
    ]);
    // operator (additive, concatenative, parametric): delta holds two.
    expect(orderBy('operator')).toEqual(['alpha', 'zeta', 'beta', 'gamma', 'delta', 'epsilon']);
    // alignment (identity, rule-based, statistical, linear).
    expect(orderBy('alignment')).toEqual(['delta', 'gamma', 'zeta', 'alpha', 'beta', 'epsilon']);
    expect(orderBy('format')).toEqual(['gamma', 'zeta', 'alpha', 'beta', 'delta', 'epsilon']);
  });

  it('orders venues by name', () => {
    // ACL, arXiv, CVPR, ICLR (alpha, epsilon), NeurIPS: case is ignored.
    expect(orderBy('venue')).toEqual(['delta', 'zeta', 'beta', 'alpha', 'epsilon', 'gamma']);
  });

  it('sorts only the positions it is given, in place', () => {
    const positions = [5, 0, 3];
    const sorted = sortPositions(makeFixtureCatalogue(), positions, {
      column: 'name',
      direction: 'desc',
    });
    expect(sorted).toBe(positions);
    expect(idsOf(sorted)).toEqual(['zeta', 'delta', 'alpha']);
  });
});

describe('sortPositions() on text', () => {
  const texts = makeTestCatalogue([
    makeMethod({ id: 'ten', name: 'VPT 10', title: 'Visual Prompt Tuning', authors: ['Zhou, K'] }),
    makeMethod({ id: 'nine', name: 'vpt 9', title: 'visual prompt tuning', authors: ['Ávila, A'] }),
    makeMethod({ id: 'adapter', name: 'Adapter', title: 'Adapters', authors: ['Baker, B'] }),
  ]);
  const textOrder = (column: SortState['column'], direction: SortState['direction'] = 'asc') =>
    [...getSortOrder(texts, { column, direction })].map((p) => texts.methods[p]!.id);

  it('sorts by needs: least access first, then least labelled data, and by code: listed code first', () => {
    const needs = makeTestCatalogue([
      makeMethod({
        id: 'inside',
        location: ['hidden'],
        format: ['fixed'],
        code: 'https://example.org/inside',
      }),
      makeMethod({ id: 'learned', location: ['input'], format: ['learnable'] }),
      makeMethod({ id: 'linear', location: ['input'], format: ['fixed'], alignment: ['linear'] }),
      makeMethod({ id: 'plain', location: ['input'], format: ['fixed'], alignment: ['identity'] }),
      makeMethod({
        id: 'mapped',
        location: ['input'],
        format: ['fixed'],
        alignment: ['rule-based'],
      }),
    ]);
    const order = (sort: SortState) =>
      [...getSortOrder(needs, sort)].map((p) => needs.methods[p]!.id);
    // plain and mapped both need text and no labels: the tie falls back to the name.
    expect(order({ column: 'needs', direction: 'asc' })).toEqual([
      'mapped',
      'plain',
      'linear',
      'learned',
      'inside',
    ]);
    expect(order({ column: 'code', direction: 'desc' })[0]).toBe('inside');
  });

  it('compares names ignoring case and accents, numbers by value', () => {
    expect(textOrder('name')).toEqual(['adapter', 'nine', 'ten']);
    expect(textOrder('name', 'desc')).toEqual(['ten', 'nine', 'adapter']);
  });

  it('orders by first author, accents ignored', () => {
    expect(textOrder('authors')).toEqual(['nine', 'adapter', 'ten']);
  });

  it('breaks a tie of titles by name whichever the direction', () => {
    expect(textOrder('title')).toEqual(['adapter', 'nine', 'ten']);
    expect(textOrder('title', 'desc')).toEqual(['nine', 'ten', 'adapter']);
  });
});

describe('sortPositions() on vocabularies and ties', () => {
  it('orders by the values a method holds in taxonomy order, however the method lists them', () => {
    // Location values in taxonomy order: input (0), embedding (1), hidden (2).
    const listed = makeTestCatalogue([
      makeMethod({ id: 'embedding', location: ['embedding'] }),
      makeMethod({ id: 'hidden-input', location: ['hidden', 'input'] }),
      makeMethod({ id: 'hidden', location: ['hidden'] }),
      makeMethod({ id: 'input-hidden', location: ['input', 'hidden'] }),
    ]);
    const order = [...getSortOrder(listed, { column: 'location', direction: 'asc' })].map(
      (p) => listed.methods[p]!.id,
    );
    // hidden-input and input-hidden both hold (input, hidden): a tie, broken by name.
    expect(order).toEqual(['hidden-input', 'input-hidden', 'embedding', 'hidden']);
  });

  it("puts a method whose values start another's after it, and compares past a shared first value", () => {
    const nested = makeTestCatalogue([
      makeMethod({ id: 'a-three', operator: ['additive', 'concatenative', 'parametric'] }),
      makeMethod({ id: 'b-two', operator: ['additive', 'parametric'] }),
      makeMethod({ id: 'c-one', operator: ['additive'] }),
      makeMethod({ id: 'd-first', operator: ['additive', 'concatenative'] }),
    ]);
    const order = (direction: SortState['direction']) =>
      [...getSortOrder(nested, { column: 'operator', direction })].map(
        (p) => nested.methods[p]!.id,
      );
    // (0) < (0, 1) < (0, 1, 2) < (0, 2)
    expect(order('asc')).toEqual(['c-one', 'd-first', 'a-three', 'b-two']);
    expect(order('desc')).toEqual(['b-two', 'a-three', 'd-first', 'c-one']);
  });

  it('breaks a tie of rank and name by catalogue order, whichever the direction', () => {
    const twins = makeTestCatalogue([
      makeMethod({ id: 'twin-a', name: 'Twin', year: 2020 }),
      makeMethod({ id: 'other', name: 'Other', year: 2020 }),
      makeMethod({ id: 'twin-b', name: 'Twin', year: 2020 }),
    ]);
    for (const direction of ['asc', 'desc'] as const) {
      expect(
        sortPositions(twins, [2, 1, 0], { column: 'year', direction }).map(
          (p) => twins.methods[p]!.id,
        ),
      ).toEqual(['other', 'twin-a', 'twin-b']);
    }
  });

  it('computes each order once per catalogue, column and direction', () => {
    const once = makeFixtureCatalogue();
    const sort: SortState = { column: 'venue', direction: 'desc' };
    expect(getSortOrder(once, sort)).toBe(getSortOrder(once, sort));
    expect(getSortOrder(once, sort)).not.toBe(getSortOrder(once, { ...sort, direction: 'asc' }));
  });
});

describe('isSortColumn()', () => {
  it('accepts the column keys and nothing else', () => {
    for (const column of SORT_COLUMNS) expect(isSortColumn(catalogue, column)).toBe(true);
    for (const other of ['Name', 'modality', 'scope', ''])
      expect(isSortColumn(catalogue, other)).toBe(false);
  });

  it("sorts by another taxonomy's dimensions, in its own value order", () => {
    const example = loadExampleCatalogue();
    expect(isSortColumn(example, 'location')).toBe(false);
    const order = [...getSortOrder(example, { column: 'search', direction: 'asc' })];
    const searches = order.map((position) => example.methods[position]!.dimensions['search']![0]);
    // hand-written, then gradient, then gradient-free: the taxonomy's order, not the alphabet's.
    expect([...new Set(searches)]).toEqual(['hand-written', 'gradient', 'gradient-free']);
  });
});
