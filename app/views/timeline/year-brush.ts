import { brushX, select, type ScaleBand } from 'd3';

export interface YearBrushOptions {
  x: ScaleBand<string>;
  width: number;
  height: number;
  /** Called with the whole years a reader brushed, or null when they clicked the brush away. */
  onBrush: (years: readonly [number, number] | null) => void;
}

export interface YearBrush {
  /** Moves the brush to a range set elsewhere (the year selects, the URL) without reporting it. */
  show(years: readonly [number, number] | null): void;
  destroy(): void;
}

/** The whole years whose bars a pixel range covers (their middle inside it), or the nearest one. */
export function toBrushedYears(x: ScaleBand<string>, from: number, to: number): [number, number] {
  const years = x.domain().map(Number);
  const middle = (year: number) => (x(String(year)) ?? 0) + x.bandwidth() / 2;
  const inside = years.filter((year) => middle(year) >= from && middle(year) <= to);
  if (inside.length > 0) return [inside[0]!, inside.at(-1)!];
  const centre = (from + to) / 2;
  const nearest = years.reduce((best, year) =>
    Math.abs(middle(year) - centre) < Math.abs(middle(best) - centre) ? year : best,
  );
  return [nearest, nearest];
}

/** The pixel span of a year range: from the left of the first bar to the right of the last. */
function toPixels(x: ScaleBand<string>, [from, to]: readonly [number, number]): [number, number] {
  const step = x.step() - x.bandwidth();
  const left = (x(String(from)) ?? 0) - step / 2;
  const right = (x(String(to)) ?? x.range()[1]) + x.bandwidth() + step / 2;
  return [Math.max(x.range()[0], left), Math.min(x.range()[1], right)];
}

/**
 * A d3 brush along the year axis in the <g> it is handed. A reader's brush
 * snaps to whole years and is reported once, when they let go; clicking
 * outside the brushed range clears it.
 */
export function attachYearBrush(element: SVGGElement, options: YearBrushOptions): YearBrush {
  const { x, width, height, onBrush } = options;
  const group = select(element);
  const brush = brushX<unknown>()
    .extent([
      [0, 0],
      [width, height],
    ])
    .on('end', (event: { selection: [number, number] | null; sourceEvent: unknown }) => {
      if (!event.sourceEvent) return;
      if (!event.selection) {
        onBrush(null);
        return;
      }
      const years = toBrushedYears(x, event.selection[0], event.selection[1]);
      group.call(brush.move, toPixels(x, years));
      onBrush(years);
    });
  group.call(brush);
  return {
    show(years) {
      group.call(brush.move, years ? toPixels(x, years) : null);
    },
    destroy() {
      group.on('.brush', null).selectAll('*').remove();
    },
  };
}
