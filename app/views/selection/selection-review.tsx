import { useAtlasDispatch, useCatalogue } from '../../state/atlas-store';
import { MethodButtonList } from '../../ui/method-button-list';
import { Popover } from '../../ui/popover';

/** A disclosure listing every selected method, hidden by filters or not, each removable or openable. */
export function SelectionReview({ positions }: { positions: readonly number[] }) {
  const catalogue = useCatalogue();
  const dispatch = useAtlasDispatch();
  if (positions.length === 0) return null;
  return (
    <Popover className="selection-review" label="Review" panelLabel="Selected methods">
      <MethodButtonList
        metaClassName="selection-review-year"
        onOpen={(id) => dispatch({ type: 'focusMethod', id })}
        items={positions.map((position) => {
          const method = catalogue.methods[position]!;
          return {
            id: method.id,
            name: method.name,
            meta: method.year,
            trailing: (
              <button
                type="button"
                className="selection-remove"
                aria-label={`Remove ${method.name} from the selection`}
                onClick={() => dispatch({ type: 'toggleSelected', id: method.id })}
              >
                ×
              </button>
            ),
          };
        })}
      />
    </Popover>
  );
}
