import type { CatalogueProblem } from '../catalogue/catalogue-problem';
import { useAtlas } from '../state/atlas-store';
import { CatalogueProblems } from './catalogue-problems';

/** Says what Atlas ignored (URL values, catalogue problems) until the reader dismisses it. */
export function NoticeBar({ problems }: { problems: readonly CatalogueProblem[] }) {
  const { notices, dismissNotices } = useAtlas();
  if (notices.length === 0) return null;
  return (
    <div className="notice-bar" role="status" aria-label="Notices">
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
        {problems.length > 1 && (
          <li>
            <details>
              <summary>All {problems.length} catalogue problems</summary>
              <CatalogueProblems problems={problems} entryCount={0} />
            </details>
          </li>
        )}
      </ul>
      <button type="button" className="button" onClick={dismissNotices}>
        Dismiss
      </button>
    </div>
  );
}
