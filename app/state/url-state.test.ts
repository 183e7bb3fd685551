import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { LABEL_SETS } from '../catalogue/survey-labels';
import { RESERVED_KEYS } from '../catalogue/catalogue-types';
import { getAxisKeys, getFacetKeys } from '../query/filter-state';
import { getFacetValues } from '../query/facet-values';
import { getSortColumns } from '../query/sort-methods';
import { ACCESS_LEVELS, DATA_LEVELS } from '../catalogue/method-needs';
import {
  INITIAL_STATE,
  VIEW_KEYS,
  listGroupKeys,
  listProfileOrderKeys,
  listStackKeys,
  type AtlasState,
} from './atlas-state';
import { getTableColumns } from '../query/table-columns';
import { GRAPH_DRAWINGS, SVG_MAX_METHODS } from '../graph-model/graph-drawing';
import { listUrlParams, readUrlState, toUrlSearch } from './url-state';

const atlasOnly = makeFixtureCatalogue();
// Gamma comes from the survey authors' list here, so that labels=authors applies.
const catalogue = makeTestCatalogue(
  atlasOnly.methods.map((method) =>
    method.id === 'gamma' ? { ...method, labels: { source: 'authors', fit: 'exact' } } : method,
  ),
);

describe('readUrlState()', () => {
  it('opens the initial state from an empty query string', () => {
    expect(readUrlState('', catalogue)).toEqual({ state: INITIAL_STATE, ignored: [] });
  });

  it('reads filters, search, sort, selection, focus and view', () => {
    const { state, ignored } = readUrlState(
      '?view=matrix&location=input,hidden&paradigm=MR&years=2020-2022&q=alpha&sort=year:asc&sel=beta,alpha&method=gamma&rows=format&cols=alignment',
      catalogue,
    );
    expect(ignored).toEqual([]);
    expect(state.view).toBe('matrix');
    expect(state.filters.facets).toEqual({ location: ['input', 'hidden'], paradigm: ['MR'] });
    expect(state.filters.years).toEqual([2020, 2022]);
    expect(state.filters.search).toBe('alpha');
    expect(state.sort).toEqual({ column: 'year', direction: 'asc' });
    expect(state.selection).toEqual(['beta', 'alpha']);
    expect(state.focus).toBe('gamma');
    expect(state.matrix).toEqual({ rows: 'format', cols: 'alignment' });
  });

  it('keeps what it understands and names everything it ignored', () => {
    const { state, ignored } = readUrlState(
      '?location=input,inptu&foo=1&years=2023-2021&sort=colour&sel=alpha,ghost&method=nobody&view=map&depth=99&cell=location:input',
      catalogue,
    );
    expect(state.filters.facets).toEqual({ location: ['input'] });
    expect(state.selection).toEqual(['alpha']);
    expect(state.filters.years).toBeNull();
    expect(state.focus).toBeNull();
    expect(state.view).toBe('table');
    expect(ignored).toEqual([
      'unknown parameter "foo"',
      'view: "map" is not a known value',
      'location: "inptu" is not a known value',
      'years: "2023-2021" is not a range like 2021-2022',
      'cell: "location:input" is not a matrix cell like location:input,operator:additive',
      'sort: "colour" is not a column like year:desc',
      'sel: "ghost" is not a method in this catalogue',
      'method: "nobody" is not a method in this catalogue',
      'depth: "99" is not a whole number from 1 to 6',
    ]);
  });

  it('reads the finder choice, with or without a modality, and ignores an unknown one', () => {
    expect(readUrlState('?run=text,none,language', catalogue).state.filters.finder).toEqual({
      access: 'text',
      data: 'none',
      modality: 'language',
    });
    expect(readUrlState('?run=gradients,full', catalogue).state.filters.finder).toEqual({
      access: 'gradients',
      data: 'full',
      modality: null,
    });
    const { state, ignored } = readUrlState('?run=weights,none&access=text,root', catalogue);
    expect(state.filters.finder).toBeNull();
    expect(state.filters.facets).toEqual({ access: ['text'] });
    expect(ignored).toEqual([
      'access: "root" is not a known value',
      'run: "weights,none" is not a finder choice like text,none,language',
    ]);
  });

  it('keeps the default axes when rows and cols name the same axis, and says so', () => {
    const { state, ignored } = readUrlState('?rows=operator&order=year', catalogue);
    expect(state.matrix).toEqual(INITIAL_STATE.matrix);
    expect(state.profile.orderBy).toBe('year');
    expect(ignored).toEqual(['rows and cols: both are "operator"; kept the default axes']);
  });

  it('reads a first-posted range apart from the publication years, and names a range it cannot use', () => {
    const read = (search: string) => readUrlState(search, catalogue);
    expect(read('?posted=2020-2021&years=2022-2023').state.filters).toMatchObject({
      posted: [2020, 2021],
      years: [2022, 2023],
    });
    // The fixture's methods were first posted from 2019 to 2024.
    expect(read('?posted=2024-2030').state.filters.posted).toEqual([2024, 2030]);
    const { state, ignored } = read('?posted=2023-2021&stack=modality&cumulative=yes');
    expect(state.filters.posted).toBeNull();
    expect(state.timeline).toEqual({ stackBy: 'modality', cumulative: false });
    expect(ignored).toEqual([
      'posted: "2023-2021" is not a range like 2021-2023',
      'cumulative: "yes" is not 0 or 1',
    ]);
    expect(read('?posted=2025-2030').ignored).toEqual([
      'posted: "2025-2030" holds no year a method was first posted in (2019-2024)',
    ]);
    expect(read('?posted=1990-2018').ignored).toHaveLength(1);
    expect(read('?posted=2021').ignored).toEqual(['posted: "2021" is not a range like 2021-2023']);
  });

  it('cuts an overlong search and says so', () => {
    const { state, ignored } = readUrlState(`?q=${'x'.repeat(500)}`, catalogue);
    expect(state.filters.search).toHaveLength(200);
    expect(ignored).toEqual(['q: search text cut to 200 characters']);
  });
});

describe('toUrlSearch(, catalogue)', () => {
  it('writes nothing for the initial state', () => {
    expect(toUrlSearch(INITIAL_STATE, catalogue)).toBe('');
  });

  it("names the reader's own catalogue first in a link, and reads it back", () => {
    const state: AtlasState = { ...INITIAL_STATE, view: 'matrix', catalogueName: 'refs.bib' };
    expect(toUrlSearch(state, catalogue)).toBe('?catalogue=refs.bib&view=matrix');
    expect(readUrlState('?view=matrix&catalogue=refs.bib', catalogue).state.catalogueName).toBe(
      'refs.bib',
    );
    expect(readUrlState('?catalogue=%20', catalogue).ignored).toEqual(['catalogue: " " is empty']);
  });

  it('writes both matrix axes when only one differs from the default', () => {
    const state: AtlasState = { ...INITIAL_STATE, matrix: { rows: 'format', cols: 'operator' } };
    expect(toUrlSearch(state, catalogue)).toBe('?rows=format&cols=operator');
  });

  it('writes parameters in one fixed order, whatever order the URL had', () => {
    const { state } = readUrlState('?hide=venue&q=vpt&view=graph&depth=3&sel=beta', catalogue);
    expect(toUrlSearch(state, catalogue)).toBe('?view=graph&q=vpt&sel=beta&depth=3&hide=venue');
  });

  it('writes a state that parses back to itself', () => {
    const state: AtlasState = {
      ...INITIAL_STATE,
      view: 'graph',
      filters: {
        facets: { operator: ['additive', 'parametric'], venue: ['ICLR'] },
        years: [2019, 2021],
        posted: [2020, 2022],
        search: 'prompt tuning, deep',
        cell: { rowAxis: 'location', rowValue: 'input', colAxis: 'year', colValue: '2019' },
        finder: { access: 'scores', data: 'few', modality: 'vision' },
        since: '2026-11-29',
        selectedOnly: true,
      },
      sort: { column: 'citedBy', direction: 'desc' },
      selection: ['zeta', 'alpha'],
      focus: 'beta',
      graph: {
        layout: 'timeline',
        colourBy: 'alignment',
        filtered: 'hide',
        confirmedOnly: true,
        depth: 4,
        drawing: 'svg',
        lineage: 'gamma',
      },
      timeline: { stackBy: 'modality', cumulative: true },
      hiddenColumns: ['venue'],
      catalogueName: 'my refs.bib',
      compare: ['beta', 'alpha'],
      shownColumns: ['needs', 'summary'],
      sharedSelection: null,
    };
    expect(readUrlState(toUrlSearch(state, catalogue), catalogue)).toEqual({ state, ignored: [] });
  });
});

describe('draw=', () => {
  it('draws the graph as SVG with draw=svg, on a canvas by default, and reports anything else', () => {
    const { state, ignored } = readUrlState('?view=graph&draw=svg', catalogue);
    expect(state.graph.drawing).toBe('svg');
    expect(ignored).toEqual([]);
    expect(toUrlSearch(state, catalogue)).toBe('?view=graph&draw=svg');
    expect(toUrlSearch({ ...state, graph: INITIAL_STATE.graph }, catalogue)).toBe('?view=graph');
    expect(readUrlState('?draw=webgl', catalogue).ignored).toEqual([
      'draw: "webgl" is not a known value',
    ]);
  });

  it('opens a catalogue too large for SVG on the canvas and says why', () => {
    const large = makeTestCatalogue(
      Array.from({ length: SVG_MAX_METHODS + 1 }, (_, i) => makeMethod({ id: `m${i}` })),
    );
    const { state, ignored } = readUrlState('?view=graph&draw=svg&depth=3', large);
    expect(state.graph.drawing).toBe('canvas');
    expect(state.graph.depth).toBe(3);
    expect(ignored).toEqual([
      'draw: "svg" does not apply: this catalogue\'s 1,001 methods and 0 cites are more than SVG draws (at most 1,000 and 3,000); drawn on a canvas',
    ]);
  });
});

describe('only=', () => {
  it('shows only the selection with only=selected and reports any other value', () => {
    const { state } = readUrlState('?only=selected&sel=beta', catalogue);
    expect(state.filters.selectedOnly).toBe(true);
    expect(toUrlSearch(state, catalogue)).toBe('?only=selected&sel=beta');
    const wrong = readUrlState('?only=yes', catalogue);
    expect(wrong.state.filters.selectedOnly).toBe(false);
    expect(wrong.ignored).toEqual(['only: "yes" is not "selected" (only=selected)']);
  });
});

describe('show=', () => {
  it('shows optional columns in the order given and reports a column that is not optional', () => {
    const { state, ignored } = readUrlState('?show=needs,title,summary', catalogue);
    expect(state.shownColumns).toEqual(['needs', 'summary']);
    expect(ignored).toEqual([
      'show: "title" is not an optional column (summary, tasks, code, needs)',
    ]);
  });
});

describe('compare=', () => {
  it('keeps the compared methods in order and reports unknown ids as ignored', () => {
    const { state, ignored } = readUrlState('?view=compare&compare=beta,nope,alpha', catalogue);
    expect(state.compare).toEqual(['beta', 'alpha']);
    expect(state.view).toBe('compare');
    expect(ignored).toEqual(['compare: "nope" is not a method in this catalogue']);
  });

  it('keeps the first four methods of a longer list and says so', () => {
    const ids = catalogue.methods.slice(0, 5).map((method) => method.id);
    const { state, ignored } = readUrlState(`?compare=${ids.join(',')}`, catalogue);
    expect(state.compare).toEqual(ids.slice(0, 4));
    expect(ignored).toEqual(['compare: only the first 4 methods are compared']);
  });
});

describe('labels=', () => {
  it("shows the survey's labels from labels=authors and writes nothing for Atlas's", () => {
    const { state, ignored } = readUrlState('?labels=authors', catalogue);
    expect(state.labels).toBe('authors');
    expect(ignored).toEqual([]);
    expect(toUrlSearch(state, catalogue)).toBe('?labels=authors');
    expect(toUrlSearch({ ...state, labels: 'atlas' }, catalogue)).toBe('');
  });

  it("reports an unknown value, or a catalogue with nothing from the authors' list, and opens anyway", () => {
    const unknown = readUrlState('?labels=survey&paradigm=PI', catalogue);
    expect(unknown.state.labels).toBe('atlas');
    expect(unknown.state.filters.facets).toEqual({ paradigm: ['PI'] });
    expect(unknown.ignored).toEqual(['labels: "survey" is not a known value']);
    const none = readUrlState('?labels=authors', atlasOnly);
    expect(none.state.labels).toBe('atlas');
    expect(none.ignored).toEqual([
      'labels: "authors" does not apply: no method of this catalogue is from the survey authors\' list',
    ]);
  });
});

/** Any state Atlas can hold for the fixture catalogue. */
const stateArbitrary: fc.Arbitrary<AtlasState> = (() => {
  const ids = catalogue.methods.map((method) => method.id);
  const facets = fc.record(
    Object.fromEntries(
      getFacetKeys(catalogue).map((facet) => [
        facet,
        fc.uniqueArray(fc.constantFrom(...getFacetValues(catalogue, facet).map((v) => v.value)), {
          maxLength: 3,
        }),
      ]),
    ),
  );
  const axisPair = fc
    .tuple(fc.constantFrom(...getAxisKeys(catalogue)), fc.constantFrom(...getAxisKeys(catalogue)))
    .filter(([rows, cols]) => rows !== cols);
  const cell = axisPair.chain(([rowAxis, colAxis]) =>
    fc.record({
      rowAxis: fc.constant(rowAxis),
      rowValue: fc.constantFrom(...getFacetValues(catalogue, rowAxis).map((v) => v.value)),
      colAxis: fc.constant(colAxis),
      colValue: fc.constantFrom(...getFacetValues(catalogue, colAxis).map((v) => v.value)),
    }),
  );
  return fc
    .record({
      view: fc.constantFrom(...VIEW_KEYS),
      facets,
      years: fc.option(
        fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 5 })),
      ),
      // The fixture's methods were first posted from 2019 to 2024.
      posted: fc.option(
        fc.tuple(fc.integer({ min: 2015, max: 2024 }), fc.integer({ min: 0, max: 5 })),
      ),
      search: fc.string({ maxLength: 40 }),
      cell: fc.option(cell),
      finder: fc.option(
        fc.record({
          access: fc.constantFrom(...ACCESS_LEVELS),
          data: fc.constantFrom(...DATA_LEVELS),
          modality: fc.option(
            fc.constantFrom(...catalogue.taxonomy.modalities.map((m) => m.value)),
          ),
        }),
      ),
      since: fc.option(
        fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
      ),
      selectedOnly: fc.boolean(),
      sort: fc.option(
        fc.record({
          column: fc.constantFrom(...getSortColumns(catalogue)),
          direction: fc.constantFrom('asc' as const, 'desc' as const),
        }),
      ),
      selection: fc.uniqueArray(fc.constantFrom(...ids)),
      focus: fc.option(fc.constantFrom(...ids)),
      axes: axisPair,
      orderBy: fc.constantFrom(...listProfileOrderKeys(catalogue)),
      graph: fc.record({
        layout: fc.constantFrom('force' as const, 'timeline' as const),
        colourBy: fc.constantFrom(...listGroupKeys(catalogue)),
        filtered: fc.constantFrom('hide' as const, 'fade' as const),
        confirmedOnly: fc.boolean(),
        depth: fc.integer({ min: 1, max: 6 }),
        drawing: fc.constantFrom(...GRAPH_DRAWINGS),
        lineage: fc.option(fc.constantFrom(...ids)),
      }),
      stackBy: fc.constantFrom(...listStackKeys(catalogue)),
      cumulative: fc.boolean(),
      hiddenColumns: fc.uniqueArray(
        fc.constantFrom(
          ...getTableColumns(catalogue)
            .filter((c) => c.hideable)
            .map((c) => c.id),
        ),
      ),
      catalogueName: fc.option(fc.stringMatching(/^[\w.+-](?:[\w .+&-]{0,30}[\w.+-])?$/)),
      compare: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 4 }),
      labels: fc.constantFrom(...LABEL_SETS),
      shownColumns: fc.uniqueArray(
        fc.constantFrom(
          ...getTableColumns(catalogue)
            .filter((c) => c.optional)
            .map((c) => c.id),
        ),
      ),
    })
    .map((raw) => ({
      view: raw.view,
      filters: {
        facets: Object.fromEntries(
          Object.entries(raw.facets).filter(([, values]) => values.length > 0),
        ),
        years: raw.years ? ([raw.years[0], raw.years[0] + raw.years[1]] as const) : null,
        posted: raw.posted
          ? ([raw.posted[0], Math.max(2019, raw.posted[0] + raw.posted[1])] as const)
          : null,
        search: raw.search,
        cell: raw.cell,
        finder: raw.finder,
        since: raw.since,
        selectedOnly: raw.selectedOnly,
      },
      sort: raw.sort,
      selection: raw.selection,
      focus: raw.focus,
      // The default pair is the initial state's null.
      matrix:
        raw.axes[0] === 'location' && raw.axes[1] === 'operator'
          ? null
          : { rows: raw.axes[0], cols: raw.axes[1] },
      profile: { orderBy: raw.orderBy },
      graph: raw.graph,
      timeline: { stackBy: raw.stackBy, cumulative: raw.cumulative },
      hiddenColumns: raw.hiddenColumns,
      catalogueName: raw.catalogueName,
      compare: raw.compare,
      shownColumns: raw.shownColumns,
      labels: raw.labels,
      sharedSelection: null,
    }));
})();

describe('URL state properties', () => {
  it('round-trips every state Atlas can hold', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        expect(readUrlState(toUrlSearch(state, catalogue), catalogue)).toEqual({
          state,
          ignored: [],
        });
      }),
      { numRuns: 300 },
    );
  });

  it('opens any query string without throwing and round-trips the state it understood', () => {
    const names = [...listUrlParams(catalogue), 'x'];
    const pair = fc.tuple(
      fc.oneof(fc.constantFrom(...names), fc.string()),
      fc.oneof(fc.string(), fc.string({ unit: 'binary' })),
    );
    const queryString = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.array(pair, { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(queryString, (search) => {
        const first = readUrlState(search, catalogue);
        const again = readUrlState(toUrlSearch(first.state, catalogue), catalogue);
        expect(again.state).toEqual(first.state);
        expect(again.ignored).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('URL parameters and dimension keys', () => {
  it('keeps every parameter but the facets out of the keys a dimension may take', () => {
    const facets = new Set(getFacetKeys(catalogue));
    const others = listUrlParams(catalogue).filter((name) => !facets.has(name));
    const reserved: readonly string[] = RESERVED_KEYS;
    expect(others.filter((name) => !reserved.includes(name))).toEqual([]);
    // The fixed facets are reserved too, so no dimension can shadow one.
    const fixed = getFacetKeys(catalogue).filter(
      (key) => !catalogue.taxonomy.dimensions.some((d) => d.key === key),
    );
    expect(fixed.filter((key) => !reserved.includes(key))).toEqual([]);
  });
});
