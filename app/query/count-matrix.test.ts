import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { countMatrix, listCellMethods } from './count-matrix';
import { EMPTY_FILTERS, type FilterState } from './filter-state';
import { runQuery } from './run-query';

const catalogue = makeFixtureCatalogue();
const visibleUnder = (facets: FilterState['facets']) =>
  runQuery(catalogue, { ...EMPTY_FILTERS, facets }, null).visible;
const everything = visibleUnder({});
const idsOf = (positions: number[]) => positions.map((p) => catalogue.methods[p]!.id);
/** The cells as "row × col: count/catalogueCount", row by row. */
const describeCells = (matrix: ReturnType<typeof countMatrix>) =>
  matrix.cells.map((row) =>
    row.map((cell) => `${cell.rowValue} × ${cell.colValue}: ${cell.count}/${cell.catalogueCount}`),
  );

describe('countMatrix()', () => {
  it('counts location × operator over the whole fixture, a two-valued method in both cells', () => {
    // input: alpha (additive), gamma (concatenative), epsilon (parametric), zeta (additive);
    // embedding: beta (concatenative), epsilon (parametric);
    // hidden: beta (concatenative), delta (concatenative and parametric).
    const matrix = countMatrix(catalogue, everything, 'location', 'operator');
    expect(matrix.rows.map((row) => row.value)).toEqual(['input', 'embedding', 'hidden']);
    expect(matrix.cols.map((col) => col.value)).toEqual([
      'additive',
      'concatenative',
      'parametric',
    ]);
    expect(describeCells(matrix)).toEqual([
      ['input × additive: 2/2', 'input × concatenative: 1/1', 'input × parametric: 1/1'],
      [
        'embedding × additive: 0/0',
        'embedding × concatenative: 1/1',
        'embedding × parametric: 1/1',
      ],
      ['hidden × additive: 0/0', 'hidden × concatenative: 2/2', 'hidden × parametric: 1/1'],
    ]);
    expect(matrix.maxCount).toBe(2);
  });

  it('counts only the visible methods but keeps the catalogue counts for empty cells', () => {
    // Model reprogramming only: alpha (input, additive) and epsilon (input and embedding, parametric).
    const matrix = countMatrix(
      catalogue,
      visibleUnder({ paradigm: ['MR'] }),
      'location',
      'operator',
    );
    expect(describeCells(matrix)).toEqual([
      ['input × additive: 1/2', 'input × concatenative: 0/1', 'input × parametric: 1/1'],
      [
        'embedding × additive: 0/0',
        'embedding × concatenative: 0/1',
        'embedding × parametric: 1/1',
      ],
      ['hidden × additive: 0/0', 'hidden × concatenative: 0/2', 'hidden × parametric: 0/1'],
    ]);
    expect(matrix.maxCount).toBe(1);
  });

  it('gives zero to a value no method holds and a largest count of zero when nothing is visible', () => {
    const nothing = visibleUnder({ venue: ['Nowhere'] });
    const matrix = countMatrix(catalogue, nothing, 'modality', 'paradigm');
    const graphRow = matrix.rows.findIndex((row) => row.value === 'graph');
    expect(matrix.cells[graphRow]).toEqual([
      { rowValue: 'graph', colValue: 'MR', count: 0, catalogueCount: 0 },
      { rowValue: 'graph', colValue: 'PT', count: 0, catalogueCount: 0 },
      { rowValue: 'graph', colValue: 'PI', count: 0, catalogueCount: 0 },
    ]);
    const visionRow = matrix.rows.findIndex((row) => row.value === 'vision');
    // vision: alpha (MR) and beta (PT).
    expect(matrix.cells[visionRow]!.map((cell) => cell.catalogueCount)).toEqual([1, 1, 0]);
    expect(matrix.cells.flat().every((cell) => cell.count === 0)).toBe(true);
    expect(matrix.maxCount).toBe(0);
  });

  it('counts years as an axis, one row per year of the catalogue', () => {
    const matrix = countMatrix(catalogue, everything, 'year', 'format');
    expect(matrix.rows.map((row) => row.value)).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    // fixed: gamma (2022) and zeta (2024); every other method is learnable.
    expect(matrix.cells.map((row) => row.map((cell) => cell.count))).toEqual([
      [0, 1],
      [0, 0],
      [0, 2],
      [1, 0],
      [0, 1],
      [1, 0],
    ]);
  });
});

describe('listCellMethods()', () => {
  it('lists the visible methods of one cell in catalogue order', () => {
    expect(
      idsOf(listCellMethods(catalogue, everything, 'location', 'input', 'operator', 'additive')),
    ).toEqual(['alpha', 'zeta']);
    expect(
      idsOf(
        listCellMethods(catalogue, everything, 'location', 'hidden', 'operator', 'concatenative'),
      ),
    ).toEqual(['beta', 'delta']);
  });

  it('leaves out the methods the filters hide', () => {
    const visible = visibleUnder({ paradigm: ['MR'] });
    expect(
      idsOf(listCellMethods(catalogue, visible, 'location', 'input', 'operator', 'additive')),
    ).toEqual(['alpha']);
  });

  it('lists nothing for a value no method holds, on either axis', () => {
    expect(listCellMethods(catalogue, everything, 'modality', 'graph', 'paradigm', 'MR')).toEqual(
      [],
    );
    expect(listCellMethods(catalogue, everything, 'paradigm', 'MR', 'modality', 'graph')).toEqual(
      [],
    );
  });
});
