import type { YearCounts } from '../../graph-model/group-categories';
import type { ColouredCategory } from '../../ui/group-colours';

interface TimelineTableProps {
  rows: readonly YearCounts[];
  categories: readonly ColouredCategory[];
  /** What the columns split by: "Paradigm". */
  title: string;
  /** The rows are running totals up to each year. */
  cumulative: boolean;
}

/** The chart's numbers as a table, for screen readers and for reading exact counts. */
export function TimelineTable({ rows, categories, title, cumulative }: TimelineTableProps) {
  const what = cumulative
    ? 'Methods first posted up to each year'
    : 'Methods per year first posted';
  return (
    <details className="timeline-table">
      <summary>Counts per year as a table</summary>
      <table aria-label={`${what}, by ${title.toLowerCase()}`}>
        <thead>
          <tr>
            <th scope="col">{cumulative ? 'First posted up to' : 'First posted'}</th>
            {categories.map((category) => (
              <th key={category.value} scope="col">
                {category.label}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {row.counts.map((count, index) => (
                <td key={categories[index]?.value ?? index}>{count}</td>
              ))}
              <td>{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
