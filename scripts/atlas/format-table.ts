import type { Catalogue, Method } from '../../app/catalogue/catalogue-types';
import { getFacetValues } from '../../app/query/facet-values';

/** Cuts text to a width, marking the cut with an ellipsis. */
function fit(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

/**
 * The methods as a plain-text table for a terminal: id, name, year, paradigm and one
 * column per taxonomy dimension (value codes, "+" between several), then the title.
 * Ends with a line counting the methods shown out of the catalogue.
 */
export function formatTable(methods: readonly Method[], catalogue: Catalogue): string {
  const dimensions = catalogue.taxonomy.dimensions;
  const codeOf = new Map(
    dimensions.map((dimension) => [
      dimension.key,
      new Map(getFacetValues(catalogue, dimension.key).map((value) => [value.value, value.code])),
    ]),
  );
  const header = ['id', 'name', 'year', 'paradigm', ...dimensions.map((d) => d.key), 'title'];
  const rows = methods.map((method) => [
    method.id,
    method.name,
    String(method.year),
    method.paradigm,
    ...dimensions.map((dimension) =>
      (method.dimensions[dimension.key] ?? [])
        .map((value) => codeOf.get(dimension.key)?.get(value) ?? value)
        .join('+'),
    ),
    method.title,
  ]);
  const widths = header.map((title, column) =>
    Math.min(
      column === 0 || column === 1 ? 24 : 12,
      Math.max(title.length, ...rows.map((row) => row[column]!.length)),
    ),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : fit(cell, widths[column]!)))
      .join('  ')
      .trimEnd();
  const count = `${methods.length} of ${catalogue.methods.length} methods`;
  return [line(header), ...rows.map(line), '', count].join('\n') + '\n';
}
