import { describe, expect, it } from 'vitest';
import { formatMethodDates } from './format-method-dates';

describe('formatMethodDates()', () => {
  it('adds the arXiv month when the paper was posted there in an earlier year', () => {
    expect(formatMethodDates({ year: 2024, arxiv: '2110.04544' })).toBe('2024, arXiv 2021-10');
  });

  it('gives the year alone when arXiv and venue agree on the year, or there is no arXiv id', () => {
    expect(formatMethodDates({ year: 2022, arxiv: '2203.12119' })).toBe('2022');
    expect(formatMethodDates({ year: 2019, arxiv: undefined })).toBe('2019');
  });

  it('ignores an arXiv id dated after the venue year (a later version), as the timelines do', () => {
    expect(formatMethodDates({ year: 2020, arxiv: '2301.00001' })).toBe('2020');
  });
});
