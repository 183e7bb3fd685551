import type { Plugin } from 'vite';

/**
 * The policy of the built site: scripts, styles, data and workers only from
 * its own origin, nothing inline, nothing from any other host.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Inline scripts and styles the policy allows by hash (CSP sources such as 'sha256-…'). */
export interface HashedSources {
  scripts: readonly string[];
  styles: readonly string[];
}

/**
 * The policy with the given inline scripts and style attributes allowed by their hashes:
 * the build's first screen has one opening script and a few styles (row heights, column
 * widths). Any other inline script or style is still refused.
 */
export function toContentSecurityPolicy({ scripts, styles }: HashedSources): string {
  let policy = CONTENT_SECURITY_POLICY;
  if (scripts.length > 0)
    policy = policy.replace("script-src 'self'", `script-src 'self' ${scripts.join(' ')}`);
  if (styles.length > 0)
    policy = policy.replace(
      "style-src 'self'",
      `style-src 'self' 'unsafe-hashes' ${styles.join(' ')}`,
    );
  return policy;
}

const NOTHING_HASHED: HashedSources = { scripts: [], styles: [] };

/** Adds the policy as a meta tag to the built index.html (dev keeps Vite's inline helpers). */
export function contentSecurityPolicyPlugin(
  listHashedSources: () => HashedSources = () => NOTHING_HASHED,
): Plugin {
  return {
    name: 'atlas-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: toContentSecurityPolicy(listHashedSources()),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
