import { describe, expect, it } from 'vitest';
import { toContrastRatio } from '../../ui/contrast-ratio';
import { makeCellColours } from './cell-colours';

describe('makeCellColours()', () => {
  it.each([1, 4, 84, 10_000])(
    'passes WCAG AA for every count up to a largest cell of %i',
    (max) => {
      const colours = makeCellColours(max);
      const step = Math.max(1, Math.floor(max / 500));
      for (let count = 1; count <= max; count += step) {
        const { background, text } = colours(count);
        expect(toContrastRatio(background, text), `count ${count}`).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  it('keeps the domain fixed: the same count gets the same colour whatever is filtered', () => {
    const colours = makeCellColours(84);
    expect(colours(10)).toEqual(makeCellColours(84)(10));
    expect(colours(84).background).not.toBe(colours(10).background);
    expect(colours(84).text).toBe('#ffffff');
  });
});
