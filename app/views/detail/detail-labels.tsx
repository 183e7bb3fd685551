import type { DimensionKey, Method } from '../../catalogue/catalogue-types';
import { getDimension } from '../../catalogue/catalogue-vocabulary';
import { useCatalogue } from '../../state/atlas-store';
import { CorrectionLink } from './correction-link';

/** The four labels with each value's definition, and where the labels come from. */
export function DetailLabels({
  method,
  dimensions,
}: {
  method: Method;
  dimensions: readonly DimensionKey[];
}) {
  const catalogue = useCatalogue();
  const { labels } = method;
  return (
    <section aria-labelledby="detail-labels">
      <h3 id="detail-labels">Taxonomy labels</h3>
      <dl className="detail-dimensions">
        {dimensions.map((key) => {
          const dimension = getDimension(catalogue, key);
          return (
            <div key={key}>
              <dt>
                {dimension?.name ?? key} <span className="detail-symbol">{dimension?.symbol}</span>{' '}
                <CorrectionLink
                  method={method}
                  field={key}
                  current={method[key]
                    .map((value) => dimension?.values.find((v) => v.value === value)?.name ?? value)
                    .join(', ')}
                />
              </dt>
              {method[key].map((value) => {
                const known = dimension?.values.find((v) => v.value === value);
                return (
                  <dd key={value}>
                    <strong>{known?.name ?? value}</strong>
                    {known?.code ? ` (${known.code})` : ''}: {known?.definition}
                  </dd>
                );
              })}
            </div>
          );
        })}
      </dl>
      <p className={`detail-fit detail-fit-${labels.fit}`}>
        {labels.fit === 'nearest' ? (
          <>
            <strong>Nearest fit ≈</strong>: the mechanism has no exact value in the taxonomy, so
            these labels are its closest values (the note below says why).
          </>
        ) : (
          <>
            <strong>Exact fit</strong>: the labels name the mechanism as the taxonomy defines it.
          </>
        )}
      </p>
      <div className="detail-provenance">
        {labels.source === 'authors' ? (
          <>
            <p>
              Labels from the survey authors&apos; list, normalised to the taxonomy&apos;s
              vocabulary
              {labels.departures && labels.departures.length > 0
                ? '. Atlas departs from them where the paper says otherwise:'
                : '.'}
            </p>
            {labels.departures && labels.departures.length > 0 && (
              <ul>
                {labels.departures.map((departure) => (
                  <li key={departure.field}>
                    <strong>{departure.field}</strong>: authors {departure.authors.join(' + ')} →
                    Atlas {departure.atlas.join(' + ')}. {departure.reason}
                  </li>
                ))}
              </ul>
            )}
            {labels.note && <p>{labels.note}</p>}
          </>
        ) : (
          <p>
            Labels are Atlas&apos;s own reading of the paper (the method is not in the authors&apos;
            list).
            {labels.note ? ` ${labels.note}` : ''}
          </p>
        )}
      </div>
    </section>
  );
}
