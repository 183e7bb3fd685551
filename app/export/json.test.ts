import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import taxonomyJson from '../../data/taxonomy.json';
import { validateCatalogue } from '../catalogue/validate-catalogue';
import { makeMethod } from '../testing/make-method';
import { toRawMethod } from '../catalogue/method-record';
import { formatJson } from './json';

const readData = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));

describe('formatJson()', () => {
  it('round-trips methods to the same values, absent fields left out', () => {
    const methods = [
      makeMethod({ id: 'a', arxiv: undefined, pages: '1--2' }),
      makeMethod({ id: 'b', code: 'https://github.com/x/y', tasks: ['retrieval'] }),
    ];
    const text = formatJson(methods);
    expect(JSON.parse(text)).toEqual(methods.map(toRawMethod));
    expect(text).not.toContain('"arxiv"');
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    const text = formatJson([makeMethod({ id: 'a' })]);
    expect(text.startsWith('[\n  {\n    "id": "a",\n    "name": "A",\n')).toBe(true);
    expect(text.endsWith(']\n')).toBe(true);
    expect(formatJson([])).toBe('[]\n');
  });

  it('exports the whole catalogue as a methods file that validates again, fields in file order', () => {
    const raw = readData('methods.json') as Record<string, unknown>[];
    const { methods, problems } = validateCatalogue(taxonomyJson, raw);
    expect(problems).toEqual([]);
    const exported = JSON.parse(formatJson(methods)) as Record<string, unknown>[];
    expect(exported).toEqual(raw);
    const again = validateCatalogue(taxonomyJson, exported);
    expect(again.problems).toEqual([]);
    expect(again.methods).toEqual(methods);
    // Fields come out in the order the catalogue file mostly uses, whatever order zod returns.
    expect(Object.keys(exported[0]!).slice(0, 6)).toEqual([
      'id',
      'name',
      'title',
      'authors',
      'year',
      'venue',
    ]);
  });

  it('keeps a field the order list does not know yet', () => {
    const method = { ...makeMethod({ id: 'a' }), extra: 1 };
    const [exported] = JSON.parse(formatJson([method])) as object[];
    expect(Object.keys(exported!).at(-1)).toBe('extra');
  });
});
