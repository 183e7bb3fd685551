import type { Catalogue } from '../../catalogue/catalogue-types';
import type { GraphDrawing } from '../../graph-model/graph-drawing';
import type { EdgeCounts } from '../../graph-model/graph-edges';
import { isGroupKey, listGroupKeys, type GraphOptions } from '../../state/atlas-state';
import { toKeyName } from '../../catalogue/catalogue-vocabulary';

interface GraphToolbarProps {
  catalogue: Catalogue;
  options: GraphOptions;
  /** The drawing in use: the one chosen, or the canvas where SVG was chosen but cannot be. */
  drawing: GraphDrawing;
  canDrawSvg: boolean;
  counts: EdgeCounts;
  onChange: (options: Partial<GraphOptions>) => void;
}

/** Layout, colour, filtered-method, drawing and edge options, and the completeness note. */
export function GraphToolbar(props: GraphToolbarProps) {
  const { catalogue, options, drawing, canDrawSvg, counts, onChange } = props;
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
      <label>
        Drawing
        <select
          autoComplete="off"
          value={drawing}
          onChange={(event) =>
            onChange({ drawing: event.target.value === 'svg' ? 'svg' : 'canvas' })
          }
        >
          <option value="canvas">Canvas</option>
          <option value="svg" disabled={!canDrawSvg}>
            {canDrawSvg ? 'SVG (named nodes)' : 'SVG (too large)'}
          </option>
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
