import { useEffect, useRef } from 'react';
import { getDimensionKeys } from '../../catalogue/catalogue-vocabulary';
import { findShownDeparture } from '../../catalogue/survey-labels';
import { hasInBitset } from '../../query/bitset';
import {
  useAtlasDispatch,
  useAtlasSelector,
  useAtlasState,
  useCatalogue,
} from '../../state/atlas-store';
import { ParadigmBadge } from '../../ui/dimension-badges';
import { toReadingName } from '../../ui/format-authors';
import { DetailCitations } from './detail-citations';
import { DetailLabels } from './detail-labels';
import { DetailLinks } from './detail-links';
import { DetailBibtex } from './detail-bibtex';
import { DetailSimilar } from './detail-similar';
import { DetailCompare } from './detail-compare';
import { DetailNeeds } from './detail-needs';
import { DetailNeighbours } from './detail-neighbours';
import { DetailLineage } from './detail-lineage';
import { useFocusReturn } from './use-focus-return';
import './method-detail.css';
import { formatMethodDates } from '../../ui/format-method-dates';

/**
 * Everything about the focused method: bibliographic facts, the four labels
 * with their definitions and provenance, summary, links, citations in and
 * out, similar profiles and its BibTeX. Opened by focusing a method anywhere;
 * Escape or the close button closes it.
 */
export function MethodDetail() {
  const catalogue = useCatalogue();
  const focus = useAtlasState((state) => state.focus);
  const selected = useAtlasState(
    (state) => state.focus !== null && state.selection.includes(state.focus),
  );
  const dispatch = useAtlasDispatch();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const asideRef = useRef<HTMLElement>(null);
  const position = focus === null ? undefined : catalogue.indexOf.get(focus);
  // Only whether this one method is visible, so a filter change re-renders the detail only when that flips.
  const visible = useAtlasSelector(
    (snapshot) => position !== undefined && hasInBitset(snapshot.query.visible, position),
  );
  const method = position === undefined ? undefined : catalogue.methods[position];

  // Before the heading takes the focus, so the element that opened the detail is known.
  useFocusReturn(method?.id ?? null, asideRef);
  useEffect(() => {
    if (!method) return;
    headingRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      // An Escape a popover has already used (defaultPrevented) closes only that popover.
      if (event.key === 'Escape' && !event.defaultPrevented)
        dispatch({ type: 'focusMethod', id: null });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [method, dispatch]);

  if (!method || position === undefined) return null;
  const venue = catalogue.taxonomy.venues.find((v) => v.code === method.venue);
  const modalities = method.modalities.map(
    (value) => catalogue.taxonomy.modalities.find((m) => m.value === value)?.name ?? value,
  );
  return (
    <aside ref={asideRef} className="method-detail" aria-labelledby="method-detail-title">
      <div className="detail-head">
        <div>
          <p className="detail-kicker">
            <ParadigmBadge
              catalogue={catalogue}
              paradigm={method.paradigm}
              departure={findShownDeparture(catalogue, method, 'paradigm')}
            />{' '}
            {method.venue} {method.year}
            {method.scope !== 'core' && (
              <span className="detail-scope"> · updates model weights</span>
            )}
          </p>
          <h2 id="method-detail-title" ref={headingRef} tabIndex={-1}>
            {method.name}
          </h2>
        </div>
        <button
          type="button"
          className="button detail-close"
          aria-label="Close method detail"
          onClick={() => dispatch({ type: 'focusMethod', id: null })}
        >
          ×
        </button>
      </div>
      {/* Keyed: the selector caches per snapshot, so a new method needs a fresh hook. */}
      <DetailNeighbours key={position} position={position} />
      <div className="detail-body">
        <p className="detail-title">{method.title}</p>
        <p className="detail-authors">{method.authors.map(toReadingName).join(', ')}</p>
        <p className="detail-venue">
          {venue?.name ?? method.venue}, {formatMethodDates(method)}
          {method.pages ? `, pp. ${method.pages.replace(/-+/g, '–')}` : ''}
        </p>
        {!visible && (
          <p className="detail-hidden-note">
            The current filters hide this method in the other views.
          </p>
        )}
        <label className="detail-select">
          <input
            autoComplete="off"
            type="checkbox"
            checked={selected}
            onChange={() => dispatch({ type: 'toggleSelected', id: method.id })}
          />
          Selected for export
        </label>
        <DetailCompare id={method.id} />
        <DetailLinks method={method} />
        <section aria-labelledby="detail-summary">
          <h3 id="detail-summary">Summary</h3>
          <p>{method.summary}</p>
          <dl className="detail-facts">
            <dt>Modalities</dt>
            <dd>{modalities.join(', ')}</dd>
            {method.tasks && method.tasks.length > 0 && (
              <>
                <dt>Tasks</dt>
                <dd>{method.tasks.join(', ')}</dd>
              </>
            )}
            <dt>Scope</dt>
            <dd>
              {catalogue.taxonomy.scopes.find((s) => s.value === method.scope)?.definition ??
                method.scope}
            </dd>
          </dl>
        </section>
        <DetailNeeds position={position} />
        <DetailLabels method={method} dimensions={getDimensionKeys(catalogue)} />
        <DetailLineage position={position} />
        <DetailCitations position={position} />
        <DetailSimilar position={position} />
        <DetailBibtex method={method} />
      </div>
    </aside>
  );
}
