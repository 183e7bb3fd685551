import type { CatalogueProblem } from '../catalogue/catalogue-problem';
import { useAtlasDispatch, useNotices } from '../state/atlas-store';
import { CatalogueProblems } from './catalogue-problems';

/** Says what Atlas ignored or set aside (URL values, catalogue problems) until the reader dismisses it. */
export function NoticeBar({ problems }: { problems: readonly CatalogueProblem[] }) {
  const { notices, dismissNotices, dismissNotice } = useNotices();
  const dispatch = useAtlasDispatch();
  if (notices.length === 0) return null;
  return (
    <div className="notice-bar" role="status" aria-label="Notices">
      <ul>
        {notices.map((notice) => (
          <li key={notice.text}>
            {notice.text}
            {notice.action && (
              <>
                {' '}
                <button
                  type="button"
                  className="button-link"
                  onClick={() => {
                    if (notice.action) dispatch(notice.action.intent);
                    dismissNotice(notice);
                  }}
                >
                  {notice.action.label}
                </button>
              </>
            )}
          </li>
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
