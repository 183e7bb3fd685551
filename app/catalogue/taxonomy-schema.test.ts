import { describe, expect, it } from 'vitest';
import taxonomyJson from '../../data/taxonomy.json';
import exampleTaxonomy from '../../examples/prompt-search/taxonomy.json';
import { formatProblem } from './catalogue-problem';
import { validateCatalogue } from './validate-catalogue';

const problemsOf = (taxonomy: unknown) =>
  validateCatalogue(taxonomy, []).problems.map(formatProblem);

const [format, location] = taxonomyJson.dimensions;

describe('the taxonomy schema', () => {
  it('accepts any number of dimensions from one to eight, with keys of their own', () => {
    expect(problemsOf(exampleTaxonomy)).toEqual([]);
    const one = { ...taxonomyJson, dimensions: [location], matrix: undefined };
    expect(problemsOf(one)).toEqual([]);
    const six = {
      ...taxonomyJson,
      dimensions: [
        ...taxonomyJson.dimensions,
        { ...format!, key: 'budget' },
        { ...format!, key: 'data-need' },
      ],
    };
    expect(problemsOf(six)).toEqual([]);
  });

  it('refuses no dimension at all, or more than eight', () => {
    expect(problemsOf({ ...taxonomyJson, dimensions: [], matrix: undefined })).toEqual([
      'data/taxonomy.json, field "dimensions": must list at least one dimension',
    ]);
    const nine = Array.from({ length: 9 }, (_, i) => ({ ...format!, key: `d${i}` }));
    expect(problemsOf({ ...taxonomyJson, dimensions: nine, matrix: undefined })).toEqual([
      'data/taxonomy.json, field "dimensions": must list at most 8 dimensions',
    ]);
  });

  it('refuses a key Atlas uses for something else, and a key or value given twice', () => {
    const clash = [
      { ...format!, key: 'venue' },
      { ...location!, key: 'sort' },
    ];
    expect(problemsOf({ ...taxonomyJson, dimensions: clash, matrix: undefined })).toEqual([
      'data/taxonomy.json, field "dimensions[0].key": "venue" names a field, facet or URL parameter of Atlas; choose another key',
      'data/taxonomy.json, field "dimensions[1].key": "sort" names a field, facet or URL parameter of Atlas; choose another key',
    ]);
    const twice = [format!, { ...location!, key: 'format' }];
    expect(problemsOf({ ...taxonomyJson, dimensions: twice, matrix: undefined })).toEqual([
      'data/taxonomy.json, field "dimensions[1].key": repeats key "format"',
    ]);
    const values = [{ ...format!, values: [format!.values[0], format!.values[0]] }];
    expect(problemsOf({ ...taxonomyJson, dimensions: values, matrix: undefined })).toEqual([
      'data/taxonomy.json, field "dimensions[0].values[1].value": repeats value "fixed"',
    ]);
  });

  it('checks that the matrix axes it names exist and differ', () => {
    expect(problemsOf({ ...taxonomyJson, matrix: { rows: 'location', cols: 'stage' } })).toEqual([
      'data/taxonomy.json, field "matrix.cols": must be a dimension key, "paradigm", "modality" or "year"; got "stage"',
    ]);
    expect(problemsOf({ ...taxonomyJson, matrix: { rows: 'year', cols: 'year' } })).toEqual([
      'data/taxonomy.json, field "matrix": rows and cols must differ',
    ]);
  });
});
