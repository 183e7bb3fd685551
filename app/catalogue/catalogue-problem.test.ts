import { describe, expect, it } from 'vitest';
import { formatProblem, toFieldPath } from './catalogue-problem';

describe('formatProblem()', () => {
  it('names the file, the entry and the field before the message', () => {
    expect(
      formatProblem({
        file: 'data/methods.json',
        entry: 'vpt',
        field: 'location[1]',
        message: 'must be one of "input", "embedding", "hidden"',
      }),
    ).toBe(
      'data/methods.json, entry "vpt", field "location[1]": must be one of "input", "embedding", "hidden"',
    );
  });

  it('leaves out an entry or field the problem does not have', () => {
    const file = 'data/methods.json';
    expect(formatProblem({ file, entry: '', field: '', message: 'must be a JSON array' })).toBe(
      'data/methods.json: must be a JSON array',
    );
    expect(formatProblem({ file, entry: '#3', field: '', message: 'is wrong' })).toBe(
      'data/methods.json, entry "#3": is wrong',
    );
    expect(formatProblem({ file, entry: '', field: 'venues[2].code', message: 'is wrong' })).toBe(
      'data/methods.json, field "venues[2].code": is wrong',
    );
  });
});

describe('toFieldPath()', () => {
  it('writes names with dots and indexes in brackets', () => {
    expect(toFieldPath(['cites', 0, 'id'])).toBe('cites[0].id');
    expect(toFieldPath(['labels', 'departures', 1, 'atlas', 0])).toBe(
      'labels.departures[1].atlas[0]',
    );
    expect(toFieldPath(['summary'])).toBe('summary');
  });

  it('starts a path that opens with an index with its bracket, and gives "" for no path', () => {
    expect(toFieldPath([2, 'code'])).toBe('[2].code');
    expect(toFieldPath([])).toBe('');
  });
});
