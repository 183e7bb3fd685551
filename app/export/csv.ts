import type { Catalogue, Method } from '../catalogue/catalogue-types';

/** The columns of the CSV export before the taxonomy's dimensions, in order. */
const LEADING_COLUMNS = ['id', 'name', 'title', 'authors', 'year', 'venue', 'paradigm'] as const;

/** The columns after the dimensions, in order. */
const TRAILING_COLUMNS = [
  'modalities',
  'scope',
  'arxiv',
  'doi',
  'url',
  'code',
  'cited_by',
  'summary',
] as const;

/** The columns of a catalogue's CSV export: the fixed ones, its dimension keys in the middle. */
export function listCsvColumns(catalogue: Catalogue): string[] {
  return [
    ...LEADING_COLUMNS,
    ...catalogue.taxonomy.dimensions.map((dimension) => dimension.key),
    ...TRAILING_COLUMNS,
  ];
}

/** Separators inside a cell: authors contain commas, so they get "; "; value lists get "|". */
const AUTHOR_SEPARATOR = '; ';
const VALUE_SEPARATOR = '|';

/**
 * A cell as RFC 4180 text. A cell that a spreadsheet would run as a formula (starting
 * with = + - @, a tab or a carriage return) gets a leading apostrophe, which
 * spreadsheets hide and which keeps the text inert. A cell holding a comma, a quote or a
 * line break is quoted, its quotes doubled.
 */
export function toCsvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/** One method's cells, by column. `citedBy` is how many catalogue methods cite it. */
function toCsvRecord(method: Method, citedBy: number): Record<string, string> {
  const dimensions = Object.entries(method.dimensions).map(([key, values]) => [
    key,
    values.join(VALUE_SEPARATOR),
  ]);
  return {
    ...Object.fromEntries(dimensions),
    id: method.id,
    name: method.name,
    title: method.title,
    authors: method.authors.join(AUTHOR_SEPARATOR),
    year: String(method.year),
    venue: method.venue,
    paradigm: method.paradigm,
    modalities: method.modalities.join(VALUE_SEPARATOR),
    scope: method.scope,
    arxiv: method.arxiv ?? '',
    doi: method.doi ?? '',
    url: method.url,
    code: method.code ?? '',
    cited_by: String(citedBy),
    summary: method.summary,
  };
}

/**
 * A CSV file (RFC 4180, CRLF line ends, UTF-8 without a byte order mark) of some
 * methods of a catalogue, in the order given, under a header row of `listCsvColumns`.
 * Authors are joined with "; ", multi-valued dimensions and modalities with "|";
 * cited_by counts the catalogue methods citing each one. Throws if a method is not in
 * the catalogue, since its citations could not be counted.
 */
export function formatCsv(methods: readonly Method[], catalogue: Catalogue): string {
  const columns = listCsvColumns(catalogue);
  const rows = methods.map((method) => {
    const position = catalogue.indexOf.get(method.id);
    if (position === undefined) {
      throw new RangeError(`formatCsv: method "${method.id}" is not in the catalogue`);
    }
    // Stryker disable next-line OptionalChaining: citedByOf has an entry for every position indexOf gives
    const record = toCsvRecord(method, catalogue.citedByOf[position]?.length ?? 0);
    return columns.map((column) => toCsvCell(record[column] ?? ''));
  });
  return [columns.map(toCsvCell), ...rows].map((cells) => `${cells.join(',')}\r\n`).join('');
}
