import {
  ACCESS_DEFINITIONS,
  ACCESS_NAMES,
  DATA_DEFINITIONS,
  DATA_NAMES,
} from '../../catalogue/method-needs';
import { listShownDepartures } from '../../catalogue/survey-labels';
import { useCatalogue } from '../../state/atlas-store';
import { CorrectionLink } from './correction-link';

/**
 * What the method needs from the frozen model and in labelled data, and why, from the
 * data; nothing for a catalogue whose taxonomy the needs cannot be read from.
 */
export function DetailNeeds({ position }: { position: number }) {
  const catalogue = useCatalogue();
  const method = catalogue.methods[position]!;
  const needs = catalogue.needsOf?.[position];
  if (!needs) return null;
  const override = needs.override;
  // The needs follow from Atlas's labels; say so when the survey's, shown above, differ.
  const departed = listShownDepartures(catalogue, method).some((d) => d.field !== 'paradigm');
  const rows = [
    {
      key: 'access',
      title: 'Access to the model',
      name: ACCESS_NAMES[needs.access],
      definition: ACCESS_DEFINITIONS[needs.access],
      reason: needs.accessReason,
      fromPaper: override?.access !== undefined,
    },
    {
      key: 'data',
      title: 'Labelled data',
      name: DATA_NAMES[needs.data],
      definition: DATA_DEFINITIONS[needs.data],
      reason: needs.dataReason,
      fromPaper: override?.data !== undefined,
    },
  ];
  return (
    <section aria-labelledby="detail-needs">
      <h3 id="detail-needs">What it needs</h3>
      <dl className="detail-facts detail-needs">
        {rows.map((row) => (
          <div key={row.key} data-need={row.key}>
            <dt>{row.title}</dt>
            <dd>
              <strong>{row.name}</strong>. {row.definition}{' '}
              <span className="detail-need-reason">
                {row.fromPaper ? 'Set from the paper: ' : 'Why: '}
                {row.reason.replace(/\.$/, '')}.
              </span>{' '}
              <CorrectionLink method={method} field={row.key} current={row.name} />
            </dd>
          </div>
        ))}
      </dl>
      {departed && (
        <p className="detail-needs-note">
          These follow Atlas&apos;s reading of the paper, not the survey&apos;s labels shown below.
        </p>
      )}
    </section>
  );
}
