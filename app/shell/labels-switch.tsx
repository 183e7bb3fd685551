import { useId } from 'react';
import { countSurveyLabels, type LabelSet } from '../catalogue/survey-labels';
import { useAtlasDispatch, useAtlasState, useLoadedCatalogue } from '../state/atlas-store';
import { DEPARTURE_MARK } from '../ui/departure-marker';

const CHOICES: readonly { labels: LabelSet; text: string; title: string }[] = [
  { labels: 'atlas', text: "Atlas's", title: "Atlas's labels, read from each paper" },
  {
    labels: 'authors',
    text: "Survey's (Ye et al.)",
    title: "The labels of the survey authors' own paper list, for the methods on it",
  },
];

/**
 * The choice between Atlas's labels and the survey's own, and, while the
 * survey's are shown, what that covers and how departures are marked. Absent
 * when no method of the catalogue comes from the survey authors' list.
 */
export function LabelsSwitch() {
  const catalogue = useLoadedCatalogue();
  const labels = useAtlasState((state) => state.labels);
  const dispatch = useAtlasDispatch();
  const id = useId();
  const counts = countSurveyLabels(catalogue);
  if (counts.fromAuthors === 0) return null;
  const plural = (count: number, one: string, many: string) =>
    `${count} ${count === 1 ? one : many}`;
  return (
    <>
      <div className="labels-switch" role="radiogroup" aria-labelledby={`${id}-legend`}>
        <span id={`${id}-legend`} className="labels-switch-legend">
          Labels
        </span>
        {CHOICES.map((choice) => (
          <label key={choice.labels} title={choice.title}>
            <input
              autoComplete="off"
              type="radio"
              name={`${id}-labels`}
              value={choice.labels}
              checked={labels === choice.labels}
              onChange={() => dispatch({ type: 'setLabels', labels: choice.labels })}
            />
            {choice.text}
          </label>
        ))}
      </div>
      <div className="labels-notice" role="status" aria-label="Labels shown">
        {labels === 'authors' && (
          <p>
            <strong>The survey&apos;s labels</strong> are shown for the{' '}
            {plural(counts.fromAuthors, 'method', 'methods')} of its authors&apos; list, and
            Atlas&apos;s for the other {counts.atlasOnly}.{' '}
            <span className="departure-marker">{DEPARTURE_MARK}</span>
            <span className="visually-hidden"> (not equal)</span> marks a survey label Atlas reads
            otherwise (on {plural(counts.departing, 'method', 'methods')}): hover it for
            Atlas&apos;s, or open the method to see both with the reason.
          </p>
        )}
      </div>
    </>
  );
}
