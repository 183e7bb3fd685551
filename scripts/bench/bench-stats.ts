/** One measured quantity: every sample, and the median with its spread. */
export interface Measurement {
  /** What was measured, e.g. "facet toggle → all views updated". */
  metric: string;
  /** Catalogue size (methods). */
  size: number;
  unit: 'ms' | 'KB';
  median: number;
  /** Spread: smallest and largest sample. */
  min: number;
  max: number;
  /** 10th and 90th percentile (nearest rank). */
  p10: number;
  p90: number;
  /** 95th percentile: only meaningful for many samples, e.g. frame times. */
  p95: number;
  samples: number[];
  /** The floor page's median for the same kind of time, when there is one (see floor-bench.ts). */
  floor?: number | undefined;
  /** The budget the median (or, with `budgetOn: 'max'`, every sample) is held to, if any. */
  budget?: number | undefined;
  budgetOn?: 'median' | 'max' | undefined;
  note?: string | undefined;
}

/** The value at quantile q (0-1) of sorted samples, by nearest rank. */
export function toQuantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** The median (mean of the middle two for an even count). */
export function toMedian(sorted: readonly number[]): number {
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Summarises samples into a measurement. */
export function toMeasurement(
  metric: string,
  size: number,
  samples: readonly number[],
  options: { unit?: Measurement['unit']; budget?: number; note?: string } = {},
): Measurement {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    metric,
    size,
    unit: options.unit ?? 'ms',
    median: round(toMedian(sorted)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted.at(-1) ?? NaN),
    p10: round(toQuantile(sorted, 0.1)),
    p90: round(toQuantile(sorted, 0.9)),
    p95: round(toQuantile(sorted, 0.95)),
    samples: samples.map(round),
    budget: options.budget,
    note: options.note,
  };
}

/** "3.2×": the median as a multiple of the floor's, or "" without one. */
export function formatRatio(measurement: Measurement): string {
  if (measurement.floor === undefined) return '';
  return `${(measurement.median / measurement.floor).toFixed(1)}×`;
}

/** A number for a table cell: one decimal below 100, none above. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en');
}

/** "✓" when the median keeps the budget, "✗" when not, "" without one. */
export function toVerdict(measurement: Measurement): string {
  if (measurement.budget === undefined) return '';
  return isWithinBudget(measurement) ? '✓' : '✗';
}

/** Whether the median (or the largest sample, for a `max` budget) keeps the budget. */
export function isWithinBudget(measurement: Measurement): boolean {
  if (measurement.budget === undefined) return true;
  const value = measurement.budgetOn === 'max' ? measurement.max : measurement.median;
  return value <= measurement.budget;
}

/** Measurements as a plain-text table: metric, size, median, spread, budget and verdict. */
export function formatTable(measurements: readonly Measurement[]): string {
  const rows = [
    ['metric', 'methods', 'median', 'spread (min–max)', 'p90', '× floor', 'budget', ''],
    ...measurements.map((m) => [
      m.metric,
      m.size.toLocaleString('en'),
      `${formatNumber(m.median)} ${m.unit}`,
      `${formatNumber(m.min)}–${formatNumber(m.max)}`,
      formatNumber(m.p90),
      formatRatio(m),
      m.budget === undefined
        ? ''
        : `${m.budgetOn === 'max' ? 'max ' : ''}≤ ${formatNumber(m.budget)} ${m.unit}`,
      toVerdict(m),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row, index) => {
      const line = row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
      return index === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}
