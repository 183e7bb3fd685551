import type { DepartureField, Method } from './catalogue-types';

/** One row of the departures table: where Atlas's label differs from the survey authors'. */
export interface DepartureRow {
  id: string;
  /** The method's short name; the id is added in brackets when two departing methods share it. */
  method: string;
  field: DepartureField;
  authors: string;
  atlas: string;
  reason: string;
}

const HEADER = ['Method', 'Field', "Authors' value", "Atlas's value", 'Reason'] as const;

/**
 * Lists every departure recorded on methods labelled from the authors' list, one row
 * per departure, ordered by method name, then id, then the order of the fields in the
 * taxonomy (the paradigm, then the dimensions).
 */
export function listDepartureRows(methods: readonly Method[]): DepartureRow[] {
  const departing = methods.filter(
    (method) => method.labels.source === 'authors' && (method.labels.departures ?? []).length > 0,
  );
  const nameCounts = new Map<string, number>();
  for (const method of departing) {
    nameCounts.set(method.name, (nameCounts.get(method.name) ?? 0) + 1);
  }
  const rows = departing.flatMap((method) => {
    const departures = method.labels.source === 'authors' ? (method.labels.departures ?? []) : [];
    const label =
      (nameCounts.get(method.name) ?? 0) > 1 ? `${method.name} (${method.id})` : method.name;
    const fieldOrder = ['paradigm', ...Object.keys(method.dimensions)];
    return departures.map((departure) => ({
      order: fieldOrder.indexOf(departure.field),
      id: method.id,
      method: label,
      field: departure.field,
      authors: departure.authors.join(', '),
      atlas: departure.atlas.join(', '),
      reason: departure.reason,
    }));
  });
  return rows
    .sort((a, b) => compareText(a.method, b.method) || compareText(a.id, b.id) || a.order - b.order)
    .map(({ order: _order, ...row }) => row);
}

/**
 * The markdown that data/README.md holds between its departures markers: a count line
 * and a table, padded the way prettier pads markdown tables so that formatting the
 * README leaves it unchanged.
 */
export function formatDepartureTable(methods: readonly Method[]): string {
  const rows = listDepartureRows(methods);
  const methodCount = new Set(rows.map((row) => row.id)).size;
  const authorsCount = methods.filter((method) => method.labels.source === 'authors').length;
  const count =
    rows.length === 0
      ? `No departures: every one of the ${authorsCount} papers from the authors' list keeps the authors' normalised labels.`
      : `${rows.length} ${rows.length === 1 ? 'departure' : 'departures'} on ${methodCount} of the ${authorsCount} papers from the authors' list.`;
  if (rows.length === 0) return count;
  const cells = rows.map((row) => [row.method, row.field, row.authors, row.atlas, row.reason]);
  return `${count}\n\n${formatMarkdownTable([...HEADER], cells)}`;
}

/** A markdown table with every column padded to its widest cell, as prettier prints it. */
export function formatMarkdownTable(header: string[], rows: string[][]): string {
  const escaped = [header, ...rows].map((row) => row.map(toCellText));
  const widths = header.map((_, column) =>
    Math.max(3, ...escaped.map((row) => toDisplayWidth(row[column] ?? ''))),
  );
  const line = (row: string[]) =>
    `| ${widths.map((width, column) => padCell(row[column] ?? '', width)).join(' | ')} |`;
  const [head, ...body] = escaped;
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  return [line(head ?? []), rule, ...body.map(line)].join('\n');
}

function toCellText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

function padCell(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - toDisplayWidth(text)));
}

/** Width in terminal columns: combining marks take none, wide East Asian characters two. */
function toDisplayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (/\p{M}/u.test(char)) continue;
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u.test(
        char,
      )
        ? 2
        : 1;
  }
  return width;
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' });
}
