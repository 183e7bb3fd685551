import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listImporters } from '../testing/list-importers';

describe('citation-js', () => {
  it('is imported only by the RIS formatter', () => {
    expect(listImporters('@citation-js/core')).toEqual(['export/ris.ts']);
    expect(listImporters('@citation-js/plugin-ris')).toEqual(['export/ris.ts']);
  });

  it('reaches the app only through import(), so the first bundle never carries it', () => {
    expect(listImporters('export/ris')).toEqual([]);
    const exportMenu = readFileSync(
      new URL('../views/selection/selection-export.tsx', import.meta.url),
      'utf8',
    );
    expect(exportMenu).toContain("await import('../../export/ris')");
  });
});
