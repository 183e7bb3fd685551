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

describe('validateNeedsOverrides() entry names and types', () => {
  it('tells a field of the wrong type from a missing one', () => {
    expect(problemsOf([{ id: 'bar', access: 'scores', note: 5 }, null])).toEqual([
      'data/needs-overrides.json, entry "bar", field "note": Invalid input: expected string, received number',
      'data/needs-overrides.json, entry "#1": Invalid input: expected object, received null',
    ]);
  });

  it('lists the data levels an override may name', () => {
    expect(problemsOf([{ id: 'bar', data: 'lots', note: 'x' }])).toEqual([
      'data/needs-overrides.json, entry "bar", field "data": must be one of "none", "few", "full"',
    ]);
  });

  it('names an entry by its id only when the id is a string of 1 to 80 characters', () => {
    const entries = validateNeedsOverrides(
      [
        { id: 'y'.repeat(80), data: 'few', note: 'x' },
        { id: 'z'.repeat(81), data: 'few', note: 'x' },
        { id: '', data: 'few', note: 'x' },
        { id: 7, data: 'few', note: 'x' },
      ],
      methods,
    ).problems.map((problem) => problem.entry);
    expect(entries).toEqual(['y'.repeat(80), '#1', '#2', '#3']);
  });

  it('rejects an override of the data need that repeats the rule', () => {
    expect(problemsOf([{ id: 'bar', data: 'full', note: 'as the rule says' }])).toEqual([
      'data/needs-overrides.json, entry "bar", field "data": repeats what the rule derives ("full")',
    ]);
  });
});
