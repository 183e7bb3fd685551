import type { Catalogue } from '../catalogue/catalogue-types';
import { listFacetValues } from '../query/facet-values';
import {
  FACET_KEYS,
  isAxisKey,
  type AxisKey,
  type FacetKey,
  type MatrixCell,
} from '../query/filter-state';
import { isSortColumn, type SortState } from '../query/sort-methods';
import { toFinderChoice, type FinderChoice } from '../query/find-runnable';
import {
  INITIAL_STATE,
  MAX_LINEAGE_DEPTH,
  PROFILE_ORDER_KEYS,
  VIEW_KEYS,
  isGroupKey,
  type AtlasState,
  type ProfileOrderKey,
  type ViewKey,
} from './atlas-state';
import { isHideableColumn } from './table-columns';

/** Longest search text kept from a URL. */
export const MAX_URL_SEARCH_LENGTH = 200;

/** Every URL parameter Atlas reads; anything else is reported as unknown. */
export const URL_PARAMS: readonly string[] = [
  'view',
  ...FACET_KEYS,
  'years',
  'q',
  'cell',
  'run',
  'sort',
  'sel',
  'method',
  'rows',
  'cols',
  'order',
  'layout',
  'color',
  'filtered',
  'confirmed',
  'depth',
  'stack',
  'hide',
];
const KNOWN_PARAMS = new Set(URL_PARAMS);

export interface ParsedUrlState {
  state: AtlasState;
  /** One short sentence per thing the URL held that Atlas could not use. */
  ignored: string[];
}

function splitList(values: string[]): string[] {
  return [
    ...new Set(
      values
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter(Boolean),
    ),
  ];
}

function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
  return `"${shown}"`;
}

/**
 * Reads the state a URL describes. Never throws: unknown parameters, unknown
 * values and malformed ranges are left out and listed in `ignored`, and the
 * rest is kept.
 */
export function parseUrlState(search: string, catalogue: Catalogue): ParsedUrlState {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const state: AtlasState = structuredClone(INITIAL_STATE) as AtlasState;
  const one = (name: string) => params.getAll(name).at(-1);
  const ignore = (name: string, value: string, why = 'is not a known value') =>
    ignored.push(`${name}: ${quote(value)} ${why}`);

  for (const name of new Set(params.keys())) {
    if (!KNOWN_PARAMS.has(name)) ignored.push(`unknown parameter ${quote(name)}`);
  }

  const view = one('view');
  if (view !== undefined) {
    if ((VIEW_KEYS as readonly string[]).includes(view)) state.view = view as ViewKey;
    else ignore('view', view);
  }

  const facets: Partial<Record<FacetKey, string[]>> = {};
  for (const facet of FACET_KEYS) {
    const known = new Set(listFacetValues(catalogue, facet).map((value) => value.value));
    const values = splitList(params.getAll(facet));
    const kept = values.filter((value) => known.has(value) || (ignore(facet, value), false));
    if (kept.length > 0) facets[facet] = kept;
  }
  state.filters = { ...state.filters, facets };

  const years = one('years');
  if (years !== undefined) {
    const match = /^(\d{4})-(\d{4})$/.exec(years.trim());
    const from = Number(match?.[1]);
    const to = Number(match?.[2]);
    if (match && from <= to) state.filters = { ...state.filters, years: [from, to] };
    else ignore('years', years, 'is not a range like 2021-2022');
  }

  const text = one('q');
  if (text !== undefined) {
    if (text.length > MAX_URL_SEARCH_LENGTH)
      ignored.push(`q: search text cut to ${MAX_URL_SEARCH_LENGTH} characters`);
    state.filters = { ...state.filters, search: text.slice(0, MAX_URL_SEARCH_LENGTH) };
  }

  const cell = one('cell');
  if (cell !== undefined) {
    const parsed = parseCell(cell, catalogue);
    if (parsed) state.filters = { ...state.filters, cell: parsed };
    else ignore('cell', cell, 'is not a matrix cell like location:input,operator:additive');
  }

  const run = one('run');
  if (run !== undefined) {
    const parsed = parseFinder(run, catalogue);
    if (parsed) state.filters = { ...state.filters, finder: parsed };
    else ignore('run', run, 'is not a finder choice like text,none,language');
  }

  const sort = one('sort');
  if (sort !== undefined) {
    const parsed = parseSort(sort);
    if (parsed) state.sort = parsed;
    else ignore('sort', sort, 'is not a column like year:desc');
  }

  const ids = catalogue.indexOf;
  const selection = splitList(params.getAll('sel'));
  state.selection = selection.filter(
    (id) => ids.has(id) || (ignore('sel', id, 'is not a method in this catalogue'), false),
  );

  const method = one('method');
  if (method !== undefined) {
    if (ids.has(method)) state.focus = method;
    else ignore('method', method, 'is not a method in this catalogue');
  }

  const rows = one('rows');
  const cols = one('cols');
  if (rows !== undefined && !isAxisKey(rows)) ignore('rows', rows);
  if (cols !== undefined && !isAxisKey(cols)) ignore('cols', cols);
  const rowAxis: AxisKey = rows !== undefined && isAxisKey(rows) ? rows : state.matrix.rows;
  const colAxis: AxisKey = cols !== undefined && isAxisKey(cols) ? cols : state.matrix.cols;
  if (rowAxis === colAxis)
    ignored.push(`rows and cols: both are ${quote(rowAxis)}; kept the default axes`);
  else state.matrix = { rows: rowAxis, cols: colAxis };

  const order = one('order');
  if (order !== undefined) {
    if ((PROFILE_ORDER_KEYS as readonly string[]).includes(order))
      state.profile = { orderBy: order as ProfileOrderKey };
    else ignore('order', order);
  }

  parseGraphOptions(params, state, ignore);

  const stack = one('stack');
  if (stack !== undefined) {
    if (isGroupKey(stack)) state.timeline = { stackBy: stack };
    else ignore('stack', stack);
  }

  const hidden = splitList(params.getAll('hide'));
  state.hiddenColumns = hidden.filter(
    (id) =>
      isHideableColumn(id) || (ignore('hide', id, 'is not a column that can be hidden'), false),
  );

  return { state, ignored };
}

function parseCell(text: string, catalogue: Catalogue): MatrixCell | null {
  const parts = text.split(',').map((part) => part.split(':'));
  if (parts.length !== 2) return null;
  const [[rowAxis, rowValue] = [], [colAxis, colValue] = []] = parts;
  if (!rowAxis || !colAxis || rowValue === undefined || colValue === undefined) return null;
  if (!isAxisKey(rowAxis) || !isAxisKey(colAxis) || rowAxis === colAxis) return null;
  const holds = (axis: AxisKey, value: string) =>
    listFacetValues(catalogue, axis).some((v) => v.value === value);
  if (!holds(rowAxis, rowValue) || !holds(colAxis, colValue)) return null;
  return { rowAxis, rowValue, colAxis, colValue };
}

function parseFinder(text: string, catalogue: Catalogue): FinderChoice | null {
  const [access = '', data = '', modality, ...rest] = text.split(',');
  if (rest.length > 0) return null;
  if (modality !== undefined && !catalogue.taxonomy.modalities.some((m) => m.value === modality))
    return null;
  return toFinderChoice(access, data, modality ?? null);
}

function parseSort(text: string): SortState | null {
  const [column = '', direction = 'asc', ...rest] = text.split(':');
  if (rest.length > 0 || !isSortColumn(column) || (direction !== 'asc' && direction !== 'desc'))
    return null;
  return { column, direction };
}

function parseGraphOptions(
  params: URLSearchParams,
  state: AtlasState,
  ignore: (name: string, value: string, why?: string) => void,
): void {
  const one = (name: string) => params.getAll(name).at(-1);
  const layout = one('layout');
  if (layout !== undefined) {
    if (layout === 'force' || layout === 'timeline') state.graph = { ...state.graph, layout };
    else ignore('layout', layout);
  }
  const color = one('color');
  if (color !== undefined) {
    if (isGroupKey(color)) state.graph = { ...state.graph, colorBy: color };
    else ignore('color', color);
  }
  const filtered = one('filtered');
  if (filtered !== undefined) {
    if (filtered === 'hide' || filtered === 'fade') state.graph = { ...state.graph, filtered };
    else ignore('filtered', filtered);
  }
  const confirmed = one('confirmed');
  if (confirmed !== undefined) {
    if (confirmed === '1' || confirmed === '0')
      state.graph = { ...state.graph, confirmedOnly: confirmed === '1' };
    else ignore('confirmed', confirmed, 'is not 0 or 1');
  }
  const depth = one('depth');
  if (depth !== undefined) {
    const value = Number(depth);
    if (/^\d+$/.test(depth) && value >= 1 && value <= MAX_LINEAGE_DEPTH)
      state.graph = { ...state.graph, depth: value };
    else ignore('depth', depth, `is not a whole number from 1 to ${MAX_LINEAGE_DEPTH}`);
  }
}

/**
 * Writes a state as a query string ("" for the initial state). Parameters
 * come in a fixed order and defaults are left out, so equal states give
 * equal URLs.
 */
export function toUrlSearch(state: AtlasState): string {
  const params = new URLSearchParams();
  const initial = INITIAL_STATE;
  if (state.view !== initial.view) params.set('view', state.view);
  for (const facet of FACET_KEYS) {
    const values = state.filters.facets[facet];
    if (values && values.length > 0) params.set(facet, values.join(','));
  }
  if (state.filters.years)
    params.set('years', `${state.filters.years[0]}-${state.filters.years[1]}`);
  if (state.filters.search) params.set('q', state.filters.search);
  const cell = state.filters.cell;
  if (cell) params.set('cell', `${cell.rowAxis}:${cell.rowValue},${cell.colAxis}:${cell.colValue}`);
  const finder = state.filters.finder;
  if (finder)
    params.set('run', [finder.access, finder.data, finder.modality].filter(Boolean).join(','));
  if (state.sort) params.set('sort', `${state.sort.column}:${state.sort.direction}`);
  if (state.selection.length > 0) params.set('sel', state.selection.join(','));
  if (state.focus) params.set('method', state.focus);
  if (state.matrix.rows !== initial.matrix.rows || state.matrix.cols !== initial.matrix.cols) {
    params.set('rows', state.matrix.rows);
    params.set('cols', state.matrix.cols);
  }
  if (state.profile.orderBy !== initial.profile.orderBy) params.set('order', state.profile.orderBy);
  const graph = state.graph;
  if (graph.layout !== initial.graph.layout) params.set('layout', graph.layout);
  if (graph.colorBy !== initial.graph.colorBy) params.set('color', graph.colorBy);
  if (graph.filtered !== initial.graph.filtered) params.set('filtered', graph.filtered);
  if (graph.confirmedOnly !== initial.graph.confirmedOnly)
    params.set('confirmed', graph.confirmedOnly ? '1' : '0');
  if (graph.depth !== initial.graph.depth) params.set('depth', String(graph.depth));
  if (state.timeline.stackBy !== initial.timeline.stackBy)
    params.set('stack', state.timeline.stackBy);
  if (state.hiddenColumns.length > 0) params.set('hide', state.hiddenColumns.join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}
