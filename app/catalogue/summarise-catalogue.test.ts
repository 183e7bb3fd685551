import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { summariseCatalogue } from './summarise-catalogue';

describe('summariseCatalogue()', () => {
  it('counts the fixture by paradigm, label source, scope and citation basis', () => {
    expect(summariseCatalogue(makeFixtureCatalogue())).toEqual({
      methods: 6,
      byParadigm: { MR: 2, PT: 2, PI: 2 },
      // No arXiv ids in the fixture, so each method counts in its venue year.
      byFirstPostedYear: { '2019': 1, '2021': 2, '2022': 1, '2023': 1, '2024': 1 },
      byModality: { vision: 2, language: 2, 'time-series': 1, 'vision-language': 1 },
      byAdded: { '2026-11-29': 6 },
      byFit: { exact: 6 },
      byLabelSource: { atlas: 6 },
      byScope: { core: 5, boundary: 1 },
      departures: 0,
      // beta: confirmed + recalled; gamma, delta: recalled; epsilon: confirmed + recalled.
      edges: { total: 6, confirmed: 2, recalled: 4 },
      isolated: ['zeta'],
    });
  });

  it("counts the departures of authors' labels and lists only methods with no citation either way", () => {
    const departure = {
      field: 'location' as const,
      authors: ['input'],
      atlas: ['embedding'],
      reason: 'The prompt is added to token embeddings.',
    };
    const catalogue = makeTestCatalogue([
      makeMethod({
        id: 'cited',
        labels: { source: 'authors', fit: 'exact', departures: [departure, departure] },
      }),
      makeMethod({ id: 'citing', cites: [{ id: 'cited', basis: 'confirmed' }] }),
      makeMethod({ id: 'alone', labels: { source: 'authors', fit: 'exact' } }),
      makeMethod({
        id: 'apart',
        labels: { source: 'atlas', fit: 'exact', note: 'Read from the paper.' },
      }),
    ]);
    const summary = summariseCatalogue(catalogue);
    expect(summary.departures).toBe(2);
    expect(summary.byLabelSource).toEqual({ authors: 2, atlas: 2 });
    expect(summary.isolated).toEqual(['alone', 'apart']);
    expect(summary.edges).toEqual({ total: 1, confirmed: 1, recalled: 0 });
  });
});

describe('summariseCatalogue() order', () => {
  it('lists the dates methods were added oldest first, whatever the catalogue order', () => {
    const catalogue = makeTestCatalogue([
      makeMethod({ id: 'c', added: '2026-12-04' }),
      makeMethod({ id: 'a', added: '2026-11-29' }),
      makeMethod({ id: 'b', added: '2026-12-01' }),
      makeMethod({ id: 'd', added: '2026-11-29' }),
    ]);
    expect(Object.entries(summariseCatalogue(catalogue).byAdded)).toEqual([
      ['2026-11-29', 2],
      ['2026-12-01', 1],
      ['2026-12-04', 1],
    ]);
  });
});
