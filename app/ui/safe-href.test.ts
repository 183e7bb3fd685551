import { describe, expect, it } from 'vitest';
import { toArxivHref, toDoiHref, toSafeHref } from './safe-href';

describe('toSafeHref()', () => {
  it('keeps http and https addresses', () => {
    expect(toSafeHref('https://github.com/KMnP/vpt')).toBe('https://github.com/KMnP/vpt');
    expect(toSafeHref('http://example.org/a b')).toBe('http://example.org/a%20b');
  });

  it('refuses every other scheme and garbage', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:x',
      'data:text/html,<b>',
      'vbscript:x',
      'file:///etc/passwd',
      'not a url',
      '',
    ]) {
      expect(toSafeHref(url)).toBeUndefined();
    }
  });
});

describe('toArxivHref() and toDoiHref()', () => {
  it('builds resolver links with the identifier encoded', () => {
    expect(toArxivHref('2203.12119')).toBe('https://arxiv.org/abs/2203.12119');
    expect(toDoiHref('10.1145/3534678.3539249')).toBe('https://doi.org/10.1145/3534678.3539249');
    expect(toDoiHref('10.1/a"b<c')).toBe('https://doi.org/10.1/a%22b%3Cc');
  });
});
