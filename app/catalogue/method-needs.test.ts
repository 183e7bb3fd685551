import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue, type MethodOverrides } from '../testing/make-method';
import { buildCatalogue } from './build-catalogue';
import { toDerivedNeeds, toMethodNeeds } from './method-needs';

describe('toDerivedNeeds()', () => {
  it('a fixed input prompt needs generated text and no labels', () => {
    const needs = toDerivedNeeds(
      makeMethod({ id: 'cot', format: ['fixed'], location: ['input'], alignment: ['identity'] }),
    );
    expect([needs.access, needs.data]).toEqual(['text', 'none']);
  });

  it('a fixed input prompt read through a linear map needs scores and a few labels', () => {
    const needs = toDerivedNeeds(
      makeMethod({ id: 'calib', format: ['fixed'], location: ['input'], alignment: ['linear'] }),
    );
    expect([needs.access, needs.data]).toEqual(['scores', 'few']);
  });

  it('a learnable input manipulation needs gradients and a training set', () => {
    const needs = toDerivedNeeds(
      makeMethod({ id: 'vr', format: ['learnable'], location: ['input'], alignment: ['identity'] }),
    );
    expect([needs.access, needs.data]).toEqual(['gradients', 'full']);
  });

  it('anything at the embedding or hidden layer needs internals, even when it also touches the input', () => {
    const fixedHidden = makeMethod({ id: 'steer', format: ['fixed'], location: ['hidden'] });
    const inputAndEmbedding = makeMethod({ id: 'mix', location: ['input', 'embedding'] });
    expect(toDerivedNeeds(fixedHidden).access).toBe('internals');
    expect(toDerivedNeeds(fixedHidden).data).toBe('none');
    expect(toDerivedNeeds(inputAndEmbedding).access).toBe('internals');
    expect(toDerivedNeeds(inputAndEmbedding).accessReason).toContain('embedding layer');
  });

  it('a method with both a fixed and a learnable variant counts as learnable', () => {
    const needs = toDerivedNeeds(
      makeMethod({ id: 'both', format: ['fixed', 'learnable'], location: ['input'] }),
    );
    expect([needs.access, needs.data]).toEqual(['gradients', 'full']);
  });
});

describe('toMethodNeeds()', () => {
  const blackBox = makeMethod({ id: 'black-box', format: ['learnable'], location: ['input'] });

  it('an override replaces only the need it names and gives its note as the reason', () => {
    const needs = toMethodNeeds(blackBox, {
      id: 'black-box',
      access: 'scores',
      note: 'zeroth-order queries',
    });
    expect(needs.access).toBe('scores');
    expect(needs.accessReason).toBe('zeroth-order queries');
    expect(needs.data).toBe('full');
    expect(needs.dataReason).toBe(toDerivedNeeds(blackBox).dataReason);
    expect(needs.override?.note).toBe('zeroth-order queries');
  });

  it('buildCatalogue() applies each override to its own method only', () => {
    const other = makeMethod({ id: 'white-box', format: ['learnable'], location: ['input'] });
    const catalogue = buildCatalogue(
      makeTestCatalogue([]).taxonomy,
      [blackBox, other],
      new Map([['black-box', { id: 'black-box', data: 'few' as const, note: '16 shots' }]]),
    );
    expect(catalogue.needsOf!.map((needs) => `${needs.access}/${needs.data}`)).toEqual([
      'gradients/few',
      'gradients/full',
    ]);
    expect(catalogue.needsOf![1]?.override).toBeUndefined();
  });
});

describe('toDerivedNeeds() reasons', () => {
  const reasons = (overrides: Omit<MethodOverrides, 'id'>) => {
    const needs = toDerivedNeeds(makeMethod({ id: 'm', ...overrides }));
    return [needs.accessReason, needs.dataReason];
  };

  it('explains each need in words, naming the layers a method works on', () => {
    expect(reasons({ format: ['learnable'], location: ['embedding', 'hidden'] })).toEqual([
      "it works on the model's embedding and hidden layers",
      'its manipulation is fitted on task data',
    ]);
    expect(reasons({ format: ['fixed'], location: ['input', 'hidden'] })).toEqual([
      "it works on the model's hidden layer",
      'nothing in it is fitted to the task',
    ]);
    expect(reasons({ format: ['learnable'], location: ['input'] })).toEqual([
      'its input manipulation is trained by back-propagation through the model',
      'its manipulation is fitted on task data',
    ]);
    expect(reasons({ format: ['fixed'], location: ['input'], alignment: ['linear'] })).toEqual([
      "a linear map is fitted over the model's output scores",
      'its linear output map is fitted on labelled examples',
    ]);
    expect(reasons({ format: ['fixed'], location: ['input'], alignment: ['identity'] })).toEqual([
      'a fixed prompt goes in and generated text comes out',
      'nothing in it is fitted to the task',
    ]);
  });
});
