import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCatalogueData } from '../catalogue/check-catalogue-data';
import { toCheckedCatalogue } from '../catalogue/load-catalogue';
import { renderFirstScreen } from './render-first-screen';

const readData = (file: string): unknown => JSON.parse(readFileSync(`data/${file}`, 'utf8'));

function loadBundled() {
  return toCheckedCatalogue(
    checkCatalogueData({
      taxonomy: readData('taxonomy.json'),
      methods: readData('methods.json'),
      overrides: { data: readData('needs-overrides.json') },
    }),
  );
}

// Counted from the raw file, not through the query module the page uses.
const rawMethods = readData('methods.json') as { id: string; year: number; location: string[] }[];

describe('renderFirstScreen()', () => {
  const html = renderFirstScreen(loadBundled())!;

  it('renders the opening view: every method counted, the table with its first rows', () => {
    expect(html).toContain(`<strong>${rawMethods.length}</strong>`);
    const rows = [...html.matchAll(/<tr data-id="([^"]+)" aria-rowindex="(\d+)"/g)];
    expect(rows.length).toBeGreaterThanOrEqual(17);
    expect(rows.map((row) => Number(row[2]))).toEqual(rows.map((_, index) => index + 2));
    // The default order is newest first: the first rows are of the latest year in the file.
    const latest = Math.max(...rawMethods.map((method) => method.year));
    const yearOf = new Map(rawMethods.map((method) => [method.id, method.year]));
    expect(yearOf.get(rows[0]![1]!)).toBe(latest);
  });

  it("shows the facets' counts of the whole catalogue", () => {
    const input = rawMethods.filter((method) => method.location.includes('input')).length;
    expect(html).toMatch(
      new RegExp(`<span class="facet-name">Input</span><span class="facet-count">${input}</span>`),
    );
  });

  it('holds no Suspense boundary, so the app adopts all of it in one pass', () => {
    // React adopts a boundary's markup after the rest, reading the state as it is by then: a
    // search typed in between would no longer match the rows it finds (the mismatch e2e
    // first-screen.spec reproduces). React writes each boundary as a <!--$--> comment.
    expect(html).not.toMatch(/<!--\$/);
  });

  it('is left out for a catalogue with problems, which the page must name instead', () => {
    const broken = toCheckedCatalogue(
      checkCatalogueData({
        taxonomy: readData('taxonomy.json'),
        methods: [...rawMethods.slice(0, 3), { id: 'no-fields' }],
        overrides: { data: [] },
      }),
    );
    expect(broken.problems.length).toBeGreaterThan(0);
    expect(renderFirstScreen(broken)).toBeNull();
  });
});
