import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../../testing/make-method';
import { makeColumns, type MethodColumn } from './table-column-defs';

const sizeOf = (columns: MethodColumn[], id: string) =>
  columns.find((column) => column.id === id)!.size;

/** The operator column of a catalogue whose widest method holds `count` operators. */
function operatorWidth(count: number): number {
  const operators = ['additive', 'concatenative', 'parametric'].slice(0, count);
  const catalogue = makeTestCatalogue([
    makeMethod({ id: 'one', operator: ['additive'] }),
    makeMethod({ id: 'widest', operator: operators }),
  ]);
  return sizeOf(makeColumns({ catalogue, onOpen: () => {} }), 'operator');
}

describe('dimension column widths', () => {
  it('fit one or two values on one line, and more values on two lines', () => {
    // Operator codes are two letters: a badge is 28px, 3px apart, with 16px of cell padding.
    expect(operatorWidth(1)).toBe(66); // the column's least width: its header
    expect(operatorWidth(2)).toBe(16 + 2 * 28 + 3);
    // Three values wrap two to a line: the column holds two badges, not three.
    expect(operatorWidth(3)).toBe(16 + 2 * 28 + 3);
  });
});
