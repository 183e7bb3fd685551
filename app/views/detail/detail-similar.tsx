import { findSimilarMethods } from '../../query/similar-methods';
import { useAtlas, useAtlasDispatch } from '../../state/atlas-store';

/** The five methods with the closest taxonomy profile. */
export function DetailSimilar({ position }: { position: number }) {
  const { catalogue } = useAtlas();
  const dispatch = useAtlasDispatch();
  const similar = findSimilarMethods(catalogue, position, 5);
  return (
    <section aria-labelledby="detail-similar">
      <h3 id="detail-similar">Most similar taxonomy profiles</h3>
      <ul className="detail-citations">
        {similar.map(({ position: other, similarity }) => {
          const method = catalogue.methods[other]!;
          return (
            <li key={method.id}>
              <button
                type="button"
                className="button-link"
                onClick={() => dispatch({ type: 'focusMethod', id: method.id })}
              >
                {method.name}
              </button>{' '}
              <span className="detail-cite-meta">{Math.round(similarity * 100)}% alike</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
