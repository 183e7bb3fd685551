import { describe, expect, it } from 'vitest';
import { formatCellCount, toCellLabel, toCellState } from './matrix-labels';

const cell = (count: number, catalogueCount: number) => ({
  rowValue: 'input',
  colValue: 'additive',
  count,
  catalogueCount,
});

describe('toCellState()', () => {
  it('tells a cell the filters emptied from one the catalogue never filled', () => {
    expect(toCellState(cell(3, 5))).toBe('visible');
    expect(toCellState(cell(0, 5))).toBe('filtered');
    expect(toCellState(cell(0, 0))).toBe('absent');
  });
});

describe('toCellLabel()', () => {
  it('states row value, column value and count in words', () => {
    const row = { axis: 'Location', label: 'Input' };
    const col = { axis: 'Operator', label: 'Additive' };
    expect(toCellLabel(row, col, cell(1, 1))).toBe('Location Input, Operator Additive: 1 method');
    expect(toCellLabel(row, col, cell(3, 5))).toBe(
      'Location Input, Operator Additive: 3 methods, 3 of 5 in catalogue',
    );
    expect(formatCellCount(cell(0, 5))).toBe('emptied by the current filters, 0 of 5 in catalogue');
    expect(formatCellCount(cell(0, 0))).toBe('none in this catalogue');
  });
});
