/**
 * The link target for a catalogue URL, or undefined when it is not a plain
 * http(s) address: a `javascript:` or `data:` URL never becomes a link, even
 * if it slipped past validation.
 */
export function toSafeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** arXiv abstract page of an identifier. */
export function toArxivHref(arxiv: string): string {
  return `https://arxiv.org/abs/${encodeURIComponent(arxiv).replace(/%2F/g, '/')}`;
}

/** Resolver URL of a DOI. */
export function toDoiHref(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}
