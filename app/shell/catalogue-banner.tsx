import type { StoredCatalogue } from '../state/user-catalogue-store';

/** Says whose catalogue is on screen when it is not the bundled one, with the way back. */
export function CatalogueBanner({
  user,
  onReset,
}: {
  user: StoredCatalogue | null;
  onReset: () => void;
}) {
  if (!user) return null;
  const day = user.savedAt.slice(0, 10);
  return (
    <div className="catalogue-banner" role="region" aria-label="Catalogue shown">
      <p>
        Showing your catalogue <strong>{user.name}</strong> ({user.methods.length}{' '}
        {user.methods.length === 1 ? 'method' : 'methods'}, opened {day}), kept in this browser
        only, not the survey&apos;s bundled catalogue.
      </p>
      <button type="button" className="button" onClick={onReset}>
        Back to the bundled catalogue
      </button>
    </div>
  );
}
