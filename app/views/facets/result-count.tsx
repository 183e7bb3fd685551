import { useAtlas } from '../../state/atlas-store';

/** "42 of 215 methods", announced politely when it changes. */
export function ResultCount() {
  const { catalogue, query } = useAtlas();
  const total = catalogue.methods.length;
  return (
    <p className="result-count" aria-live="polite" data-testid="result-count">
      <strong>{query.positions.length}</strong> of {total} methods
    </p>
  );
}
