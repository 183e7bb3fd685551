import type { Catalogue } from '../../catalogue/catalogue-types';
import { hasInBitset, type Bitset } from '../../query/bitset';
import type { Lineage, LineageEntry } from '../../graph-model/lineage';
import { MAX_LINEAGE_DEPTH } from '../../state/atlas-state';

interface LineagePanelProps {
  catalogue: Catalogue;
  focus: number;
  lineage: Lineage | null;
  depth: number;
  confirmedOnly: boolean;
  visible: Bitset;
  onDepth: (depth: number) => void;
  onFocus: (id: string) => void;
}

const DEPTHS = Array.from({ length: MAX_LINEAGE_DEPTH }, (_, i) => i + 1);

/**
 * What the focused method builds on and what builds on it, as two lists of
 * buttons: the keyboard and screen-reader way through the graph.
 */
export function LineagePanel(props: LineagePanelProps) {
  const { catalogue, focus, lineage, depth, confirmedOnly, onDepth } = props;
  const method = catalogue.methods[focus];
  return (
    <section className="lineage-panel" aria-labelledby="lineage-heading">
      <div className="lineage-head">
        <h2 id="lineage-heading">{method ? `Lineage of ${method.name}` : 'Lineage'}</h2>
        <label>
          Depth
          <select value={depth} onChange={(event) => onDepth(Number(event.target.value))}>
            {DEPTHS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        {confirmedOnly && <span className="lineage-note">following confirmed cites only</span>}
      </div>
      {method && lineage ? (
        <div className="lineage-columns">
          <LineageList title="Builds on" entries={lineage.ancestors} {...props} />
          <LineageList title="Built upon by" entries={lineage.descendants} {...props} />
        </div>
      ) : (
        <p className="lineage-hint">
          Click a method in the graph, or move to it with the arrow keys and press Enter, to list
          what it builds on and what builds on it.
        </p>
      )}
    </section>
  );
}

interface LineageListProps extends LineagePanelProps {
  title: string;
  entries: readonly LineageEntry[];
}

function LineageList({ title, entries, catalogue, visible, onFocus }: LineageListProps) {
  const slug = title.toLowerCase().replace(/\s+/g, '-');
  return (
    <div className="lineage-list">
      <h3 id={`lineage-${slug}`}>
        {title} <span className="lineage-count">({entries.length})</span>
      </h3>
      {entries.length === 0 ? (
        <p className="lineage-empty">None in the catalogue at this depth.</p>
      ) : (
        <ol aria-labelledby={`lineage-${slug}`}>
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
                  {method.year} · {depth === 1 ? 'direct' : `${depth} steps`}
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
