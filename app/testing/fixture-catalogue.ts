import { makeMethod, makeTestCatalogue } from './make-method';

/**
 * Six methods chosen for edge cases: a method holding two locations, one
 * holding two operators, one in every paradigm, years 2019-2024, a citation
 * chain with a cycle (c -> b -> a, a -> c is impossible by chronology, so the
 * cycle is b <-> d in the same year).
 */
export function makeFixtureCatalogue() {
  return makeTestCatalogue([
    makeMethod({
      id: 'alpha',
      name: 'Alpha',
      paradigm: 'MR',
      year: 2019,
      location: ['input'],
      operator: ['additive'],
      alignment: ['statistical'],
      modalities: ['vision'],
      venue: 'ICLR',
    }),
    makeMethod({
      id: 'beta',
      name: 'Beta',
      paradigm: 'PT',
      year: 2021,
      location: ['embedding', 'hidden'],
      operator: ['concatenative'],
      alignment: ['linear'],
      modalities: ['vision'],
      venue: 'CVPR',
      cites: [
        { id: 'alpha', basis: 'confirmed' },
        { id: 'delta', basis: 'recalled' },
      ],
    }),
    makeMethod({
      id: 'gamma',
      name: 'Gamma',
      paradigm: 'PI',
      year: 2022,
      format: ['fixed'],
      location: ['input'],
      operator: ['concatenative'],
      alignment: ['identity'],
      modalities: ['language'],
      venue: 'NeurIPS',
      cites: [{ id: 'beta', basis: 'recalled' }],
    }),
    makeMethod({
      id: 'delta',
      name: 'Delta',
      paradigm: 'PT',
      year: 2021,
      location: ['hidden'],
      operator: ['concatenative', 'parametric'],
      alignment: ['identity'],
      modalities: ['language'],
      venue: 'ACL',
      cites: [{ id: 'beta', basis: 'recalled' }],
    }),
    makeMethod({
      id: 'epsilon',
      name: 'Epsilon',
      paradigm: 'MR',
      year: 2023,
      location: ['input', 'embedding'],
      operator: ['parametric'],
      alignment: ['linear'],
      modalities: ['time-series'],
      venue: 'ICLR',
      cites: [
        { id: 'alpha', basis: 'confirmed' },
        { id: 'gamma', basis: 'recalled' },
      ],
    }),
    makeMethod({
      id: 'zeta',
      name: 'Zeta',
      paradigm: 'PI',
      year: 2024,
      format: ['fixed'],
      location: ['input'],
      operator: ['additive'],
      alignment: ['rule-based'],
      modalities: ['vision-language'],
      venue: 'arXiv',
      scope: 'boundary',
    }),
  ]);
}
