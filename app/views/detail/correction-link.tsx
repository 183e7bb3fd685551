import type { Method } from '../../catalogue/catalogue-types';
import { formatCorrectionIssueUrl } from '../../ui/correction-issue-url';

interface CorrectionLinkProps {
  method: Method;
  /** The field as the data names it ("location", "access"). */
  field: string;
  /** What Atlas says now, quoted in the issue. */
  current: string;
}

/**
 * A link to a new issue, filled in with this method and field, in the
 * repository package.json names; nothing when it names none. The reader's
 * browser opens it; Atlas sends nothing.
 */
export function CorrectionLink({ method, field, current }: CorrectionLinkProps) {
  const href = formatCorrectionIssueUrl(__ATLAS_REPOSITORY__, method, field, current);
  if (!href) return null;
  return (
    <a
      className="detail-correction"
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={`Suggest a correction to the ${field} of ${method.name}`}
    >
      Suggest a correction
    </a>
  );
}
