import type { Method } from '../../catalogue/catalogue-types';
import { toArxivHref, toDoiHref, toSafeHref } from '../../ui/safe-href';

/** arXiv, DOI, code and paper links; only http(s) targets are ever rendered as links. */
export function DetailLinks({ method }: { method: Method }) {
  const candidates: { label: string; href: string | undefined }[] = [
    {
      label: `arXiv ${method.arxiv ?? ''}`,
      href: method.arxiv ? toArxivHref(method.arxiv) : undefined,
    },
    { label: `DOI ${method.doi ?? ''}`, href: method.doi ? toDoiHref(method.doi) : undefined },
    { label: 'Code', href: toSafeHref(method.code) },
    { label: 'Paper page', href: toSafeHref(method.url) },
  ];
  const links = candidates.filter(
    (link, index): link is { label: string; href: string } =>
      link.href !== undefined &&
      candidates.findIndex((other) => other.href === link.href) === index,
  );
  if (links.length === 0) return null;
  return (
    <ul className="detail-links" aria-label="Links">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} target="_blank" rel="noopener noreferrer">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
