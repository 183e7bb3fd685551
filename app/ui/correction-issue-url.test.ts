import { describe, expect, it } from 'vitest';
import { formatCorrectionIssueUrl, toRepositoryWebUrl } from './correction-issue-url';

describe('toRepositoryWebUrl()', () => {
  it('reads the forms package.json allows', () => {
    for (const form of [
      'owner/atlas',
      'github:owner/atlas',
      'https://github.com/owner/atlas',
      'https://github.com/owner/atlas.git',
      'git+https://github.com/owner/atlas.git',
      { url: 'git+ssh://git@github.com/owner/atlas.git' },
    ])
      expect(toRepositoryWebUrl(form)).toBe('https://github.com/owner/atlas');
  });

  it('is null without a repository or off GitHub', () => {
    expect(toRepositoryWebUrl(undefined)).toBeNull();
    expect(toRepositoryWebUrl({})).toBeNull();
    expect(toRepositoryWebUrl('')).toBeNull();
    expect(toRepositoryWebUrl('https://gitlab.com/owner/atlas')).toBeNull();
  });
});

describe('formatCorrectionIssueUrl()', () => {
  const method = { id: 'vpt', name: 'VPT' };

  it('pre-fills the title and body with the method and the field', () => {
    const url = new URL(
      formatCorrectionIssueUrl('github:owner/atlas', method, 'location', 'Embedding, Hidden')!,
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/owner/atlas/issues/new');
    expect(url.searchParams.get('title')).toBe('Fix location of VPT (vpt)');
    expect(url.searchParams.get('body')).toContain('Currently in Atlas: Embedding, Hidden');
  });

  it('gives no link without a repository', () => {
    expect(formatCorrectionIssueUrl(undefined, method, 'location', 'x')).toBeNull();
  });
});
