import { useId, useState } from 'react';
import type { Catalogue } from '../catalogue/catalogue-types';
import { hasInBitset, type Bitset } from '../query/bitset';
import { searchMethods } from '../query/search-methods';
import type { Lineage, LineageEntry } from '../graph-model/lineage';
import './lineage-panel.css';
import { formatMethodDates } from './format-method-dates';

/** How many methods the find box offers at once. */
const FOUND_LIMIT = 6;

export interface LineagePanelProps {
  catalogue: Catalogue;
  /** The method whose lineage is listed, or -1 for none. */
  root: number;
  lineage: Lineage | null;
  depth: number;
  maxDepth: number;
  confirmedOnly: boolean;
  visible: Bitset;
  onDepth: (depth: number) => void;
  /** Opens a method's detail. */
  onFocus: (id: string) => void;
  /** Lists another method's lineage without opening its detail. */
  onTrace: (id: string) => void;
  /** Adds the method and its whole lineage to the selection. */
  onSelect: (ids: readonly string[]) => void;
  /** Stops listing a lineage; absent while a detail decides the lineage. */
  onClear?: (() => void) | undefined;
}

/**
 * What a method builds on and what builds on it, as two lists of buttons: the
 * keyboard and screen-reader way through the citation graph. A find box traces
 * any method; the whole lineage can join the selection for export.
 */
export function LineagePanel(props: LineagePanelProps) {
  const { catalogue, root, lineage, depth, maxDepth, confirmedOnly, onDepth, onClear } = props;
  const method = catalogue.methods[root];
  const headingId = useId();
  const lineageIds = () =>
    method && lineage
      ? [
          method.id,
          ...[...lineage.ancestors, ...lineage.descendants].map(
            ({ position }) => catalogue.methods[position]!.id,
          ),
        ]
      : [];
  return (
    <section className="lineage-panel" aria-labelledby={headingId}>
      <div className="lineage-head">
        <h2 id={headingId}>{method ? `Lineage of ${method.name}` : 'Lineage'}</h2>
        <label>
          Depth
          <select
            autoComplete="off"
            value={depth}
            onChange={(event) => onDepth(Number(event.target.value))}
          >
            {Array.from({ length: maxDepth }, (_, i) => i + 1).map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        {confirmedOnly && <span className="lineage-note">following confirmed cites only</span>}
      </div>
      <LineageFinder {...props} />
      {method && lineage ? (
        <>
          <div className="lineage-actions">
            <button type="button" className="button" onClick={() => props.onSelect(lineageIds())}>
              Select this lineage ({lineageIds().length})
            </button>
            {onClear && (
              <button type="button" className="button" onClick={onClear}>
                Clear lineage
              </button>
            )}
          </div>
          <div className="lineage-columns">
            <LineageList title="Builds on" entries={lineage.ancestors} {...props} />
            <LineageList title="Built upon by" entries={lineage.descendants} {...props} />
          </div>
        </>
      ) : (
        <p className="lineage-hint">
          Find a method above, click one in the graph, or move to one with the arrow keys and press
          Enter, to list what it builds on and what builds on it.
        </p>
      )}
    </section>
  );
}

/** A search box that traces the lineage of the method picked from its matches. */
function LineageFinder({ catalogue, onTrace }: LineagePanelProps) {
  const [text, setText] = useState('');
  const inputId = useId();
  const found = searchMethods(catalogue, text)?.ranked.slice(0, FOUND_LIMIT) ?? [];
  return (
    <div className="lineage-finder">
      <label htmlFor={inputId}>Find a method</label>
      <input
        id={inputId}
        type="search"
        value={text}
        placeholder="name, author, year"
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || found[0] === undefined) return;
          onTrace(catalogue.methods[found[0]]!.id);
          setText('');
        }}
      />
      {found.length > 0 && (
        <ul className="lineage-found" aria-label="Methods found">
          {found.map((position) => {
            const method = catalogue.methods[position]!;
            return (
              <li key={method.id}>
                <button
                  type="button"
                  className="button-link"
                  onClick={() => {
                    onTrace(method.id);
                    setText('');
                  }}
                >
                  Trace {method.name}
                </button>{' '}
                <span className="lineage-meta">{formatMethodDates(method)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

interface LineageListProps extends LineagePanelProps {
  title: string;
  entries: readonly LineageEntry[];
}

function LineageList({ title, entries, catalogue, visible, onFocus }: LineageListProps) {
  const headingId = useId();
  return (
    <div className="lineage-list">
      <h3 id={headingId}>
        {title} <span className="lineage-count">({entries.length})</span>
      </h3>
      {entries.length === 0 ? (
        <p className="lineage-empty">None in the catalogue at this depth.</p>
      ) : (
        <ol aria-labelledby={headingId}>
          {entries.map(({ position, depth }) => {
            const method = catalogue.methods[position]!;
            const hidden = !hasInBitset(visible, position);
            return (
              <li key={method.id} className={hidden ? 'is-filtered' : undefined}>
                <button
                  type="button"
                  className="button-link"
                  data-id={method.id}
                  onClick={() => onFocus(method.id)}
                >
                  {method.name}
                </button>{' '}
                <span className="lineage-meta">
                  {formatMethodDates(method)} · {depth === 1 ? 'direct' : `${depth} steps`}
                  {hidden ? ' · filtered out' : ''}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
