import type { Catalogue } from '../../catalogue/catalogue-types';
import type { EdgeCounts } from '../../graph-model/graph-edges';
import { isGroupKey, listGroupKeys, type GraphOptions } from '../../state/atlas-state';
import { toKeyName } from '../../catalogue/catalogue-vocabulary';

interface GraphToolbarProps {
  catalogue: Catalogue;
  options: GraphOptions;
  counts: EdgeCounts;
  onChange: (options: Partial<GraphOptions>) => void;
}

/** Layout, colour, filtered-method and edge options, and the completeness note. */
export function GraphToolbar({ catalogue, options, counts, onChange }: GraphToolbarProps) {
  return (
    <div className="graph-toolbar">
      <label>
        Layout
        <select
          autoComplete="off"
          value={options.layout}
          onChange={(event) =>
            onChange({ layout: event.target.value === 'timeline' ? 'timeline' : 'force' })
          }
        >
          <option value="force">Force</option>
          <option value="timeline">Timeline (first posted)</option>
        </select>
      </label>
      <label>
        Colour by
        <select
          autoComplete="off"
          value={options.colourBy}
          onChange={(event) => {
            if (isGroupKey(catalogue, event.target.value))
              onChange({ colourBy: event.target.value });
          }}
        >
          {listGroupKeys(catalogue).map((key) => (
            <option key={key} value={key}>
              {toKeyName(catalogue, key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Filtered methods
        <select
          autoComplete="off"
          value={options.filtered}
          onChange={(event) =>
            onChange({ filtered: event.target.value === 'hide' ? 'hide' : 'fade' })
          }
        >
          <option value="fade">Fade</option>
          <option value="hide">Hide</option>
        </select>
      </label>
      <label className="graph-check">
        <input
          autoComplete="off"
          type="checkbox"
          checked={options.confirmedOnly}
          onChange={(event) => onChange({ confirmedOnly: event.target.checked })}
        />
        Confirmed only
      </label>
      <p className="graph-completeness" data-testid="graph-completeness">
        {counts.total} citations between catalogue methods: {counts.confirmed} confirmed (seen in
        the citing paper), {counts.recalled} recalled (not yet checked in its text)
      </p>
    </div>
  );
}
