/** What package.json may hold under "repository": a string or `{ type, url }`. */
export type RepositoryField = string | { url?: string | undefined } | undefined | null;

/**
 * The web address of a GitHub repository named by package.json's "repository"
 * ("owner/name", "github:owner/name", an https or git+https address, with or
 * without ".git"), or null when there is none or it is not on GitHub.
 */
export function toRepositoryWebUrl(repository: RepositoryField): string | null {
  const raw = typeof repository === 'string' ? repository : repository?.url;
  if (!raw) return null;
  const text = raw.trim();
  const short = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(text);
  const long =
    /^(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
      text,
    );
  const match = short ?? long;
  if (!match) return null;
  const name = match[2]!.replace(/\.git$/, '');
  return `https://github.com/${match[1]}/${name}`;
}

/**
 * A pre-filled "new issue" address asking to correct one field of one method,
 * or null without a repository. Atlas only builds the link; the reader's
 * browser opens it, and nothing is sent unless they submit the issue.
 */
export function formatCorrectionIssueUrl(
  repository: RepositoryField,
  method: { id: string; name: string },
  field: string,
  current: string,
): string | null {
  const base = toRepositoryWebUrl(repository);
  if (!base) return null;
  const title = `Fix ${field} of ${method.name} (${method.id})`;
  const body = [
    `Method: ${method.name} (\`${method.id}\`)`,
    `Field: ${field}`,
    `Currently in Atlas: ${current}`,
    '',
    'Proposed value, and the place in the paper that supports it (section, page or a quote):',
    '',
  ].join('\n');
  const query = new URLSearchParams({ title, body });
  return `${base}/issues/new?${query.toString()}`;
}
