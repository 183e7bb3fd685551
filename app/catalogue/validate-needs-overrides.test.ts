import { describe, expect, it } from 'vitest';
import { formatProblem } from './catalogue-problem';
import { makeMethod } from '../testing/make-method';
import { validateNeedsOverrides } from './validate-needs-overrides';

const methods = [
  makeMethod({ id: 'bar', format: ['learnable'], location: ['input'] }),
  makeMethod({ id: 'cot', format: ['fixed'], location: ['input'] }),
];

function problemsOf(raw: unknown): string[] {
  return validateNeedsOverrides(raw, methods).problems.map(formatProblem);
}

describe('validateNeedsOverrides()', () => {
  it('keeps a valid override by id', () => {
    const result = validateNeedsOverrides(
      [{ id: 'bar', access: 'scores', note: 'zeroth-order' }],
      methods,
    );
    expect(result.problems).toEqual([]);
    expect(result.byId.get('bar')?.access).toBe('scores');
  });

  it('names file, entry and field for every problem at once', () => {
    expect(
      problemsOf([
        { id: 'bar', access: 'weights', note: 'x' },
        { id: 'cot', data: 'few' },
        { id: 'nope', data: 'few', note: 'x' },
        { id: 'cot', note: 'nothing changed' },
        { id: 'cot', data: 'few', note: 'x', extra: 1 },
      ]),
    ).toEqual([
      'data/needs-overrides.json, entry "bar", field "access": must be one of "text", "scores", "gradients", "internals"',
      'data/needs-overrides.json, entry "cot", field "note": is required',
      'data/needs-overrides.json, entry "nope", field "id": is not the id of a catalogue method',
      'data/needs-overrides.json, entry "cot", field "access": must override "access", "data" or both',
      'data/needs-overrides.json, entry "cot", field "extra": is not a known field',
    ]);
  });

  it('rejects an override that repeats the rule, and a second override of one method', () => {
    expect(
      problemsOf([
        { id: 'cot', access: 'text', note: 'same as the rule' },
        { id: 'bar', data: 'few', note: 'first' },
        { id: 'bar', access: 'scores', note: 'second' },
      ]),
    ).toEqual([
      'data/needs-overrides.json, entry "cot", field "access": repeats what the rule derives ("text")',
      'data/needs-overrides.json, entry "bar", field "id": repeats an earlier override',
    ]);
  });

  it('says so when the file is not an array', () => {
    expect(problemsOf({ bar: 'scores' })).toEqual([
      'data/needs-overrides.json: must be a JSON array of overrides',
    ]);
  });
});
