import { describe, expect, it } from 'vitest';
import { toExportFileName } from './export-file-name';

describe('toExportFileName()', () => {
  // Built from local date parts, so the test holds in every time zone.
  const late = new Date(2026, 10, 29, 23, 59);

  it.each(['bib', 'csv', 'json', 'ris', 'tex'] as const)(
    'names a .%s export by count and local day',
    (kind) => {
      expect(toExportFileName(kind, 12, late)).toBe(
        `reprogrammability-atlas-12-methods-2026-11-29.${kind}`,
      );
    },
  );

  it('marks a CSL-JSON export as .csl.json, apart from Atlas JSON', () => {
    expect(toExportFileName('csl-json', 3, late)).toBe(
      'reprogrammability-atlas-3-methods-2026-11-29.csl.json',
    );
  });

  it('writes the year with four digits', () => {
    const early = new Date(2026, 0, 5);
    early.setFullYear(987);
    expect(toExportFileName('json', 3, early)).toBe(
      'reprogrammability-atlas-3-methods-0987-01-05.json',
    );
  });

  it('says "method" for one and pads month and day', () => {
    expect(toExportFileName('bib', 1, new Date(2027, 0, 5))).toBe(
      'reprogrammability-atlas-1-method-2027-01-05.bib',
    );
    expect(toExportFileName('csv', 0, new Date(2027, 0, 5))).toBe(
      'reprogrammability-atlas-0-methods-2027-01-05.csv',
    );
  });
});
