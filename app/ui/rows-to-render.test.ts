import { describe, expect, it } from 'vitest';
import { toRowsToRender } from './rows-to-render';

const offered = [4, 5, 6, 7, 8, 9, 10, 11].map((index) => ({ index }));

describe('toRowsToRender', () => {
  it('keeps, at rest, only the rows in view', () => {
    const rows = toRowsToRender(offered, { startIndex: 6, endIndex: 9 }, false);
    expect(rows.map((row) => row.index)).toEqual([6, 7, 8, 9]);
  });

  it('keeps every offered row while the table scrolls', () => {
    expect(toRowsToRender(offered, { startIndex: 6, endIndex: 9 }, true)).toEqual(offered);
  });

  it('keeps every offered row before the view is known', () => {
    expect(toRowsToRender(offered, null, false)).toEqual(offered);
  });
});
