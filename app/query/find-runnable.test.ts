import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../catalogue/build-catalogue';
import { makeMethod, loadTestTaxonomy } from '../testing/make-method';
import { findRunnable, isRunnable, toFinderChoice, toModalityMatch } from './find-runnable';

// Needs by the rule: fixed input -> text/none; learnable input -> gradients/full;
// embedding -> internals/full. 'scored' is overridden to scores/full.
const methods = [
  makeMethod({ id: 'hand', name: 'Hand', format: ['fixed'], location: ['input'] }),
  makeMethod({
    id: 'popular',
    name: 'Popular',
    format: ['fixed'],
    location: ['input'],
    year: 2020,
  }),
  makeMethod({
    id: 'clip-hand',
    name: 'Clip hand',
    format: ['fixed'],
    location: ['input'],
    modalities: ['vision-language'],
  }),
  makeMethod({ id: 'soft', name: 'Soft', location: ['embedding'] }),
  makeMethod({ id: 'trained', name: 'Trained', location: ['input'] }),
  makeMethod({ id: 'scored', name: 'Scored', location: ['input'] }),
  makeMethod({
    id: 'pixels',
    name: 'Pixels',
    format: ['fixed'],
    location: ['input'],
    modalities: ['vision'],
    cites: [{ id: 'popular', basis: 'confirmed' }],
  }),
  makeMethod({
    id: 'citer',
    name: 'Citer',
    location: ['embedding'],
    cites: [{ id: 'popular', basis: 'confirmed' }],
  }),
];
const catalogue = buildCatalogue(
  loadTestTaxonomy(),
  methods,
  new Map([['scored', { id: 'scored', access: 'scores' as const, note: 'zeroth order' }]]),
);
const ids = (answers: { position: number }[]) =>
  answers.map((answer) => catalogue.methods[answer.position]!.id);

describe('findRunnable()', () => {
  it('text only, language, no labels: fixed prompts, the most cited first, related modality last', () => {
    const result = findRunnable(catalogue, { access: 'text', data: 'none', modality: 'language' });
    expect(ids(result.fits)).toEqual(['popular', 'hand', 'clip-hand']);
    expect(result.fits[0]?.reason).toBe('needs only generated text and no labels');
    expect(result.fits[2]?.reason).toBe(
      'needs only generated text and no labels; works on vision-language',
    );
  });

  it('lists near misses apart, one need short, with what is missing', () => {
    const result = findRunnable(catalogue, {
      access: 'scores',
      data: 'none',
      modality: 'language',
    });
    // scored (scores/full) misses on data alone; trained (gradients/full) and soft
    // (internals/full) miss on both needs and are no near misses.
    expect(ids(result.nearMisses)).toEqual(['scored']);
    expect(result.nearMisses[0]?.reason).toBe('needs a labelled training set; you have no labels');
  });

  it('orders near misses by the size of the gap, and names the missing access', () => {
    const result = findRunnable(catalogue, { access: 'text', data: 'full', modality: 'language' });
    expect(ids(result.fits)).toEqual(['popular', 'hand', 'clip-hand']);
    // scored is one access level short, trained two, soft and citer three.
    expect(ids(result.nearMisses)).toEqual(['scored', 'trained', 'citer', 'soft']);
    expect(result.nearMisses[0]?.reason).toBe('needs output scores; you have text only');
  });

  it('with full access and a training set, every method of the modality fits', () => {
    const result = findRunnable(catalogue, {
      access: 'internals',
      data: 'full',
      modality: 'vision',
    });
    expect(ids(result.fits)).toEqual(['pixels', 'clip-hand']);
    expect(result.nearMisses).toEqual([]);
  });

  it('isRunnable() agrees with the fits', () => {
    const choice = { access: 'scores', data: 'full', modality: null } as const;
    const fits = new Set(ids(findRunnable(catalogue, choice).fits));
    methods.forEach((method, position) =>
      expect(isRunnable(catalogue, position, choice)).toBe(fits.has(method.id)),
    );
    expect(fits).toEqual(new Set(['hand', 'popular', 'clip-hand', 'scored', 'pixels']));
  });
});

describe('toModalityMatch() and toFinderChoice()', () => {
  it('a compound modality relates to each of its parts', () => {
    expect(toModalityMatch(['vision-language'], 'vision')).toBe('related');
    expect(toModalityMatch(['vision', 'vision-language'], 'vision')).toBe('exact');
    expect(toModalityMatch(['audio'], 'vision')).toBeNull();
    expect(toModalityMatch(['audio'], null)).toBe('exact');
  });

  it('accepts known levels only', () => {
    expect(toFinderChoice('text', 'none', 'language')).toEqual({
      access: 'text',
      data: 'none',
      modality: 'language',
    });
    expect(toFinderChoice('weights', 'none', null)).toBeNull();
    expect(toFinderChoice('text', 'lots', null)).toBeNull();
  });
});

describe('a method of several modalities', () => {
  const mixed = buildCatalogue(loadTestTaxonomy(), [
    makeMethod({
      id: 'mixed',
      format: ['fixed'],
      location: ['input'],
      modalities: ['audio', 'vision-language'],
    }),
  ]);

  it('relates to a modality one of them names, and the reason lists them all', () => {
    expect(toModalityMatch(['audio', 'vision-language'], 'vision')).toBe('related');
    const result = findRunnable(mixed, { access: 'text', data: 'none', modality: 'vision' });
    expect(result.fits).toEqual([
      {
        position: 0,
        reason: 'needs only generated text and no labels; works on audio, vision-language',
      },
    ]);
  });

  it('reads a missing citation list as no citations', () => {
    const result = findRunnable(
      { ...mixed, citedByOf: [] },
      { access: 'text', data: 'none', modality: 'audio' },
    );
    expect(result.fits).toEqual([
      { position: 0, reason: 'needs only generated text and no labels' },
    ]);
  });
});

describe('isRunnable()', () => {
  const position = (id: string) => catalogue.indexOf.get(id)!;

  it('needs the modality, the access and the data to fit, each on its own', () => {
    // hand: language, text and no labels.
    expect(
      isRunnable(catalogue, position('hand'), {
        access: 'text',
        data: 'none',
        modality: 'language',
      }),
    ).toBe(true);
    expect(
      isRunnable(catalogue, position('hand'), { access: 'text', data: 'none', modality: 'vision' }),
    ).toBe(false);
    // scored: scores and a training set.
    const scored = position('scored');
    expect(isRunnable(catalogue, scored, { access: 'scores', data: 'full', modality: null })).toBe(
      true,
    );
    expect(isRunnable(catalogue, scored, { access: 'text', data: 'full', modality: null })).toBe(
      false,
    );
    expect(isRunnable(catalogue, scored, { access: 'scores', data: 'few', modality: null })).toBe(
      false,
    );
  });

  it('is false past the catalogue, or for a method whose needs are unknown', () => {
    const choice = { access: 'internals', data: 'full', modality: null } as const;
    expect(isRunnable(catalogue, methods.length, choice)).toBe(false);
    expect(isRunnable({ ...catalogue, needsOf: [] }, 0, choice)).toBe(false);
    expect(isRunnable(catalogue, 0, choice)).toBe(true);
  });
});
