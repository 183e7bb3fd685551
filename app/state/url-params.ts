import type { Catalogue } from '../catalogue/catalogue-types';
import { memoisePerCatalogue } from '../catalogue/catalogue-cache';
import { getFirstPosted } from '../catalogue/first-posted';
import { LABEL_SETS, countSurveyLabels, type LabelSet } from '../catalogue/survey-labels';
import { GRAPH_DRAWINGS, canDrawAsSvg, describeSvgLimit } from '../graph-model/graph-drawing';
import { getFacetValues } from '../query/facet-values';
import {
  getDefaultAxes,
  getFacetKeys,
  isAxisKey,
  isSinceDate,
  type AxisKey,
  type FacetKey,
} from '../query/filter-state';
import { isSortColumn, type SortState } from '../query/sort-methods';
import { toFinderChoice, type FinderChoice } from '../query/find-runnable';
import {
  INITIAL_STATE,
  MAX_COMPARED,
  MAX_LINEAGE_DEPTH,
  VIEW_KEYS,
  isGroupKey,
  isStackKey,
  listProfileOrderKeys,
  listViewKeys,
  toMatrixAxes,
  type AtlasState,
  type GraphOptions,
  type ViewKey,
} from './atlas-state';
import { getTableColumns, isHideableColumn, isOptionalColumn } from '../query/table-columns';

/** Longest search text kept from a URL. */
export const MAX_URL_SEARCH_LENGTH = 200;

/** The parameter naming the reader's own catalogue in a link made on it. */
export const CATALOGUE_PARAM = 'catalogue';

/** What a parameter's reader gets besides the text. */
export interface ReadContext {
  catalogue: Catalogue;
  /** Leaves the text out, saying why ("is not a known value" unless told); returns undefined. */
  ignore: (why?: string) => undefined;
  /** Keeps the value but tells the reader something about it. */
  note: (sentence: string) => void;
}

interface ParamBase<T> {
  name: string;
  /** The state field this parameter mirrors. */
  get: (state: AtlasState) => T;
  set: (state: AtlasState, value: T) => AtlasState;
  /** A rule across parameters, applied once this one is read; may undo and say why. */
  settle?: (state: AtlasState, note: (sentence: string) => void) => AtlasState;
}

/** A parameter holding one value; when repeated, the last one counts. */
export interface SingleParam<T> extends ParamBase<T> {
  kind: 'single';
  /** The value the text names, or `context.ignore(...)`. */
  read: (text: string, context: ReadContext) => T | undefined;
  /** The text for a value; null leaves the parameter out. */
  write: (value: T) => string | null;
  /** Written only when this part of the state differs from the initial state (default: `get`). */
  writtenWith?: (state: AtlasState) => unknown;
}

/** A comma-separated list (also read from repeated parameters), items kept in order, once each. */
export interface ListParam extends ParamBase<readonly string[]> {
  kind: 'list';
  /** Whether one item can be kept; if not, `context.ignore(...)`. */
  readItem: (item: string, context: ReadContext) => boolean | undefined;
}

export type UrlParam = SingleParam<never> | ListParam;

// Each entry is checked against its own value type here, then stored without it.
function single<T>(param: Omit<SingleParam<T>, 'kind'>): UrlParam {
  return { kind: 'single', ...param } as unknown as UrlParam;
}
function list(param: Omit<ListParam, 'kind'>): UrlParam {
  return { kind: 'list', ...param };
}

/** Reads one of a fixed set of words. */
function oneOf<T extends string>(values: readonly T[]) {
  return (text: string, { ignore }: ReadContext): T | undefined =>
    (values as readonly string[]).includes(text) ? (text as T) : ignore();
}

function withGraph<K extends keyof GraphOptions>(
  key: K,
): Omit<SingleParam<GraphOptions[K]>, 'kind' | 'name' | 'read' | 'write'> {
  return {
    get: (state) => state.graph[key],
    set: (state, value) => ({ ...state, graph: { ...state.graph, [key]: value } }),
  };
}

function facetParam(facet: FacetKey): UrlParam {
  return list({
    name: facet,
    get: (state) => state.filters.facets[facet] ?? [],
    set: (state, values) =>
      values.length === 0
        ? state
        : {
            ...state,
            filters: { ...state.filters, facets: { ...state.filters.facets, [facet]: values } },
          },
    readItem: (value, { catalogue, ignore }) =>
      getFacetValues(catalogue, facet).some((known) => known.value === value) || ignore(),
  });
}

function holds(catalogue: Catalogue, axis: AxisKey, value: string): boolean {
  return getFacetValues(catalogue, axis).some((known) => known.value === value);
}

const matrixAxis = (
  catalogue: Catalogue,
  axis: 'rows' | 'cols',
  settle?: SingleParam<AxisKey>['settle'],
): UrlParam =>
  single<AxisKey>({
    ...(settle && { settle }),
    name: axis,
    get: (state) => toMatrixAxes(state.matrix, catalogue)[axis],
    // The default pair is kept as null, so a state reads back from the URL it writes.
    set: (state, value) => {
      const next = { ...toMatrixAxes(state.matrix, catalogue), [axis]: value };
      const initial = getDefaultAxes(catalogue);
      const isDefault = next.rows === initial.rows && next.cols === initial.cols;
      return { ...state, matrix: isDefault ? null : next };
    },
    read: (text, { ignore }) => (isAxisKey(catalogue, text) ? text : ignore()),
    write: (value) => value,
    // The axes go into a URL as a pair, so a link shows both; the default pair stays out.
    writtenWith: (state) => {
      const { rows, cols } = toMatrixAxes(state.matrix, catalogue);
      return `${rows} ${cols}`;
    },
  });

/**
 * Every URL parameter Atlas reads and writes for a catalogue, in the order they are
 * written and read; its facets (one parameter per dimension key and fixed facet) come
 * from the catalogue's taxonomy. Both directions derive from this table (see
 * url-state.ts).
 */
export const getUrlParamTable: (catalogue: Catalogue) => readonly UrlParam[] =
  memoisePerCatalogue(makeUrlParamTable);

function makeUrlParamTable(catalogue: Catalogue): readonly UrlParam[] {
  return [
    single<string | null>({
      name: CATALOGUE_PARAM,
      get: (state) => state.catalogueName,
      set: (state, catalogueName) => ({ ...state, catalogueName }),
      read: (text, { ignore }) => text.trim().slice(0, MAX_URL_SEARCH_LENGTH) || ignore('is empty'),
      write: (name) => name,
    }),
    single({
      name: 'view',
      get: (state) => state.view,
      set: (state, view) => ({ ...state, view }),
      read: (text, context) =>
        VIEW_KEYS.includes(text as ViewKey) && !listViewKeys(catalogue).includes(text as ViewKey)
          ? context.ignore('does not apply: this catalogue says nothing of what its methods need')
          : oneOf(listViewKeys(catalogue))(text, context),
      write: (view) => view,
    }),
    single<LabelSet>({
      name: 'labels',
      get: (state) => state.labels,
      set: (state, labels) => ({ ...state, labels }),
      read: (text, context) => {
        const labels = oneOf(LABEL_SETS)(text, context);
        if (labels === 'authors' && countSurveyLabels(context.catalogue).fromAuthors === 0)
          return context.ignore(
            "does not apply: no method of this catalogue is from the survey authors' list",
          );
        return labels;
      },
      write: (labels) => labels,
    }),
    ...getFacetKeys(catalogue).map(facetParam),
    single<readonly [number, number] | null>({
      name: 'years',
      get: (state) => state.filters.years,
      set: (state, years) => ({ ...state, filters: { ...state.filters, years } }),
      read: (text, { ignore }) => {
        const match = /^(\d{4})-(\d{4})$/.exec(text.trim());
        const from = Number(match?.[1]);
        const to = Number(match?.[2]);
        return match && from <= to ? [from, to] : ignore('is not a range like 2021-2022');
      },
      write: (years) => (years ? `${years[0]}-${years[1]}` : null),
    }),
    single<readonly [number, number] | null>({
      name: 'posted',
      get: (state) => state.filters.posted,
      set: (state, posted) => ({ ...state, filters: { ...state.filters, posted } }),
      read: (text, { catalogue, ignore }) => {
        const match = /^(\d{4})-(\d{4})$/.exec(text.trim());
        const from = Number(match?.[1]);
        const to = Number(match?.[2]);
        if (!match || from > to) return ignore('is not a range like 2021-2023');
        const [first, last] = getFirstPosted(catalogue).yearExtent;
        return to < first || from > last
          ? ignore(`holds no year a method was first posted in (${first}-${last})`)
          : [from, to];
      },
      write: (posted) => (posted ? `${posted[0]}-${posted[1]}` : null),
    }),
    single<string | null>({
      name: 'since',
      get: (state) => state.filters.since,
      set: (state, since) => ({ ...state, filters: { ...state.filters, since } }),
      read: (text, { ignore }) =>
        isSinceDate(text.trim()) ? text.trim() : ignore('is not a date like 2026-12-01'),
      write: (since) => since,
    }),
    single<boolean>({
      name: 'only',
      get: (state) => state.filters.selectedOnly,
      set: (state, selectedOnly) => ({ ...state, filters: { ...state.filters, selectedOnly } }),
      read: (text, { ignore }) =>
        text.trim() === 'selected' ? true : ignore('is not "selected" (only=selected)'),
      write: (on) => (on ? 'selected' : null),
    }),
    single<string>({
      name: 'q',
      get: (state) => state.filters.search,
      set: (state, search) => ({ ...state, filters: { ...state.filters, search } }),
      read: (text, { note }) => {
        if (text.length > MAX_URL_SEARCH_LENGTH)
          note(`q: search text cut to ${MAX_URL_SEARCH_LENGTH} characters`);
        return text.slice(0, MAX_URL_SEARCH_LENGTH);
      },
      write: (search) => search,
    }),
    single<AtlasState['filters']['cell']>({
      name: 'cell',
      get: (state) => state.filters.cell,
      set: (state, cell) => ({ ...state, filters: { ...state.filters, cell } }),
      read: (text, { catalogue, ignore }) => {
        const bad = () => ignore('is not a matrix cell like location:input,operator:additive');
        const parts = text.split(',').map((part) => part.split(':'));
        if (parts.length !== 2) return bad();
        const [[rowAxis, rowValue] = [], [colAxis, colValue] = []] = parts;
        if (!rowAxis || !colAxis || rowValue === undefined || colValue === undefined) return bad();
        if (!isAxisKey(catalogue, rowAxis) || !isAxisKey(catalogue, colAxis) || rowAxis === colAxis)
          return bad();
        if (!holds(catalogue, rowAxis, rowValue) || !holds(catalogue, colAxis, colValue))
          return bad();
        return { rowAxis, rowValue, colAxis, colValue };
      },
      write: (cell) => cell && `${cell.rowAxis}:${cell.rowValue},${cell.colAxis}:${cell.colValue}`,
    }),
    single<FinderChoice | null>({
      name: 'run',
      get: (state) => state.filters.finder,
      set: (state, finder) => ({ ...state, filters: { ...state.filters, finder } }),
      read: (text, { catalogue, ignore }) => {
        if (catalogue.needsOf === null)
          return ignore('does not apply: this catalogue says nothing of what its methods need');
        const bad = () => ignore('is not a finder choice like text,none,language');
        const [access = '', data = '', modality, ...rest] = text.split(',');
        if (rest.length > 0) return bad();
        if (
          modality !== undefined &&
          !catalogue.taxonomy.modalities.some((m) => m.value === modality)
        )
          return bad();
        return toFinderChoice(access, data, modality ?? null) ?? bad();
      },
      write: (finder) =>
        finder && [finder.access, finder.data, finder.modality].filter(Boolean).join(','),
    }),
    single<SortState | null>({
      name: 'sort',
      get: (state) => state.sort,
      set: (state, sort) => ({ ...state, sort }),
      read: (text, { ignore }) => {
        const [column = '', direction = 'asc', ...rest] = text.split(':');
        if (
          rest.length > 0 ||
          !isSortColumn(catalogue, column) ||
          (direction !== 'asc' && direction !== 'desc')
        )
          return ignore('is not a column like year:desc');
        return { column, direction };
      },
      write: (sort) => sort && `${sort.column}:${sort.direction}`,
    }),
    list({
      name: 'sel',
      get: (state) => state.selection,
      set: (state, selection) => ({ ...state, selection }),
      readItem: (id, { catalogue, ignore }) =>
        catalogue.indexOf.has(id) || ignore('is not a method in this catalogue'),
    }),
    single<string | null>({
      name: 'method',
      get: (state) => state.focus,
      set: (state, focus) => ({ ...state, focus }),
      read: (id, { catalogue, ignore }) =>
        catalogue.indexOf.has(id) ? id : ignore('is not a method in this catalogue'),
      write: (id) => id,
    }),
    matrixAxis(catalogue, 'rows'),
    matrixAxis(catalogue, 'cols', (state, note) => {
      const { rows, cols } = toMatrixAxes(state.matrix, catalogue);
      if (rows !== cols) return state;
      note(`rows and cols: both are "${rows}"; kept the default axes`);
      return { ...state, matrix: INITIAL_STATE.matrix };
    }),
    single({
      name: 'order',
      get: (state) => state.profile.orderBy,
      set: (state, orderBy) => ({ ...state, profile: { orderBy } }),
      read: oneOf(listProfileOrderKeys(catalogue)),
      write: (order) => order,
    }),
    single({
      name: 'layout',
      ...withGraph('layout'),
      read: oneOf(['force', 'timeline'] as const),
      write: (layout) => layout,
    }),
    single({
      name: 'color',
      ...withGraph('colourBy'),
      read: (text, { ignore }) => (isGroupKey(catalogue, text) ? text : ignore()),
      write: (key) => key,
    }),
    single({
      name: 'filtered',
      ...withGraph('filtered'),
      read: oneOf(['hide', 'fade'] as const),
      write: (filtered) => filtered,
    }),
    single({
      name: 'confirmed',
      ...withGraph('confirmedOnly'),
      read: (text, { ignore }) =>
        text === '1' || text === '0' ? text === '1' : ignore('is not 0 or 1'),
      write: (only) => (only ? '1' : '0'),
    }),
    single({
      name: 'depth',
      ...withGraph('depth'),
      read: (text, { ignore }) => {
        const value = Number(text);
        return /^\d+$/.test(text) && value >= 1 && value <= MAX_LINEAGE_DEPTH
          ? value
          : ignore(`is not a whole number from 1 to ${MAX_LINEAGE_DEPTH}`);
      },
      write: String,
    }),
    single({
      name: 'draw',
      ...withGraph('drawing'),
      read: (text, context) => {
        const drawing = oneOf(GRAPH_DRAWINGS)(text, context);
        if (drawing !== 'svg' || canDrawAsSvg(context.catalogue)) return drawing;
        return context.ignore(`does not apply: ${describeSvgLimit(context.catalogue)}`);
      },
      write: (drawing) => drawing,
    }),
    single({
      name: 'lineage',
      ...withGraph('lineage'),
      read: (id, { catalogue, ignore }) =>
        catalogue.indexOf.has(id) ? id : ignore('is not a method in this catalogue'),
      write: (id) => id,
    }),
    single({
      name: 'stack',
      get: (state) => state.timeline.stackBy,
      set: (state, stackBy) => ({ ...state, timeline: { ...state.timeline, stackBy } }),
      read: (text, { ignore }) => (isStackKey(catalogue, text) ? text : ignore()),
      write: (key) => key,
    }),
    single({
      name: 'cumulative',
      get: (state) => state.timeline.cumulative,
      set: (state, cumulative) => ({ ...state, timeline: { ...state.timeline, cumulative } }),
      read: (text, { ignore }) =>
        text === '1' || text === '0' ? text === '1' : ignore('is not 0 or 1'),
      write: (cumulative) => (cumulative ? '1' : '0'),
    }),
    list({
      name: 'hide',
      get: (state) => state.hiddenColumns,
      set: (state, hiddenColumns) => ({ ...state, hiddenColumns }),
      readItem: (id, { ignore }) =>
        isHideableColumn(catalogue, id) || ignore('is not a column that can be hidden'),
    }),
    list({
      name: 'show',
      get: (state) => state.shownColumns,
      set: (state, shownColumns) => ({ ...state, shownColumns }),
      readItem: (id, { ignore }) =>
        isOptionalColumn(catalogue, id) ||
        ignore(
          `is not an optional column (${getTableColumns(catalogue)
            .filter((column) => column.optional)
            .map((column) => column.id)
            .join(', ')})`,
        ),
    }),
    list({
      name: 'compare',
      get: (state) => state.compare,
      set: (state, compare) => ({ ...state, compare }),
      readItem: (id, { catalogue, ignore }) =>
        catalogue.indexOf.has(id) || ignore('is not a method in this catalogue'),
      settle: (state, note) => {
        if (state.compare.length <= MAX_COMPARED) return state;
        note(`compare: only the first ${MAX_COMPARED} methods are compared`);
        return { ...state, compare: state.compare.slice(0, MAX_COMPARED) };
      },
    }),
  ];
}
