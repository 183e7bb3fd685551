import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { traceLineage, type LineageEntry } from './lineage';

const catalogue = makeFixtureCatalogue();
const at = (id: string) => catalogue.indexOf.get(id)!;
const named = (entries: LineageEntry[]) =>
  entries.map((entry) => [catalogue.methods[entry.position]!.id, entry.depth]);

describe('traceLineage()', () => {
  it('lists what a method builds on, nearest first, with the depth of each', () => {
    const { ancestors } = traceLineage(catalogue, at('epsilon'), 6);
    expect(named(ancestors)).toEqual([
      ['alpha', 1],
      ['gamma', 1],
      ['beta', 2],
      ['delta', 3],
    ]);
  });

  it('lists what builds on a method by following cited-by', () => {
    const { descendants } = traceLineage(catalogue, at('alpha'), 6);
    expect(named(descendants)).toEqual([
      ['beta', 1],
      ['epsilon', 1],
      ['delta', 2],
      ['gamma', 2],
    ]);
  });

  it('stops at the depth asked for', () => {
    expect(named(traceLineage(catalogue, at('epsilon'), 1).ancestors)).toEqual([
      ['alpha', 1],
      ['gamma', 1],
    ]);
    expect(traceLineage(catalogue, at('epsilon'), 0).ancestors).toEqual([]);
  });

  it('ends on the beta <-> delta cycle and never lists the start itself', () => {
    const lineage = traceLineage(catalogue, at('beta'), 6);
    expect(named(lineage.ancestors)).toEqual([
      ['alpha', 1],
      ['delta', 1],
    ]);
    expect(named(lineage.descendants)).toEqual([
      ['delta', 1],
      ['gamma', 1],
      ['epsilon', 2],
    ]);
  });

  it('ends on a long cycle at any depth', () => {
    const ring = makeTestCatalogue(
      ['a', 'b', 'c', 'd'].map((id, index, ids) =>
        makeMethod({ id, cites: [{ id: ids[(index + 1) % ids.length]!, basis: 'recalled' }] }),
      ),
    );
    const lineage = traceLineage(ring, 0, 1000);
    expect(lineage.ancestors.map((entry) => entry.depth)).toEqual([1, 2, 3]);
    expect(lineage.descendants.map((entry) => entry.position)).toEqual([3, 2, 1]);
  });

  it('follows only confirmed cites when asked', () => {
    const { ancestors } = traceLineage(catalogue, at('epsilon'), 6, { confirmedOnly: true });
    expect(named(ancestors)).toEqual([['alpha', 1]]);
  });

  it('gives an empty lineage for a position outside the catalogue', () => {
    expect(traceLineage(catalogue, 99, 3)).toEqual({ ancestors: [], descendants: [] });
  });
});
