import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { toPositions } from './bitset';
import { getValueBitsets } from './facet-index';

const catalogue = makeFixtureCatalogue();
/** Each value's holders as ids, in catalogue order (alpha, beta, gamma, delta, epsilon, zeta). */
const holders = (key: Parameters<typeof getValueBitsets>[1]) =>
  Object.fromEntries(
    [...getValueBitsets(catalogue, key)].map(([value, bits]) => [
      value,
      toPositions(bits).map((position) => catalogue.methods[position]!.id),
    ]),
  );

describe('getValueBitsets()', () => {
  it('puts a method holding two values in both sets', () => {
    expect(holders('location')).toEqual({
      input: ['alpha', 'gamma', 'epsilon', 'zeta'],
      embedding: ['beta', 'epsilon'],
      hidden: ['beta', 'delta'],
    });
  });

  it('keys the values in the order the methods first hold them, and only those held', () => {
    expect([...getValueBitsets(catalogue, 'operator').keys()]).toEqual([
      'additive',
      'concatenative',
      'parametric',
    ]);
    expect([...getValueBitsets(catalogue, 'modality').keys()]).toEqual([
      'vision',
      'language',
      'time-series',
      'vision-language',
    ]);
  });

  it('reads the derived needs for access and data', () => {
    // alpha: learnable input -> gradients and a training set; beta, delta, epsilon reach inside
    // the model -> internals and a training set; gamma and zeta are fixed prompts -> text, no labels.
    expect(holders('access')).toEqual({
      gradients: ['alpha'],
      internals: ['beta', 'delta', 'epsilon'],
      text: ['gamma', 'zeta'],
    });
    expect(holders('data')).toEqual({
      full: ['alpha', 'beta', 'delta', 'epsilon'],
      none: ['gamma', 'zeta'],
    });
  });

  it('reads years, code and fit as values', () => {
    expect(holders('year')).toEqual({
      '2019': ['alpha'],
      '2021': ['beta', 'delta'],
      '2022': ['gamma'],
      '2023': ['epsilon'],
      '2024': ['zeta'],
    });
    expect(holders('code')).toEqual({
      no: ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'],
    });
    expect(holders('fit')).toEqual({
      exact: ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'],
    });
  });

  it('sizes every set to the catalogue, beyond one 32-bit word', () => {
    const many = makeTestCatalogue(
      Array.from({ length: 40 }, (_, i) =>
        makeMethod({ id: `m${i}`, paradigm: i % 2 === 0 ? 'PT' : 'MR' }),
      ),
    );
    const byValue = getValueBitsets(many, 'paradigm');
    expect(byValue.get('PT')).toHaveLength(2);
    expect(toPositions(byValue.get('MR')!)).toEqual(
      Array.from({ length: 20 }, (_, i) => 2 * i + 1),
    );
  });

  it('builds once per catalogue and key', () => {
    expect(getValueBitsets(catalogue, 'format')).toBe(getValueBitsets(catalogue, 'format'));
  });
});
