import { describe, expect, it } from 'vitest';
import taxonomyJson from '../../data/taxonomy.json';
import methodsJson from '../../data/methods.json';
import { makeHostileMethods } from '../testing/hostile-catalogue';
import { formatProblem } from './catalogue-problem';
import { validateCatalogue } from './validate-catalogue';
import { toRawMethod } from './method-record';

describe('validateCatalogue() on a hostile catalogue', () => {
  const base = { ...validateCatalogue(taxonomyJson, methodsJson).methods[0]!, cites: [] };
  const hostile = makeHostileMethods(base, 3, 2);
  const result = validateCatalogue(taxonomyJson, [toRawMethod(base), ...hostile]);

  it('keeps markup and 10,000-character strings as plain text values', () => {
    const kept = result.methods.filter((method) => method.id.startsWith('hostile-'));
    expect(kept.map((method) => method.id)).toEqual(['hostile-0', 'hostile-1', 'hostile-2']);
    expect(kept[0]!.summary).toHaveLength(10_000);
    expect(kept[1]!.name).toContain('onerror');
  });

  it('rejects javascript: links, naming the entry and the field', () => {
    const lines = result.problems.map(formatProblem);
    expect(lines).toContain(
      'data/methods.json, entry "hostile-3", field "url": must be an http(s) address; got "javascript:window.__pwned=\\"url\\""',
    );
    expect(lines.some((line) => line.includes('entry "hostile-4", field "code"'))).toBe(true);
    expect(
      result.methods.some((method) => method.id === 'hostile-3' || method.id === 'hostile-4'),
    ).toBe(false);
  });

  it('rejects strings over 10,000 characters', () => {
    const tooLong = {
      ...hostile[0]!,
      id: 'too-long',
      doi: '10.1234/too-long',
      summary: 'x'.repeat(10_001),
    };
    const lines = validateCatalogue(taxonomyJson, [toRawMethod(base), tooLong]).problems.map(
      formatProblem,
    );
    expect(lines).toEqual([
      'data/methods.json, entry "too-long", field "summary": is longer than 10,000 characters',
    ]);
  });
});
