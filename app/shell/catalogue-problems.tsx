import { formatProblem, type CatalogueProblem } from '../catalogue/catalogue-problem';

interface CatalogueProblemsProps {
  problems: readonly CatalogueProblem[];
  entryCount: number;
  /** True when nothing could be shown, so the list is the whole page. */
  fatal?: boolean;
}

/** Lists every catalogue problem as plain text: file, entry, field and what was wrong. */
export function CatalogueProblems({ problems, entryCount, fatal = false }: CatalogueProblemsProps) {
  const list = (
    <ol className="problem-list">
      {problems.map((problem, index) => (
        <li key={index}>{formatProblem(problem)}</li>
      ))}
    </ol>
  );
  if (!fatal) return list;
  return (
    <main className="app-failed">
      <h1>Reprogrammability Atlas could not open its catalogue</h1>
      <p>
        {problems.length === 0
          ? 'The catalogue holds no methods.'
          : `${problems.length} problem${problems.length === 1 ? '' : 's'} in the catalogue files` +
            (entryCount > 0 ? ` (${entryCount} entries read)` : '') +
            '. Fix them and reload; `npm run validate` lists the same problems.'}
      </p>
      {list}
    </main>
  );
}
