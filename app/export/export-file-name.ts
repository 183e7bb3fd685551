/** The export formats and their file extensions. */
export type ExportKind = 'bib' | 'csv' | 'json';

/**
 * The download name of an export: "reprogrammability-atlas-12-methods-2026-11-29.bib".
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
  return `reprogrammability-atlas-${count}-${methods}-${day}.${kind}`;
}
