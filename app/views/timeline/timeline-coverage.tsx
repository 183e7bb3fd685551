import type { YearCounts } from '../../graph-model/group-categories';
import { useCatalogue } from '../../state/atlas-store';

/** How many of the latest years the caption counts. */
const RECENT_YEARS = 3;

/**
 * A caption on how well the catalogue covers recent years: the number of
 * methods first posted in each of the last three years, and the date entries
 * were last added, after which nothing can be in it.
 */
export function TimelineCoverage({ wholeRows }: { wholeRows: readonly YearCounts[] }) {
  const catalogue = useCatalogue();
  const recent = wholeRows.slice(-RECENT_YEARS);
  if (recent.length === 0) return null;
  const lastAdded = catalogue.methods.reduce(
    (latest, method) => (method.added > latest ? method.added : latest),
    '',
  );
  const counts = recent.map(
    (row, index) =>
      `${row.total}${index === 0 ? ` method${row.total === 1 ? '' : 's'} first posted` : ''} in ${row.year}`,
  );
  const listed =
    counts.length > 1 ? `${counts.slice(0, -1).join(', ')} and ${counts.at(-1)}` : counts[0];
  return (
    <p className="timeline-coverage" data-testid="timeline-coverage">
      The catalogue holds {listed}. Recent years are incomplete: entries were last added on{' '}
      <time dateTime={lastAdded}>{lastAdded}</time>, so work posted later is missing and recent work
      may not have been found yet.
    </p>
  );
}
