import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, toContentSecurityPolicy } from './content-security-policy-plugin';

describe('toContentSecurityPolicy()', () => {
  it('is the plain policy when nothing inline is hashed', () => {
    expect(toContentSecurityPolicy({ scripts: [], styles: [] })).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows the hashed inline script and style attributes, and nothing inline besides', () => {
    const policy = toContentSecurityPolicy({
      scripts: ["'sha256-script'"],
      styles: ["'sha256-one'", "'sha256-two'"],
    });
    expect(policy).toContain("script-src 'self' 'sha256-script';");
    expect(policy).toContain("style-src 'self' 'unsafe-hashes' 'sha256-one' 'sha256-two';");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("default-src 'self'");
  });
});
