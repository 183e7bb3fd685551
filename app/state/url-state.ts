import type { Catalogue } from '../catalogue/catalogue-types';
import { INITIAL_STATE, type AtlasState } from './atlas-state';
import { getUrlParamTable, type ReadContext } from './url-params';

export { CATALOGUE_PARAM, MAX_URL_SEARCH_LENGTH } from './url-params';

/**
 * Every URL parameter Atlas reads for a catalogue (its facets follow its taxonomy);
 * anything else is reported as unknown.
 */
export function listUrlParams(catalogue: Catalogue): string[] {
  return getUrlParamTable(catalogue).map((param) => param.name);
}

export interface ParsedUrlState {
  state: AtlasState;
  /** One short sentence per thing the URL held that Atlas could not use. */
  ignored: string[];
}

/** The items of a list parameter, split at commas, trimmed, each once. */
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
 * Reads the state a URL describes, parameter by parameter from the catalogue's
 * `getUrlParamTable`. Never throws: unknown parameters, unknown values and
 * malformed ranges are left out and listed in `ignored`, and the rest is kept.
 */
export function readUrlState(search: string, catalogue: Catalogue): ParsedUrlState {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const note = (sentence: string) => void ignored.push(sentence);
  const contextFor = (name: string, text: string): ReadContext => ({
    catalogue,
    note,
    ignore: (why = 'is not a known value') => void note(`${name}: ${quote(text)} ${why}`),
  });

  const table = getUrlParamTable(catalogue);
  const known = new Set(table.map((param) => param.name));
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) note(`unknown parameter ${quote(name)}`);
  }

  let state: AtlasState = structuredClone(INITIAL_STATE) as AtlasState;
  for (const param of table) {
    const values = params.getAll(param.name);
    if (param.kind === 'list') {
      const kept = splitList(values).filter((item) =>
        param.readItem(item, contextFor(param.name, item)),
      );
      state = param.set(state, kept);
      if (param.settle) state = param.settle(state, note);
      continue;
    }
    const text = values.at(-1);
    if (text !== undefined) {
      const value = param.read(text, contextFor(param.name, text));
      if (value !== undefined) state = param.set(state, value);
    }
    if (param.settle) state = param.settle(state, note);
  }
  return { state, ignored };
}

/**
 * Writes a state as a query string ("" for the initial state), parameter by
 * parameter from the catalogue's `getUrlParamTable`. Parameters come in the
 * table's order and values equal to the initial state's are left out, so equal
 * states give equal URLs.
 */
export function toUrlSearch(state: AtlasState, catalogue: Catalogue): string {
  const params = new URLSearchParams();
  for (const param of getUrlParamTable(catalogue)) {
    if (param.kind === 'list') {
      const items = param.get(state);
      if (items.length > 0) params.set(param.name, items.join(','));
      continue;
    }
    const text = param.write(param.get(state));
    const changed = param.writtenWith
      ? param.writtenWith(state) !== param.writtenWith(INITIAL_STATE)
      : text !== param.write(param.get(INITIAL_STATE));
    if (text !== null && changed) params.set(param.name, text);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
