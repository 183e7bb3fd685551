import type { LabelDeparture } from '../catalogue/catalogue-types';
import { makeMethod, makeTestCatalogue } from './make-method';

const departs = (
  field: LabelDeparture['field'],
  authors: string[],
  atlas: string[],
): LabelDeparture => ({ field, authors, atlas, reason: `Why ${field}.` });

/**
 * Five methods: one departing on paradigm and format (as VPT does), one the
 * authors file under two paradigms, one whose authors' operator cell holds
 * alignment words (as BAR's does), one of the authors' list without
 * departures, and one Atlas added itself.
 */
export function makeSurveyFixture() {
  return makeTestCatalogue([
    makeMethod({
      id: 'prompted',
      paradigm: 'PT',
      format: ['learnable'],
      labels: {
        source: 'authors',
        fit: 'exact',
        departures: [
          departs('paradigm', ['PI'], ['PT']),
          departs('format', ['fixed'], ['learnable']),
        ],
      },
      cites: [{ id: 'agreed', basis: 'confirmed' }],
    }),
    makeMethod({
      id: 'twofold',
      paradigm: 'PT',
      labels: {
        source: 'authors',
        fit: 'exact',
        departures: [departs('paradigm', ['PT', 'PI'], ['PT'])],
      },
    }),
    makeMethod({
      id: 'misfiled',
      paradigm: 'MR',
      operator: ['additive'],
      labels: {
        source: 'authors',
        fit: 'exact',
        departures: [departs('operator', ['statistical', 'linear', 'linear'], ['additive'])],
      },
    }),
    makeMethod({ id: 'agreed', paradigm: 'PI', labels: { source: 'authors', fit: 'exact' } }),
    makeMethod({
      id: 'own',
      paradigm: 'PT',
      labels: { source: 'atlas', fit: 'nearest', note: 'n' },
    }),
  ]);
}
