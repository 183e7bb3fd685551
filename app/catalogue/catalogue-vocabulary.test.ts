import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { buildCatalogue } from './build-catalogue';
import {
  getDimension,
  toKeyName,
  toKeyShortName,
  toKeyTitle,
  toValueName,
} from './catalogue-vocabulary';

const catalogue = makeFixtureCatalogue();

describe('getDimension()', () => {
  it('finds a taxonomy dimension by key and nothing for other keys', () => {
    expect(getDimension(catalogue, 'alignment')?.symbol).toBe('ω');
    expect(getDimension(catalogue, 'paradigm')).toBeUndefined();
    expect(getDimension(catalogue, 'toString')).toBeUndefined();
  });
});

describe('toKeyName() and toKeyTitle()', () => {
  it('name dimensions as the taxonomy does, with the symbol only in the title', () => {
    expect(toKeyName(catalogue, 'alignment')).toBe('Output alignment');
    expect(toKeyTitle(catalogue, 'alignment')).toBe('Output alignment ω');
    expect(toKeyTitle(catalogue, 'format')).toBe('Manipulation format λ');
  });

  it('give the other keys their fixed names, the same in both', () => {
    for (const [key, name] of [
      ['paradigm', 'Paradigm'],
      ['year', 'Year'],
      ['access', 'Access needed'],
      ['data', 'Labelled data needed'],
      ['fit', 'Label fit'],
      ['tasks', 'Tasks'],
    ]) {
      expect(toKeyName(catalogue, key!)).toBe(name);
      expect(toKeyTitle(catalogue, key!)).toBe(name);
    }
  });

  it('return an unknown key as given', () => {
    expect(toKeyName(catalogue, 'colour')).toBe('colour');
    expect(toKeyTitle(catalogue, 'constructor')).toBe('constructor');
  });
});

describe('toKeyShortName()', () => {
  it("keeps a dimension name's last word, capitalised", () => {
    expect(toKeyShortName(catalogue, 'format')).toBe('Format');
    expect(toKeyShortName(catalogue, 'alignment')).toBe('Alignment');
    expect(toKeyShortName(catalogue, 'location')).toBe('Location');
    expect(toKeyShortName(catalogue, 'paradigm')).toBe('Paradigm');
  });
});

describe('toValueName()', () => {
  it("reads a value's name from the taxonomy for each kind of key", () => {
    expect(toValueName(catalogue, 'paradigm', 'PT')).toBe('Prompt tuning');
    expect(toValueName(catalogue, 'location', 'embedding')).toBe('Embedding');
    expect(toValueName(catalogue, 'modality', 'vision')).toBe('Vision');
    expect(toValueName(catalogue, 'modalities', 'language')).toBe('Language');
    expect(toValueName(catalogue, 'scope', 'boundary')).toBe('Boundary');
  });

  it('returns a value it cannot name as given', () => {
    expect(toValueName(catalogue, 'location', 'nowhere')).toBe('nowhere');
    expect(toValueName(catalogue, 'venue', 'ICLR')).toBe('ICLR');
    expect(toValueName(catalogue, 'year', '2022')).toBe('2022');
  });
});

describe('toKeyShortName() on a longer name', () => {
  it('keeps the last of three or more words', () => {
    const { taxonomy } = catalogue;
    const renamed = buildCatalogue(
      {
        ...taxonomy,
        dimensions: taxonomy.dimensions.map((dimension) =>
          dimension.key === 'location' ? { ...dimension, name: 'Where it acts' } : dimension,
        ),
      },
      [],
    );
    expect(toKeyShortName(renamed, 'location')).toBe('Acts');
  });
});
