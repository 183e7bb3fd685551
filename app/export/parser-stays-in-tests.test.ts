import { describe, expect, it } from 'vitest';
import { listImporters } from '../testing/list-importers';

describe('the BibTeX parser', () => {
  it('is imported only by the catalogue BibTeX reader, besides tests and app/testing', () => {
    expect(listImporters('@retorquere/bibtex-parser')).toEqual([
      'catalogue/read-bibtex-records.ts',
    ]);
  });

  it('reaches the app only through the catalogue worker, never the first bundle', () => {
    // The worker is started with new Worker(new URL(...)), which Vite builds as its own chunk.
    expect(listImporters('read-bibtex-records')).toEqual(['catalogue/read-catalogue-files.ts']);
    expect(listImporters('read-catalogue-files')).toEqual(['catalogue/catalogue-worker.ts']);
    expect(listImporters('catalogue-worker')).toEqual([]);
  });
});
