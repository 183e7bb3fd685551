import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../catalogue/build-catalogue';
import type { Catalogue, Method } from '../catalogue/catalogue-types';
import { validateCatalogue } from '../catalogue/validate-catalogue';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { computeGraphLayout, toGraphLayoutInput, type GraphLayout } from './graph-layout';

const cite = (id: string, note?: string) => ({ id, basis: 'recalled' as const, note });

/**
 * CLIP-Adapter (arXiv 2021-10, no later venue) builds on CoOp (arXiv 2021-09, dated
 * 2022 by its journal), with the same-year cases around them: a paper known only by
 * its venue year, cited by one posted in February; a cite of a later paper that a later
 * version made (noted).
 */
function makeJournalLateCatalogue(): Catalogue {
  return makeTestCatalogue([
    makeMethod({ id: 'coop', year: 2022, arxiv: '2109.01134' }),
    makeMethod({ id: 'clip-adapter', year: 2021, arxiv: '2110.04544', cites: [cite('coop')] }),
    makeMethod({ id: 'cocoop', year: 2022, arxiv: '2203.05557', cites: [cite('coop')] }),
    makeMethod({ id: 'conference-only', year: 2021, arxiv: undefined }),
    makeMethod({
      id: 'february',
      year: 2021,
      arxiv: '2102.00001',
      cites: [cite('conference-only')],
    }),
    makeMethod({
      id: 'january',
      year: 2021,
      arxiv: '2101.00001',
      cites: [cite('november', 'a later version cites it')],
    }),
    makeMethod({ id: 'november', year: 2021, arxiv: '2111.00001' }),
    makeMethod({ id: 'reprogram', year: 2020, paradigm: 'MR', arxiv: '2007.00001' }),
    makeMethod({
      id: 'late-journal',
      year: 2023,
      paradigm: 'MR',
      arxiv: '2012.00001',
      cites: [cite('reprogram')],
    }),
  ]);
}

/** The year whose column holds each method's centre. */
function toColumnYears(layout: GraphLayout): number[] {
  return Array.from(layout.x, (x) => {
    const band = layout.yearBands.find((b) => x >= b.x0 && x <= b.x1);
    if (!band) throw new Error(`no year column holds x=${x}`);
    return band.year;
  });
}

/** Cites (citing id, cited id) whose citing method sits in an earlier column than the cited one, notes aside. */
function listBackwardCites(catalogue: Catalogue, layout: GraphLayout): string[] {
  const columns = toColumnYears(layout);
  return catalogue.methods.flatMap((method, citing) =>
    method.cites.flatMap((c) => {
      const cited = catalogue.indexOf.get(c.id)!;
      return !c.note && columns[citing]! < columns[cited]! ? [`${method.id} -> ${c.id}`] : [];
    }),
  );
}

describe('the timeline layout', () => {
  const catalogue = makeJournalLateCatalogue();
  const layout = computeGraphLayout(toGraphLayoutInput(catalogue), 'timeline');
  const at = (id: string) => catalogue.indexOf.get(id)!;

  it('puts each method in the column of the year it was first posted', () => {
    const columns = toColumnYears(layout);
    expect(columns[at('coop')]).toBe(2021);
    expect(columns[at('late-journal')]).toBe(2020);
    expect(columns[at('conference-only')]).toBe(2021);
    expect(columns[at('cocoop')]).toBe(2022);
  });

  it('draws no cite from a method placed in an earlier column than the work it cites', () => {
    expect(listBackwardCites(catalogue, layout)).toEqual([]);
  });

  it('orders a year column by month, a paper known only by year before the month citing it', () => {
    const order = ['january', 'conference-only', 'february', 'coop', 'clip-adapter', 'november'];
    const xs = order.map((id) => layout.x[at(id)]!);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(order.length);
  });
});

/** First-posted year of a raw entry, read here with plain lines: arXiv YYMM unless the venue year is earlier. */
function toRawPostedYear(method: { arxiv?: string; year: number }): number {
  const yy = /^(\d{2})\d{2}\./.exec(method.arxiv ?? '')?.[1];
  return yy === undefined ? method.year : Math.min(method.year, 2000 + Number(yy));
}

describe('the timeline layout of the bundled catalogue', () => {
  const raw = JSON.parse(readFileSync('data/methods.json', 'utf8')) as Method[];
  const result = validateCatalogue(JSON.parse(readFileSync('data/taxonomy.json', 'utf8')), raw);
  const catalogue = buildCatalogue(result.taxonomy!, result.methods);
  const layout = computeGraphLayout(toGraphLayoutInput(catalogue), 'timeline');
  const columns = toColumnYears(layout);
  const columnOf = new Map(catalogue.methods.map((method, i) => [method.id, columns[i]!]));

  it('puts every method in its first-posted year', () => {
    const wrong = raw.filter((method) => columnOf.get(method.id) !== toRawPostedYear(method));
    expect(wrong.map((method) => method.id)).toEqual([]);
  });

  it('has no cite whose citing method stands left of the cited one, except noted later versions', () => {
    const backward = raw.flatMap((method) =>
      method.cites
        .filter((c) => !c.note && columnOf.get(method.id)! < columnOf.get(c.id)!)
        .map((c) => `${method.id} -> ${c.id}`),
    );
    expect(backward).toEqual([]);
    // The publication years alone would point some cites back in time.
    const yearOf = new Map(raw.map((method) => [method.id, method.year]));
    expect(raw.some((method) => method.cites.some((c) => yearOf.get(c.id)! > method.year))).toBe(
      true,
    );
  });
});
