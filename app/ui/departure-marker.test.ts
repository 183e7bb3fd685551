import { describe, expect, it } from 'vitest';
import type { LabelDeparture } from '../catalogue/catalogue-types';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { formatDepartureNote, formatDepartureTitle, toValueNames } from './departure-marker';

const catalogue = makeFixtureCatalogue();
const misfiled: LabelDeparture = {
  field: 'operator',
  authors: ['statistical', 'linear'],
  atlas: ['additive'],
  reason: 'The cell holds alignment words.',
};

describe('toValueNames()', () => {
  it("names paradigms and a field's values, a word of another dimension from that dimension, and keeps an unknown word", () => {
    expect(toValueNames(catalogue, 'paradigm', ['PI', 'PT'])).toEqual([
      'Prompt instruction',
      'Prompt tuning',
    ]);
    expect(toValueNames(catalogue, 'format', ['fixed'])).toEqual(['Fixed']);
    expect(toValueNames(catalogue, 'operator', ['statistical', 'glue'])).toEqual([
      'Statistical',
      'glue',
    ]);
  });
});

describe('formatDepartureNote() and formatDepartureTitle()', () => {
  it("say whose label is shown, Atlas's reading and, in the tooltip, why", () => {
    expect(formatDepartureNote(catalogue, misfiled)).toBe(
      "the survey's operator label; Atlas's: Additive",
    );
    expect(formatDepartureTitle(catalogue, misfiled)).toBe(
      'The survey labels it Statistical, Linear; Atlas reads Additive. The cell holds alignment words.',
    );
  });
});
