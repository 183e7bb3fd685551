import { useMemo, useState } from 'react';
import {
  ACCESS_DEFINITIONS,
  ACCESS_LEVELS,
  DATA_DEFINITIONS,
  DATA_LEVELS,
  type AccessLevel,
  type DataLevel,
} from '../../catalogue/method-needs';
import { hasInBitset } from '../../query/bitset';
import { findRunnable, type FinderAnswer } from '../../query/find-runnable';
import { useAtlas, useAtlasDispatch } from '../../state/atlas-store';
import { FINDER_ACCESS_LABELS, FINDER_DATA_LABELS } from './finder-labels';
import './finder.css';

/** Answers shown before "Show all". */
const FIRST_ANSWERS = 25;

/**
 * "What can I run?": the reader says what access, labelled data and modality
 * they have; the choice becomes a filter like any other (in the URL, applied
 * to every view), and the methods that fit are listed with their reason,
 * near misses apart with what is missing.
 */
export function FinderView() {
  const { catalogue, state, query } = useAtlas();
  const dispatch = useAtlasDispatch();
  const finder = state.filters.finder;
  // An access or data level picked before the other one is kept here until both are known.
  const [draft, setDraft] = useState<{ access?: AccessLevel; data?: DataLevel }>({});
  const access = finder?.access ?? draft.access;
  const data = finder?.data ?? draft.data;
  const modality = finder?.modality ?? null;

  const choose = (next: { access?: AccessLevel; data?: DataLevel; modality?: string | null }) => {
    const merged = { access, data, modality, ...next };
    if (merged.access && merged.data)
      dispatch({
        type: 'setFinder',
        finder: { access: merged.access, data: merged.data, modality: merged.modality },
      });
    setDraft({ access: merged.access, data: merged.data });
  };

  const result = useMemo(
    () => (finder ? findRunnable(catalogue, finder) : null),
    [catalogue, finder],
  );
  const fits = result?.fits.filter((answer) => hasInBitset(query.visible, answer.position)) ?? [];
  const misses =
    result?.nearMisses.filter((answer) => hasInBitset(query.withoutFinder, answer.position)) ?? [];

  return (
    <section className="finder" aria-labelledby="finder-title">
      <h2 id="finder-title">What can I run?</h2>
      <p className="finder-intro">
        Say what you have; Atlas lists the methods whose needs fit, the most cited first. The choice
        filters every view until you clear it.
      </p>
      <div className="finder-choices">
        <label>
          <span>Access to the model</span>
          <select
            autoComplete="off"
            value={access ?? ''}
            onChange={(event) => choose({ access: event.target.value as AccessLevel })}
          >
            {!access && <option value="">Choose…</option>}
            {ACCESS_LEVELS.map((level) => (
              <option key={level} value={level} title={ACCESS_DEFINITIONS[level]}>
                {FINDER_ACCESS_LABELS[level]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Labelled data</span>
          <select
            autoComplete="off"
            value={data ?? ''}
            onChange={(event) => choose({ data: event.target.value as DataLevel })}
          >
            {!data && <option value="">Choose…</option>}
            {DATA_LEVELS.map((level) => (
              <option key={level} value={level} title={DATA_DEFINITIONS[level]}>
                {FINDER_DATA_LABELS[level]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Modality</span>
          <select
            autoComplete="off"
            value={modality ?? ''}
            onChange={(event) => choose({ modality: event.target.value || null })}
          >
            <option value="">Any</option>
            {catalogue.taxonomy.modalities.map((m) => (
              <option key={m.value} value={m.value}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        {finder && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft({});
              dispatch({ type: 'setFinder', finder: null });
            }}
          >
            Clear choice
          </button>
        )}
      </div>
      {!finder && <p className="finder-hint">Choose your access and your labelled data.</p>}
      {finder && (
        <>
          <AnswerList
            title={`Fits what you have (${fits.length})`}
            answers={fits}
            empty="No method fits this choice and the other filters."
          />
          <AnswerList
            title={`Near misses (${misses.length})`}
            answers={misses}
            empty="No method misses by only one need."
          />
        </>
      )}
    </section>
  );
}

function AnswerList({
  title,
  answers,
  empty,
}: {
  title: string;
  answers: readonly FinderAnswer[];
  empty: string;
}) {
  const { catalogue, state } = useAtlas();
  const dispatch = useAtlasDispatch();
  const [all, setAll] = useState(false);
  const shown = all ? answers : answers.slice(0, FIRST_ANSWERS);
  return (
    <section className="finder-answers" aria-label={title}>
      <h3>{title}</h3>
      {answers.length === 0 && <p>{empty}</p>}
      <ol>
        {shown.map(({ position, reason }) => {
          const method = catalogue.methods[position]!;
          return (
            <li key={method.id}>
              <button
                type="button"
                className={`button-link${state.focus === method.id ? ' is-focused' : ''}`}
                aria-current={state.focus === method.id || undefined}
                onClick={() => dispatch({ type: 'focusMethod', id: method.id })}
              >
                {method.name}
              </button>{' '}
              <span className="finder-year">{method.year}</span>
              <span className="finder-reason">{reason}</span>
            </li>
          );
        })}
      </ol>
      {answers.length > shown.length && (
        <button type="button" className="button-link" onClick={() => setAll(true)}>
          Show all {answers.length}
        </button>
      )}
    </section>
  );
}
