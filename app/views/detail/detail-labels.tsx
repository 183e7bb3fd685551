import type { DimensionKey, Method } from '../../catalogue/catalogue-types';
import { getDimension } from '../../catalogue/catalogue-vocabulary';
import { findShownDeparture } from '../../catalogue/survey-labels';
import { useCatalogue } from '../../state/atlas-store';
import { DepartureMarker, toValueNames } from '../../ui/departure-marker';
import { CorrectionLink } from './correction-link';
import { DetailDepartures } from './detail-departures';

/** The labels on each dimension with each value's definition, and where the labels come from. */
export function DetailLabels({
  method,
  dimensions,
}: {
  method: Method;
  dimensions: readonly DimensionKey[];
}) {
  const catalogue = useCatalogue();
  const { labels } = method;
  const departures = labels.source === 'authors' ? (labels.departures ?? []) : [];
  const survey = Boolean(catalogue.surveyLabels);
  const twoParadigms = departures.find((d) => d.field === 'paradigm' && d.authors.length > 1);
  return (
    <section aria-labelledby="detail-labels">
      <h3 id="detail-labels">Taxonomy labels</h3>
      {survey && (
        <p className="detail-labels-shown">
          {labels.source === 'authors'
            ? departures.length > 0
              ? 'Shown as the survey labels it; where Atlas reads it otherwise, the label is marked ≠ and both are side by side below.'
              : 'The survey and Atlas label it alike.'
            : "Not on the survey authors' list: shown with Atlas's labels."}
        </p>
      )}
      <dl className="detail-dimensions">
        {dimensions.map((key) => {
          const dimension = getDimension(catalogue, key);
          const departure = findShownDeparture(catalogue, method, key);
          const held = method.dimensions[key] ?? [];
          return (
            <div key={key}>
              <dt>
                {dimension?.name ?? key} <span className="detail-symbol">{dimension?.symbol}</span>
                {departure && <DepartureMarker catalogue={catalogue} departure={departure} />}{' '}
                <CorrectionLink
                  method={method}
                  field={key}
                  // Atlas's own labels are what a correction is about.
                  current={toValueNames(catalogue, key, departure?.atlas ?? held).join(', ')}
                />
              </dt>
              {held.map((value) => {
                const known = dimension?.values.find((v) => v.value === value);
                return (
                  <dd key={value}>
                    <strong>{known?.name ?? toValueNames(catalogue, key, [value])[0]}</strong>
                    {known ? ` (${known.code}): ${known.definition}` : ''}
                  </dd>
                );
              })}
              {departure && (
                <dd className="detail-atlas-reads">
                  Atlas reads: {toValueNames(catalogue, key, departure.atlas).join(', ')}
                </dd>
              )}
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
              {departures.length > 0
                ? '. Atlas departs from them where the paper says otherwise:'
                : '.'}
            </p>
            {departures.length > 0 && (
              <DetailDepartures catalogue={catalogue} departures={departures} />
            )}
            {survey && twoParadigms && (
              <p>
                The survey files it under{' '}
                {toValueNames(catalogue, 'paradigm', twoParadigms.authors).join(' and ')}; a method
                holds one paradigm here, so it is shown and counted under the first.
              </p>
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
