import { formatProblem } from '../catalogue/catalogue-problem';
import type { LoadedCatalogue } from '../catalogue/load-catalogue';
import { toUrlNotices, type Notice } from '../state/atlas-store';
import type { OpenedState } from '../state/open-state';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** What Atlas tells the reader as it opens: catalogue problems, ignored URL values, a selection set aside. */
export function toStartNotices(loaded: LoadedCatalogue, opened: OpenedState): Notice[] {
  const notices: Notice[] = [];
  const { problems } = loaded;
  if (problems.length > 0) {
    const left = loaded.entryCount - (loaded.catalogue?.methods.length ?? 0);
    notices.push({
      text:
        `The catalogue has ${problems.length} ${plural(problems.length, 'problem', 'problems')}` +
        (left > 0 ? `; ${left} ${plural(left, 'entry was', 'entries were')} left out` : '') +
        `. First: ${formatProblem(problems[0]!)}`,
    });
  }
  notices.push(...toUrlNotices(opened.ignored));
  const count = opened.setAside.length;
  if (count > 0) {
    notices.push({
      text: `This link opened its own selection; the ${count} ${plural(count, 'method', 'methods')} you had selected before ${plural(count, 'was', 'were')} set aside.`,
      action: { label: 'Add them back', intent: { type: 'selectMany', ids: opened.setAside } },
    });
  }
  return notices;
}
