import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareColours, type ColourVision } from './colour-vision';
import {
  FALLBACK_COLOUR,
  OTHER_COLOUR,
  PARADIGM_COLOURS,
  SEVERAL_COLOUR,
  VALUE_COLOURS,
} from './group-colours';

const VISIONS: ColourVision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
/** CIE76 difference above which two marks read as different colours at a glance. */
const DISTINCT = 10;

function smallestDifference(colours: readonly string[], vision: ColourVision): number {
  let smallest = Infinity;
  for (let i = 0; i < colours.length; i++) {
    for (let j = i + 1; j < colours.length; j++) {
      smallest = Math.min(smallest, compareColours(colours[i]!, colours[j]!, vision));
    }
  }
  return smallest;
}

describe('compareColours()', () => {
  it('gives 0 for one colour and a large difference for black and white', () => {
    expect(compareColours('#0072b2', '#0072b2', 'normal')).toBe(0);
    expect(compareColours('#000000', '#ffffff', 'normal')).toBeCloseTo(100, 0);
  });

  it('brings red and green together for a deuteranope', () => {
    expect(compareColours('#d00000', '#00a000', 'deuteranopia')).toBeLessThan(
      compareColours('#d00000', '#00a000', 'normal') / 2,
    );
  });
});

describe('the palettes', () => {
  it.each(VISIONS)('keep the paradigm colours apart for %s vision', (vision) => {
    expect(smallestDifference([...PARADIGM_COLOURS], vision)).toBeGreaterThanOrEqual(DISTINCT);
  });

  it.each(VISIONS)('keep the dimension colours and "two or more" apart for %s vision', (vision) => {
    expect(smallestDifference([...VALUE_COLOURS, SEVERAL_COLOUR], vision)).toBeGreaterThanOrEqual(
      DISTINCT,
    );
  });

  it.each(VISIONS)(
    'keep the modality colours, "other" and "two or more" apart for %s vision',
    (vision) => {
      expect(
        smallestDifference([...VALUE_COLOURS, OTHER_COLOUR, SEVERAL_COLOUR], vision),
      ).toBeGreaterThanOrEqual(DISTINCT);
    },
  );

  it('match the paradigm colours of the stylesheet', () => {
    const css = readFileSync('app/ui/atlas.css', 'utf8');
    PARADIGM_COLOURS.forEach((colour, index) => {
      expect(css).toContain(`--paradigm-${index}: ${colour};`);
    });
    expect(css).toContain(`--paradigm-other: ${FALLBACK_COLOUR};`);
  });
});
