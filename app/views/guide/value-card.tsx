import type { Catalogue } from '../../catalogue/catalogue-types';
import type { FacetValue } from '../../query/facet-values';

interface ValueCardProps {
  catalogue: Catalogue;
  /** "Location", for the accessible names. */
  facetName: string;
  value: FacetValue;
  /** Methods the filter would give, under the reader's other filters. */
  count: number;
  /** The value's most cited methods in the whole catalogue. */
  examples: readonly number[];
  isFiltered: boolean;
  /** Extra text beside the definition: a paradigm's note. */
  note?: string | undefined;
  symbol?: string | undefined;
  onFilter: () => void;
  onFocusMethod: (id: string) => void;
}

/** One value of the taxonomy: definition, live count, example methods, and a filter button. */
export function ValueCard(props: ValueCardProps) {
  const { catalogue, value, count } = props;
  const headingId = `guide-value-${props.facetName}-${value.value}`
    .toLowerCase()
    .replace(/\W+/g, '-');
  return (
    <article className="guide-value" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {value.label}
        <span className="guide-value-code" aria-hidden="true">
          {props.symbol ? `${props.symbol} · ${value.code}` : value.code}
        </span>
      </h4>
      {value.definition && <p className="guide-definition">{value.definition}</p>}
      {props.note && <p className="guide-note">{props.note}</p>}
      <p className="guide-count" data-testid={`guide-count-${value.value}`}>
        <strong>{count}</strong> method{count === 1 ? '' : 's'}
        <span className="visually-hidden"> of {value.label} under the current filters</span>
      </p>
      {props.examples.length > 0 && (
        <div className="guide-examples" role="group" aria-label={`Examples of ${value.label}`}>
          <span className="guide-examples-label">Most cited here:</span>
          {props.examples.map((position) => {
            const method = catalogue.methods[position]!;
            return (
              <button
                key={method.id}
                type="button"
                className="guide-example"
                onClick={() => props.onFocusMethod(method.id)}
              >
                {method.name}
              </button>
            );
          })}
        </div>
      )}
      <button type="button" className="button guide-filter" onClick={props.onFilter}>
        {props.isFiltered
          ? `Show the table, filtered by ${value.label}`
          : `Filter the table by ${value.label}`}
      </button>
    </article>
  );
}
