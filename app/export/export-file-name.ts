/** The export formats. */
export type ExportKind = 'bib' | 'csv' | 'json' | 'ris' | 'csl-json' | 'tex';

/** The file extension of each format; CSL-JSON is marked so it is not taken for Atlas's own JSON. */
const EXTENSIONS: Readonly<Record<ExportKind, string>> = {
  bib: 'bib',
  csv: 'csv',
  json: 'json',
  ris: 'ris',
  'csl-json': 'csl.json',
  tex: 'tex',
};

/**
 * The download name of an export: "reprogrammability-atlas-12-methods-2026-11-29.bib"
 * (".csl.json" for CSL-JSON).
 * The date is the local calendar day of `date` (what the reader sees on their clock);
 * one method is "1-method".
 */
export function toExportFileName(kind: ExportKind, count: number, date: Date): string {
  const day = [
    String(date.getFullYear()).padStart(4, '0'),
    String(date.getMonth() + 1).padStart(2, '0'),
    String(date.getDate()).padStart(2, '0'),
  ].join('-');
  const methods = count === 1 ? 'method' : 'methods';
  return `reprogrammability-atlas-${count}-${methods}-${day}.${EXTENSIONS[kind]}`;
}
