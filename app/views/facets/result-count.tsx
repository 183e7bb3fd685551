import { useAtlasSelector, useCatalogue } from '../../state/atlas-store';

/** "42 of 215 methods", announced politely when it changes. */
export function ResultCount() {
  const total = useCatalogue().methods.length;
  const shown = useAtlasSelector((snapshot) => snapshot.query.positions.length);
  return (
    <p className="result-count" aria-live="polite" data-testid="result-count">
      <strong>{shown}</strong> of {total} methods
    </p>
  );
}
