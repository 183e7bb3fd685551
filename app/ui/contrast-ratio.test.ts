import { describe, expect, it } from 'vitest';
import { pickTextColour, toContrastRatio } from './contrast-ratio';

describe('toContrastRatio()', () => {
  it('gives 21 for black on white and 1 for a colour on itself', () => {
    expect(toContrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(toContrastRatio('#ffffff', '#000')).toBeCloseTo(21, 5);
    expect(toContrastRatio('#1f5fae', '#1f5fae')).toBe(1);
  });
});

describe('pickTextColour()', () => {
  it('puts white text on dark blue and dark text on pale blue', () => {
    expect(pickTextColour('#08306b')).toBe('#ffffff');
    expect(pickTextColour('#deebf7')).toBe('#1b2430');
  });
});
