import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeProblems, toShownPath } from './catalogue-files';

const cwd = resolve('/work/atlas');
const problem = (file: string) => ({
  file,
  entry: 'vpt',
  field: 'year',
  message: 'must be a whole year',
});

describe('toShownPath()', () => {
  it('shows a path inside the working folder relative to it, and any other path whole', () => {
    expect(toShownPath(join(cwd, 'data', 'methods.json'), cwd)).toBe(join('data', 'methods.json'));
    expect(toShownPath('/tmp/mine/methods.json', cwd)).toBe('/tmp/mine/methods.json');
  });
});

describe('placeProblems()', () => {
  it('names each problem by the file in the folder read, keeping entry, field and message', () => {
    const placed = placeProblems(
      [problem('data/methods.json'), problem('data/needs-overrides.json')],
      join(cwd, 'bench', 'catalogue-10'),
      cwd,
    );
    expect(placed).toEqual([
      problem(join('bench', 'catalogue-10', 'methods.json')),
      problem(join('bench', 'catalogue-10', 'needs-overrides.json')),
    ]);
  });

  it('leaves the bundled names as they are when the folder is data/, and other files alone', () => {
    expect(placeProblems([problem('data/methods.json')], join(cwd, 'data'), cwd)).toEqual([
      problem('data/methods.json'),
    ]);
    expect(placeProblems([problem('refs.bib')], '/tmp/mine', cwd)).toEqual([problem('refs.bib')]);
  });
});
