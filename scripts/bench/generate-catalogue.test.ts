import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../app/catalogue/validate-catalogue';
import { generateCatalogue, MEAN_CITES } from './generate-catalogue';

describe('generateCatalogue()', () => {
  const catalogue = generateCatalogue(1000, 7);

  it('gives the same catalogue for the same seed and another for another seed', () => {
    expect(generateCatalogue(1000, 7)).toEqual(catalogue);
    expect(generateCatalogue(1000, 8).methods).not.toEqual(catalogue.methods);
  });

  it('writes exactly the number of methods asked for', () => {
    expect(catalogue.methods).toHaveLength(1000);
    expect(generateCatalogue(10, 1).methods).toHaveLength(10);
  });

  it('passes the app validator with no problem', () => {
    const result = validateCatalogue(catalogue.taxonomy, catalogue.methods);
    expect(result.problems).toEqual([]);
    expect(result.methods).toHaveLength(1000);
  });

  it('cites about five earlier methods per method', () => {
    const cites = catalogue.methods.reduce((sum, method) => sum + method.cites.length, 0);
    expect(cites / catalogue.methods.length).toBeGreaterThan(MEAN_CITES - 0.5);
    expect(cites / catalogue.methods.length).toBeLessThan(MEAN_CITES + 0.5);
  });

  it('holds multi-valued labels, long titles and text outside ASCII', () => {
    const { methods } = catalogue;
    expect(methods.some((method) => method.location.length > 1)).toBe(true);
    expect(methods.some((method) => method.modalities.length > 1)).toBe(true);
    expect(Math.max(...methods.map((method) => method.title.length))).toBeGreaterThan(180);
    expect(methods.some((method) => /[^ -~]/.test(method.title))).toBe(true);
    expect(methods.some((method) => method.authors.some((a) => /[^ -~]/.test(a)))).toBe(true);
  });

  it('spreads years over 2018-2026', () => {
    const years = new Set(catalogue.methods.map((method) => method.year));
    expect(Math.min(...years)).toBe(2018);
    expect(Math.max(...years)).toBe(2026);
  });
});
