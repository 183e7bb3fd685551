import { describe, expect, it } from 'vitest';
import changelogJson from '../../data/changelog.json';
import methodsJson from '../../data/methods.json';
import { makeMethod } from '../testing/make-method';
import { formatProblem } from './catalogue-problem';
import type { Method } from './catalogue-types';
import { validateChangelog } from './changelog';

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
    expect(validateChangelog(changelogJson, methodsJson as Method[]).problems).toEqual([]);
  });
});
