import { ticks } from 'd3';
import type { CellColours } from './cell-colours';

interface MatrixLegendProps {
  maxCount: number;
  colourOf: (count: number) => CellColours;
}

/** The colour ramp, fixed to the largest cell of the whole catalogue, and the two empty states. */
export function MatrixLegend({ maxCount, colourOf }: MatrixLegendProps) {
  const steps = [...new Set([1, ...ticks(1, maxCount, 4).filter((t) => t >= 1), maxCount])].sort(
    (a, b) => a - b,
  );
  return (
    <div className="matrix-legend" aria-label="Legend" role="group">
      <span className="matrix-legend-title">Methods per cell</span>
      <span className="matrix-legend-ramp">
        {steps.map((count) => {
          const colours = colourOf(count);
          return (
            <span
              key={count}
              className="matrix-legend-step"
              style={{ background: colours.background, color: colours.text }}
            >
              {count}
            </span>
          );
        })}
      </span>
      <span className="matrix-legend-item">
        <span className="matrix-legend-swatch is-filtered" aria-hidden="true">
          0
        </span>
        emptied by the current filters
      </span>
      <span className="matrix-legend-item">
        <span className="matrix-legend-swatch is-absent" aria-hidden="true" />
        none in this catalogue
      </span>
    </div>
  );
}
