import { describe, expect, it } from 'vitest';
import taxonomyJson from '../../data/taxonomy.json';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { getFacetValues } from './facet-values';

const catalogue = makeFixtureCatalogue();
const values = (key: Parameters<typeof getFacetValues>[1]) =>
  getFacetValues(catalogue, key).map((value) => value.value);

describe('getFacetValues()', () => {
  it('lists the paradigms in taxonomy order, the code doubling as value and badge', () => {
    const paradigms = getFacetValues(catalogue, 'paradigm');
    expect(paradigms.map(({ value, label, code }) => [value, label, code])).toEqual([
      ['MR', 'Model reprogramming', 'MR'],
      ['PT', 'Prompt tuning', 'PT'],
      ['PI', 'Prompt instruction', 'PI'],
    ]);
    expect(paradigms[2]!.definition).toMatch(/^Hand-written content steers a frozen model/);
  });

  it('lists every modality of the taxonomy, used or not, named by its name', () => {
    const modalities = getFacetValues(catalogue, 'modality');
    // Every value of the taxonomy file, in its order, whether or not a method uses it.
    expect(modalities.map((modality) => [modality.value, modality.label])).toEqual(
      taxonomyJson.modalities.map((modality) => [modality.value, modality.name]),
    );
    expect(modalities[0]).toEqual({
      value: 'vision',
      label: 'Vision',
      code: 'Vision',
      definition:
        'Images as input: classification, detection, segmentation and other recognition with a vision model.',
    });
    // No fixture method works on audio, yet it is listed in its place.
    expect(modalities[3]).toMatchObject({
      value: 'audio',
      label: 'Audio and speech',
      code: 'Audio and speech',
    });
  });

  it('lists the two scopes with their names and definitions', () => {
    expect(getFacetValues(catalogue, 'scope')).toEqual([
      {
        value: 'core',
        label: 'Core',
        code: 'Core',
        definition: "The pre-trained model's weights stay frozen, as the survey requires.",
      },
      {
        value: 'boundary',
        label: 'Boundary',
        code: 'Boundary',
        definition: "Listed for context, but the method also updates the model's weights.",
      },
    ]);
  });

  it('lists the label fits, exact first, with their badges', () => {
    const fits = getFacetValues(catalogue, 'fit');
    expect(fits.map(({ value, label, code }) => [value, label, code])).toEqual([
      ['exact', 'Exact', '='],
      ['nearest', 'Nearest fit', '≈'],
    ]);
    expect(fits[0]!.definition).toBe('The labels name the mechanism as the taxonomy defines it.');
    expect(fits[1]!.definition).toMatch(/^The mechanism has no exact value in the taxonomy/);
  });

  it('lists only the venues the catalogue holds, by code ignoring case, with the full name', () => {
    // Taxonomy order is NeurIPS, ICLR, CVPR, ..., ACL, ..., arXiv.
    expect(getFacetValues(catalogue, 'venue')).toEqual([
      {
        value: 'ACL',
        label: 'ACL',
        code: 'ACL',
        definition: 'Annual Meeting of the Association for Computational Linguistics',
      },
      { value: 'arXiv', label: 'arXiv', code: 'arXiv', definition: 'arXiv preprint' },
      {
        value: 'CVPR',
        label: 'CVPR',
        code: 'CVPR',
        definition: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition',
      },
      {
        value: 'ICLR',
        label: 'ICLR',
        code: 'ICLR',
        definition: 'International Conference on Learning Representations',
      },
      {
        value: 'NeurIPS',
        label: 'NeurIPS',
        code: 'NeurIPS',
        definition: 'Advances in Neural Information Processing Systems',
      },
    ]);
  });

  it('lists the access levels from least to most, with names and definitions', () => {
    const access = getFacetValues(catalogue, 'access');
    expect(access.map(({ value, label, code }) => [value, label, code])).toEqual([
      ['text', 'Generated text', 'Generated text'],
      ['scores', 'Output scores', 'Output scores'],
      ['gradients', 'Gradients', 'Gradients'],
      ['internals', 'Internals', 'Internals'],
    ]);
    expect(access[0]!.definition).toBe('Only the text the model generates, as through a chat API.');
  });

  it('lists the data levels from none to a training set', () => {
    const data = getFacetValues(catalogue, 'data');
    expect(data.map(({ value, label, code }) => [value, label, code])).toEqual([
      ['none', 'No labels', 'No labels'],
      ['few', 'A few labels', 'A few labels'],
      ['full', 'Training set', 'Training set'],
    ]);
    expect(data[2]!.definition).toBe('A labelled training set.');
  });

  it('lists code as yes and no, only yes with a definition', () => {
    expect(getFacetValues(catalogue, 'code')).toEqual([
      {
        value: 'yes',
        label: 'Has code',
        code: 'code',
        definition: 'A code repository is listed.',
      },
      { value: 'no', label: 'No code listed', code: 'no code' },
    ]);
  });

  it('lists every year from the first to the last, the empty ones too', () => {
    // Fixture years: 2019, 2021 (twice), 2022, 2023, 2024; 2020 has no method.
    expect(getFacetValues(catalogue, 'year')).toEqual(
      ['2019', '2020', '2021', '2022', '2023', '2024'].map((year) => ({
        value: year,
        label: year,
        code: year,
      })),
    );
    const single = makeTestCatalogue([makeMethod({ id: 'only', year: 2020 })]);
    expect(getFacetValues(single, 'year').map((year) => year.value)).toEqual(['2020']);
  });

  it('lists no years and no venues for an empty catalogue', () => {
    const empty = makeTestCatalogue([]);
    expect(getFacetValues(empty, 'year')).toEqual([]);
    expect(getFacetValues(empty, 'venue')).toEqual([]);
  });

  it("lists a dimension's values in taxonomy order, with their short codes", () => {
    expect(
      getFacetValues(catalogue, 'location').map(({ value, label, code }) => [value, label, code]),
    ).toEqual([
      ['input', 'Input', 'X'],
      ['embedding', 'Embedding', 'E'],
      ['hidden', 'Hidden', 'H'],
    ]);
    expect(values('alignment')).toEqual(['identity', 'rule-based', 'statistical', 'linear']);
    expect(getFacetValues(catalogue, 'format')[0]!.definition).toBe(
      'Written by hand or produced by a rule; nothing in it is fitted to the target task.',
    );
  });

  it('lists no values for a dimension the taxonomy lacks', () => {
    const withoutDimensions = {
      ...catalogue,
      taxonomy: { ...catalogue.taxonomy, dimensions: [] },
    };
    expect(getFacetValues(withoutDimensions, 'format')).toEqual([]);
  });

  it('returns the same list for the same catalogue and key', () => {
    expect(getFacetValues(catalogue, 'operator')).toBe(getFacetValues(catalogue, 'operator'));
  });
});
