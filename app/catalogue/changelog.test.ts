import { describe, expect, it } from 'vitest';
import changelogJson from '../../data/changelog.json';
import { loadBundledMethods, makeMethod } from '../testing/make-method';
import { formatProblem } from './catalogue-problem';
import type { Method } from './catalogue-types';
import { toFieldValues, validateChangelog } from './changelog';

const methods: Method[] = [
  makeMethod({ id: 'vp', paradigm: 'MR', added: '2026-11-29' }),
  makeMethod({ id: 'gp', labels: { source: 'atlas', fit: 'nearest', note: 'element-wise' } }),
];
const change = (overrides: Record<string, unknown> = {}) => ({
  method: 'vp',
  field: 'paradigm',
  old: ['PI'],
  new: ['MR'],
  date: '2026-12-04',
  reason: 'The pattern is trained, so it is reprogramming.',
  ...overrides,
});
const lines = (raw: unknown) => validateChangelog(raw, methods).problems.map(formatProblem);

describe('validateChangelog()', () => {
  it('accepts a relabel that leaves the value the method holds', () => {
    const result = validateChangelog([change()], methods);
    expect(result.problems).toEqual([]);
    expect(result.entries).toHaveLength(1);
  });

  it('accepts a change of label fit', () => {
    expect(
      lines([change({ method: 'gp', field: 'labels.fit', old: ['exact'], new: ['nearest'] })]),
    ).toEqual([]);
  });

  it('names the entry and field of a malformed change', () => {
    expect(lines([change({ field: 'colour', date: '2026-13-01' }), { method: 'vp' }])).toEqual([
      'data/changelog.json, entry "#0", field "field": must be one of "paradigm", "format", "location", "operator", "alignment", "modalities", "scope", "labels.fit"',
      'data/changelog.json, entry "#0", field "date": must be a calendar date written YYYY-MM-DD, like "2026-12-04"',
      'data/changelog.json, entry "#1", field "field": is required',
      'data/changelog.json, entry "#1", field "old": is required',
      'data/changelog.json, entry "#1", field "new": is required',
      'data/changelog.json, entry "#1", field "date": is required',
      'data/changelog.json, entry "#1", field "reason": is required',
    ]);
  });

  it('rejects an unknown method, a change before the method was added and a change that changes nothing', () => {
    expect(
      lines([
        change({ method: 'ghost' }),
        change({ date: '2026-11-01' }),
        change({ old: ['MR'], new: ['MR'] }),
      ]),
    ).toEqual([
      'data/changelog.json, entry "#0", field "method": "ghost" is not a catalogue method',
      'data/changelog.json, entry "#1", field "date": is before the method was added (2026-11-29)',
      'data/changelog.json, entry "#2", field "new": equals "old": nothing changed',
    ]);
  });

  it('checks the latest change of a field against the value held now, whatever the file order', () => {
    const later = change({ old: ['PT'], new: ['MR'], date: '2026-12-10' });
    const earlier = change({ old: ['PI'], new: ['PT'], date: '2026-12-01' });
    expect(lines([later, earlier])).toEqual([]);
    expect(validateChangelog([later, earlier], methods).entries.map((e) => e.date)).toEqual([
      '2026-12-01',
      '2026-12-10',
    ]);
    expect(lines([change({ old: ['MR'], new: ['PT'] })])).toEqual([
      'data/changelog.json, entry "#0", field "new": is the latest change of vp\'s paradigm, but the method holds ["MR"]',
    ]);
  });

  it('rejects a file that is not an array', () => {
    expect(lines({ changes: [] })).toEqual([
      'data/changelog.json: must be a JSON array of changes',
    ]);
  });

  it('holds for the bundled changelog', () => {
    expect(validateChangelog(changelogJson, loadBundledMethods()).problems).toEqual([]);
  });
});

describe('toFieldValues()', () => {
  const method = makeMethod({
    id: 'm',
    paradigm: 'MR',
    scope: 'boundary',
    location: ['input', 'hidden'],
    labels: { source: 'atlas', fit: 'nearest', note: 'close' },
  });

  it('reads single-valued fields as one value and list fields as they are', () => {
    expect(toFieldValues(method, 'paradigm')).toEqual(['MR']);
    expect(toFieldValues(method, 'scope')).toEqual(['boundary']);
    expect(toFieldValues(method, 'labels.fit')).toEqual(['nearest']);
    expect(toFieldValues(method, 'location')).toEqual(['input', 'hidden']);
  });
});

describe('validateChangelog() details', () => {
  const held = makeMethod({
    id: 'vp',
    paradigm: 'MR',
    scope: 'core',
    format: ['learnable'],
    location: ['embedding', 'hidden'],
    added: '2026-11-29',
  });
  const check = (raw: unknown[]) => validateChangelog(raw, [held]);
  const relabel = (field: string, old: string[], now: string[], date: string) =>
    change({ field, old, new: now, date });

  it('accepts a change dated the day the method was added', () => {
    expect(check([change({ date: '2026-11-29' })]).problems).toEqual([]);
  });

  it('compares value lists whatever their order, value by value', () => {
    expect(
      check([relabel('location', ['input'], ['hidden', 'embedding'], '2026-12-01')]).problems,
    ).toEqual([]);
    expect(
      check([
        relabel('location', ['embedding', 'hidden'], ['hidden', 'embedding'], '2026-12-01'),
      ]).problems.map(formatProblem),
    ).toEqual(['data/changelog.json, entry "#0", field "new": equals "old": nothing changed']);
    // Two values are not the one value their letters would spell run together.
    expect(
      check([relabel('location', ['embeddinghidden'], ['embedding', 'hidden'], '2026-12-01')])
        .problems,
    ).toEqual([]);
  });

  it('orders changes by date, and by file order within a date', () => {
    const scope = relabel('scope', ['boundary'], ['core'], '2026-12-05');
    const paradigm = relabel('paradigm', ['PI'], ['MR'], '2026-12-01');
    const format = relabel('format', ['fixed'], ['learnable'], '2026-12-05');
    const location = relabel('location', ['input'], ['embedding', 'hidden'], '2026-12-01');
    const fields = (raw: unknown[]) => check(raw).entries.map((entry) => entry.field);
    expect(fields([scope, paradigm, format, location])).toEqual([
      'paradigm',
      'location',
      'scope',
      'format',
    ]);
    expect(fields([location, format, paradigm, scope])).toEqual([
      'location',
      'paradigm',
      'format',
      'scope',
    ]);
  });

  it("checks the latest change of each field of a method, not only the method's latest", () => {
    const wrongParadigm = relabel('paradigm', ['PI'], ['PT'], '2026-12-01');
    const laterScope = relabel('scope', ['boundary'], ['core'], '2026-12-05');
    expect(check([wrongParadigm, laterScope]).problems.map(formatProblem)).toEqual([
      'data/changelog.json, entry "#0", field "new": is the latest change of vp\'s paradigm, but the method holds ["MR"]',
    ]);
  });

  it('names fields the changelog does not know', () => {
    expect(check([change({ extra: 1, colour: 'red' })]).problems.map(formatProblem)).toEqual([
      'data/changelog.json, entry "#0", field "extra, colour": is not a known field',
    ]);
  });

  it('gives no entries for a file that is not an array', () => {
    expect(check({} as unknown[]).entries).toEqual([]);
  });
});
