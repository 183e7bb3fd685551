import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import methodsJson from '../../data/methods.json';
import taxonomyJson from '../../data/taxonomy.json';
import { buildCatalogue } from './build-catalogue';
import { formatProblem } from './catalogue-problem';
import { listBacktickedIds, readReadmeBlock } from './data-readme';
import { summariseCatalogue } from './summarise-catalogue';
import { validateCatalogue } from './validate-catalogue';

const result = validateCatalogue(taxonomyJson, methodsJson);
const catalogue = result.taxonomy ? buildCatalogue(result.taxonomy, result.methods) : null;
const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8');
const listedIsolated = listBacktickedIds(readReadmeBlock(readme, 'isolated') ?? '');

describe('the bundled catalogue (data/methods.json)', () => {
  it('validates with no problems and keeps every entry', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.methods).toHaveLength(result.entryCount);
  });

  it('holds at least 170 methods', () => {
    expect(result.methods.length).toBeGreaterThanOrEqual(170);
  });

  it('holds at least 600 citation edges, each confirmed or recalled', () => {
    const { edges } = summariseCatalogue(catalogue!);
    expect(edges.total).toBeGreaterThanOrEqual(600);
    expect(edges.confirmed + edges.recalled).toBe(edges.total);
  });

  it("holds every one of the 69 papers of the authors' list, labelled from it", () => {
    const fromAuthors = result.methods.filter((method) => method.labels.source === 'authors');
    expect(fromAuthors).toHaveLength(69);
  });

  it('links every method into the citation graph, except those data/README.md lists as isolated', () => {
    const unlinked = result.methods
      .filter(
        (_, index) => !catalogue!.citesOf[index]!.length && !catalogue!.citedByOf[index]!.length,
      )
      .map((method) => method.id);
    const unexplained = unlinked.filter((id) => !listedIsolated.includes(id));
    expect(unexplained).toEqual([]);
  });

  it('lists in data/README.md only methods that really are isolated', () => {
    expect(listedIsolated.sort()).toEqual([...summariseCatalogue(catalogue!).isolated].sort());
  });
});
