import { useAtlas, useAtlasDispatch } from '../../state/atlas-store';

/** A disclosure listing every selected method, hidden by filters or not, each removable or openable. */
export function SelectionReview({ positions }: { positions: readonly number[] }) {
  const { catalogue } = useAtlas();
  const dispatch = useAtlasDispatch();
  if (positions.length === 0) return null;
  return (
    <details className="selection-review">
      <summary className="button">Review</summary>
      <ul>
        {positions.map((position) => {
          const method = catalogue.methods[position]!;
          return (
            <li key={method.id}>
              <button
                type="button"
                className="button-link"
                onClick={() => dispatch({ type: 'focusMethod', id: method.id })}
              >
                {method.name}
              </button>
              <span className="selection-review-year">{method.year}</span>
              <button
                type="button"
                className="selection-remove"
                aria-label={`Remove ${method.name} from the selection`}
                onClick={() => dispatch({ type: 'toggleSelected', id: method.id })}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
