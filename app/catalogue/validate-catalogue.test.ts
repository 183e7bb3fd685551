import { describe, expect, it } from 'vitest';
import taxonomyJson from '../../data/taxonomy.json';
import { makeRawMethod } from '../testing/make-method';
import { formatProblem } from './catalogue-problem';
import { validateCatalogue } from './validate-catalogue';

const validate = (methods: unknown[]) => validateCatalogue(taxonomyJson, methods);
const lines = (methods: unknown[]) => validate(methods).problems.map(formatProblem);

describe('validateCatalogue()', () => {
  it('accepts well-formed entries', () => {
    const result = validate([
      makeRawMethod({ id: 'a' }),
      makeRawMethod({ id: 'b', cites: [{ id: 'a', basis: 'recalled' }] }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.methods.map((method) => method.id)).toEqual(['a', 'b']);
  });

  it('rejects an unknown dimension value, naming file, entry and field', () => {
    expect(lines([makeRawMethod({ id: 'vpt', location: ['embedding', 'inptu'] })])).toEqual([
      'data/methods.json, entry "vpt", field "location[1]": must be one of "input", "embedding", "hidden" (location values); got "inptu"',
    ]);
  });

  it('rejects a missing required field', () => {
    const { summary: _summary, ...withoutSummary } = makeRawMethod({ id: 'coop' });
    expect(lines([withoutSummary])).toEqual([
      'data/methods.json, entry "coop", field "summary": is required',
    ]);
  });

  it('names an entry without an id by its position', () => {
    const { id: _id, ...withoutId } = makeRawMethod({ id: 'x' });
    expect(lines([makeRawMethod({ id: 'a' }), withoutId])).toEqual([
      'data/methods.json, entry "#1", field "id": is required',
    ]);
  });

  it('rejects a duplicate id and keeps the first entry', () => {
    const result = validate([
      makeRawMethod({ id: 'warp', title: 'One' }),
      makeRawMethod({ id: 'warp', title: 'Two' }),
    ]);
    expect(result.problems.map(formatProblem)).toEqual([
      'data/methods.json, entry "warp", field "id": repeats the id of an earlier entry',
    ]);
    expect(result.methods.map((method) => method.title)).toEqual(['One']);
  });

  it('rejects a cite to an unknown id and drops only that cite', () => {
    const result = validate([
      makeRawMethod({ id: 'a' }),
      makeRawMethod({
        id: 'b',
        cites: [
          { id: 'a', basis: 'confirmed' },
          { id: 'ghost', basis: 'recalled' },
        ],
      }),
    ]);
    expect(result.problems.map(formatProblem)).toEqual([
      'data/methods.json, entry "b", field "cites[1].id": cites "ghost", which is not in the catalogue',
    ]);
    expect(result.methods[1]?.cites).toEqual([{ id: 'a', basis: 'confirmed' }]);
  });

  it('rejects a self-cite and a repeated cite', () => {
    expect(
      lines([
        makeRawMethod({ id: 'a' }),
        makeRawMethod({
          id: 'b',
          cites: [
            { id: 'b', basis: 'recalled' },
            { id: 'a', basis: 'recalled' },
            { id: 'a', basis: 'confirmed' },
          ],
        }),
      ]),
    ).toEqual([
      'data/methods.json, entry "b", field "cites[0].id": cites the method itself',
      'data/methods.json, entry "b", field "cites[2].id": cites "a" twice',
    ]);
  });

  it('rejects a cite to a paper first published after the citing paper', () => {
    expect(
      lines([
        makeRawMethod({
          id: 'old',
          year: 2019,
          arxiv: '1901.00001',
          doi: undefined,
          cites: [{ id: 'new', basis: 'recalled' }],
        }),
        makeRawMethod({ id: 'new', year: 2023, arxiv: '2301.00001', doi: undefined }),
      ]),
    ).toEqual([
      'data/methods.json, entry "old", field "cites[0].id": cites "new", first posted 2023-01, after this method (first posted 2019-01); add a "note" saying which later version of this paper cites it, or remove the cite',
    ]);
  });

  it('dates a paper by its arXiv version, not only its venue year', () => {
    // Published 2022 but on arXiv since 2021: a 2021 paper may cite it.
    expect(
      lines([
        makeRawMethod({ id: 'early', year: 2022, arxiv: '2109.01134', doi: undefined }),
        makeRawMethod({
          id: 'citer',
          year: 2021,
          arxiv: '2111.00001',
          doi: undefined,
          cites: [{ id: 'early', basis: 'recalled' }],
        }),
      ]),
    ).toEqual([]);
  });

  it('rejects repeated arXiv ids and titles', () => {
    expect(
      lines([
        makeRawMethod({ id: 'a', title: 'Same Title', arxiv: '2101.00001' }),
        makeRawMethod({ id: 'b', title: 'same title!', arxiv: '2101.00001' }),
      ]),
    ).toEqual([
      'data/methods.json, entry "b", field "arxiv": repeats the arXiv id 2101.00001 of "a"',
      'data/methods.json, entry "b", field "title": repeats the title of "a"',
    ]);
  });

  it('rejects a non-http link, an unknown field and a malformed author', () => {
    expect(
      lines([
        {
          ...makeRawMethod({ id: 'x', url: 'javascript:alert(1)', authors: ['Jane Doe'] }),
          locaton: ['input'],
        },
      ]),
    ).toEqual([
      'data/methods.json, entry "x", field "authors[0]": must be written "Family, Given"; got "Jane Doe"',
      'data/methods.json, entry "x", field "url": must be an http(s) address; got "javascript:alert(1)"',
      'data/methods.json, entry "x", field "locaton": is not a known field',
    ]);
  });

  it('requires an arXiv id or a DOI', () => {
    expect(lines([makeRawMethod({ id: 'x', arxiv: undefined, doi: undefined })])).toEqual([
      'data/methods.json, entry "x", field "arxiv": needs an arXiv identifier or a DOI',
    ]);
  });

  it('checks that a label departure matches the label it explains', () => {
    expect(
      lines([
        makeRawMethod({
          id: 'x',
          location: ['embedding'],
          labels: {
            source: 'authors',
            fit: 'exact',
            departures: [
              { field: 'location', authors: ['input'], atlas: ['hidden'], reason: 'Reason.' },
            ],
          },
        }),
      ]),
    ).toEqual([
      'data/methods.json, entry "x", field "labels.departures[0].atlas": says Atlas holds ["hidden"] for location, but the entry holds ["embedding"]',
    ]);
  });

  it("rejects an authors' departure value that is no paradigm or no dimension value", () => {
    const departing = (field: 'paradigm' | 'operator', authors: string[], atlas: string[]) =>
      ({ field, authors, atlas, reason: 'Reason.' }) as const;
    expect(
      lines([
        makeRawMethod({
          id: 'x',
          paradigm: 'PT',
          operator: ['additive'],
          labels: {
            source: 'authors',
            fit: 'exact',
            departures: [
              departing('paradigm', ['PI', 'Prompting'], ['PT']),
              // Another dimension's words are the survey's own and pass; a misspelling does not.
              departing('operator', ['linear', 'aditive'], ['additive']),
            ],
          },
        }),
      ]),
    ).toEqual([
      'data/methods.json, entry "x", field "labels.departures[0].authors[1]": must be one of "MR", "PT", "PI" (paradigms in data/taxonomy.json); got "Prompting"',
      expect.stringMatching(
        /^data\/methods\.json, entry "x", field "labels\.departures\[1\]\.authors\[1\]": must be one of "fixed", "learnable", "input", .* \(values of the dimensions in the taxonomy\); got "aditive"$/,
      ),
    ]);
  });

  it('reports every problem of every entry at once', () => {
    const problems = validate([
      makeRawMethod({ id: 'a', year: 1800, paradigm: 'XX' }),
      makeRawMethod({ id: 'b', venue: 'Nowhere' }),
    ]).problems;
    expect(problems.map((problem) => `${problem.entry}:${problem.field}`)).toEqual([
      'a:year',
      'a:paradigm',
      'b:venue',
    ]);
  });

  it('rejects a methods file that is not an array', () => {
    expect(validateCatalogue(taxonomyJson, { methods: [] }).problems.map(formatProblem)).toEqual([
      'data/methods.json: must be a JSON array of methods',
    ]);
  });

  it('rejects a malformed taxonomy before looking at methods', () => {
    const broken = { ...taxonomyJson, paradigms: [{ code: 'mr', name: 'x', definition: 'y' }] };
    expect(validateCatalogue(broken, []).problems.map(formatProblem)).toEqual([
      'data/taxonomy.json, field "paradigms[0].code": must be one to six capitals or digits; got "mr"',
    ]);
  });
});

describe('validateCatalogue() labels.fit and added', () => {
  it('requires a note on a nearest fit', () => {
    expect(
      lines([makeRawMethod({ id: 'gp', labels: { source: 'atlas', fit: 'nearest' } })]),
    ).toEqual([
      'data/methods.json, entry "gp", field "labels.note": a "nearest" fit needs a note saying what the mechanism is and why no value fits exactly',
    ]);
  });

  it('accepts a nearest fit with its note, for either label source', () => {
    expect(
      lines([
        makeRawMethod({
          id: 'gp',
          labels: { source: 'atlas', fit: 'nearest', note: 'element-wise' },
        }),
        makeRawMethod({
          id: 'vp',
          labels: { source: 'authors', fit: 'nearest', note: 'a rotation' },
        }),
      ]),
    ).toEqual([]);
  });

  it('rejects a fit outside exact and nearest, and a missing fit', () => {
    expect(
      lines([
        makeRawMethod({ id: 'a', labels: { source: 'atlas', fit: 'close' as 'exact' } }),
        { ...makeRawMethod({ id: 'b' }), labels: { source: 'atlas' } },
      ]),
    ).toEqual([
      'data/methods.json, entry "a", field "labels.fit": must be "exact" or "nearest" (the taxonomy\'s nearest value, explained in the note); got "close"',
      'data/methods.json, entry "b", field "labels.fit": is required',
    ]);
  });

  it('requires the date a method was added, as a real calendar date', () => {
    const { added: _added, ...withoutAdded } = makeRawMethod({ id: 'a' });
    expect(lines([withoutAdded, makeRawMethod({ id: 'b', added: '2026-02-30' })])).toEqual([
      'data/methods.json, entry "a", field "added": is required',
      'data/methods.json, entry "b", field "added": must be a calendar date written YYYY-MM-DD, like "2026-12-04"',
    ]);
  });
});

describe('validateCatalogue() entry names and echoed input', () => {
  it('names an entry by its id only when the id is a string of 1 to 80 characters', () => {
    const unnamed = (id: unknown) => ({ ...makeRawMethod({ id: 'x', summary: '' }), id });
    const entries = validate([
      unnamed('y'.repeat(80)),
      unnamed('z'.repeat(81)),
      unnamed(''),
      unnamed(7),
      null,
    ]).problems.map((problem) => problem.entry);
    expect([...new Set(entries)]).toEqual(['y'.repeat(80), '#1', '#2', '#3', '#4']);
  });

  it('says what it got, cut to 60 characters with an ellipsis', () => {
    const title = (length: number) => [`${'x'.repeat(length - 4)}`];
    // JSON.stringify(["xx…"]) is the length of the x's plus four.
    expect(lines([makeRawMethod({ id: 'a', title: title(60) as unknown as string })])).toEqual([
      `data/methods.json, entry "a", field "title": Invalid input: expected string, received array; got ${JSON.stringify(title(60))}`,
    ]);
    expect(lines([makeRawMethod({ id: 'a', title: title(61) as unknown as string })])).toEqual([
      `data/methods.json, entry "a", field "title": Invalid input: expected string, received array; got ${JSON.stringify(title(61)).slice(0, 57)}...`,
    ]);
  });

  it('names an unknown field of the taxonomy without an entry', () => {
    expect(
      validateCatalogue({ ...taxonomyJson, extra: 1 }, []).problems.map(formatProblem),
    ).toEqual(['data/taxonomy.json, field "extra": is not a known field']);
  });

  it('returns no methods when the taxonomy or the methods file is unusable', () => {
    const badTaxonomy = validateCatalogue({ ...taxonomyJson, paradigms: 5 }, [
      makeRawMethod({ id: 'a' }),
    ]);
    expect(badTaxonomy).toMatchObject({ taxonomy: null, methods: [], entryCount: 0 });
    expect(validateCatalogue(taxonomyJson, {})).toMatchObject({ methods: [], entryCount: 0 });
  });
});
