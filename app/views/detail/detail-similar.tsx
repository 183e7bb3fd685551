import { findSimilarMethods } from '../../graph-model/similar-methods';
import { useAtlasDispatch, useCatalogue } from '../../state/atlas-store';
import { MethodButtonList } from '../../ui/method-button-list';

/** The five methods with the closest taxonomy profile. */
export function DetailSimilar({ position }: { position: number }) {
  const catalogue = useCatalogue();
  const dispatch = useAtlasDispatch();
  const similar = findSimilarMethods(catalogue, position, 5);
  return (
    <section aria-labelledby="detail-similar">
      <h3 id="detail-similar">Most similar taxonomy profiles</h3>
      <MethodButtonList
        className="detail-citations"
        metaClassName="detail-cite-meta"
        onOpen={(id) => dispatch({ type: 'focusMethod', id })}
        items={similar.map(({ position: other, similarity }) => {
          const method = catalogue.methods[other]!;
          return {
            id: method.id,
            name: method.name,
            meta: `${Math.round(similarity * 100)}% alike`,
          };
        })}
      />
    </section>
  );
}
