import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import {
  computeGraphLayout,
  getGraphLayout,
  toGraphLayoutInput,
  toNodeRadius,
  type GraphLayout,
} from './graph-layout';

/** A catalogue of 60 methods over six years, citing backwards in a fixed pattern. */
function makeBusyCatalogue() {
  const paradigms = ['MR', 'PT', 'PI'];
  return makeTestCatalogue(
    Array.from({ length: 60 }, (_, i) =>
      makeMethod({
        id: `m${i}`,
        year: 2019 + Math.floor(i / 10),
        paradigm: paradigms[i % 3]!,
        cites: [i - 1, i - 7, Math.floor(i / 2)]
          .filter((j, k, all) => j >= 0 && j < i && all.indexOf(j) === k)
          .map((j) => ({ id: `m${j}`, basis: j % 2 === 0 ? 'confirmed' : 'recalled' })),
      }),
    ),
  );
}

/** `count` methods over nine years, each citing up to five older ones in a fixed pattern. */
function makeLargeCatalogue(count: number) {
  const paradigms = ['MR', 'PT', 'PI'];
  return makeTestCatalogue(
    Array.from({ length: count }, (_, i) =>
      makeMethod({
        id: `m${i}`,
        year: 2018 + Math.floor((i * 9) / count),
        paradigm: paradigms[(i * 7) % 3]!,
        cites: [i - 1, i - 3, Math.floor(i / 2), Math.floor(i / 3), (i * 37) % Math.max(1, i)]
          .filter((j, k, all) => j >= 0 && j < i && all.indexOf(j) === k)
          .map((j) => ({ id: `m${j}`, basis: j % 3 === 0 ? 'confirmed' : 'recalled' })),
      }),
    ),
  );
}

const positionsOf = (layout: GraphLayout) => [Array.from(layout.x), Array.from(layout.y)];

/** The closest two circles come, as a share of their radii added (1: touching). */
function toWorstGap(layout: GraphLayout): number {
  let worst = Infinity;
  for (let a = 0; a < layout.x.length; a++) {
    for (let b = a + 1; b < layout.x.length; b++) {
      const gap = Math.hypot(layout.x[a]! - layout.x[b]!, layout.y[a]! - layout.y[b]!);
      worst = Math.min(worst, gap / (layout.radius[a]! + layout.radius[b]!));
    }
  }
  return worst;
}

afterEach(() => vi.restoreAllMocks());

describe('computeGraphLayout()', () => {
  it.each(['force', 'timeline'] as const)(
    'gives the same %s positions for the same input, without Math.random',
    (kind) => {
      const random = vi.spyOn(Math, 'random');
      const first = computeGraphLayout(toGraphLayoutInput(makeBusyCatalogue()), kind);
      const second = computeGraphLayout(toGraphLayoutInput(makeBusyCatalogue()), kind);
      expect(positionsOf(second)).toEqual(positionsOf(first));
      expect(random).not.toHaveBeenCalled();
      expect([...first.x, ...first.y].every(Number.isFinite)).toBe(true);
    },
  );

  it('sizes nodes by how often they are cited within the catalogue', () => {
    const catalogue = makeFixtureCatalogue();
    const layout = computeGraphLayout(toGraphLayoutInput(catalogue), 'force');
    const alpha = catalogue.indexOf.get('alpha')!;
    const zeta = catalogue.indexOf.get('zeta')!;
    expect(layout.radius[alpha]).toBe(toNodeRadius(2));
    expect(layout.radius[zeta]).toBe(toNodeRadius(0));
    expect(layout.radius[alpha]).toBeGreaterThan(layout.radius[zeta]!);
  });

  it('keeps force-layout circles from piling on top of each other', () => {
    const layout = computeGraphLayout(toGraphLayoutInput(makeBusyCatalogue()), 'force');
    expect(toWorstGap(layout)).toBeGreaterThan(0.9);
  });

  it.each(['force', 'timeline'] as const)(
    'reports %s progress tick by tick without changing the result',
    (kind) => {
      const input = toGraphLayoutInput(makeBusyCatalogue());
      const ticks: number[] = [];
      let middle: GraphLayout | null = null;
      const watched = computeGraphLayout(input, kind, (done, total, snapshot) => {
        ticks.push(done);
        if (done === Math.floor(total / 2)) middle = snapshot();
      });
      expect(positionsOf(watched)).toEqual(positionsOf(computeGraphLayout(input, kind)));
      expect(ticks).toEqual(ticks.map((_, index) => index + 1));
      expect(middle!.x).toHaveLength(60);
      expect([...middle!.x, ...middle!.y].every(Number.isFinite)).toBe(true);
      // A force layout is still moving halfway (the timeline's grid may already be at rest).
      if (kind === 'force') expect(positionsOf(middle!)).not.toEqual(positionsOf(watched));
    },
  );

  it.each(['force', 'timeline'] as const)(
    'lays out a large catalogue (%s; faster forces, fewer ticks) the same every time, circles apart',
    (kind) => {
      const random = vi.spyOn(Math, 'random');
      const input = toGraphLayoutInput(makeLargeCatalogue(900));
      const first = computeGraphLayout(input, kind);
      expect(positionsOf(computeGraphLayout(input, kind))).toEqual(positionsOf(first));
      expect(random).not.toHaveBeenCalled();
      expect([...first.x, ...first.y].every(Number.isFinite)).toBe(true);
      expect(toWorstGap(first)).toBeGreaterThan(kind === 'timeline' ? 0.9 : 0.75);
    },
  );

  it('puts each method of the timeline layout inside its year column and paradigm row', () => {
    const catalogue = makeBusyCatalogue();
    const layout = computeGraphLayout(toGraphLayoutInput(catalogue), 'timeline');
    expect(layout.yearBands.map((band) => band.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(layout.lanes).toHaveLength(3);
    catalogue.methods.forEach((method, i) => {
      const band = layout.yearBands.find((b) => b.year === method.year)!;
      const lane = layout.lanes[['MR', 'PT', 'PI'].indexOf(method.paradigm)]!;
      expect(layout.x[i]).toBeGreaterThanOrEqual(band.x0);
      expect(layout.x[i]).toBeLessThanOrEqual(band.x1);
      expect(layout.y[i]).toBeGreaterThanOrEqual(lane.y0);
      expect(layout.y[i]).toBeLessThanOrEqual(lane.y1);
    });
    for (let k = 1; k < layout.yearBands.length; k++) {
      expect(layout.yearBands[k]!.x0).toBe(layout.yearBands[k - 1]!.x1);
    }
  });

  it('lays out an empty catalogue and a single method', () => {
    for (const kind of ['force', 'timeline'] as const) {
      const empty = computeGraphLayout(
        { years: [], months: [], lanes: [], laneCount: 3, citesOf: [], citedByCount: [] },
        kind,
      );
      expect(empty.x).toHaveLength(0);
      const one = computeGraphLayout(
        { years: [2022], months: [0], lanes: [1], laneCount: 3, citesOf: [[]], citedByCount: [0] },
        kind,
      );
      expect(Number.isFinite(one.x[0])).toBe(true);
    }
  });
});

describe('getGraphLayout()', () => {
  it('computes a catalogue layout once and keeps it', () => {
    const catalogue = makeFixtureCatalogue();
    expect(getGraphLayout(catalogue, 'force')).toBe(getGraphLayout(catalogue, 'force'));
    expect(getGraphLayout(catalogue, 'timeline')).not.toBe(getGraphLayout(catalogue, 'force'));
  });
});
