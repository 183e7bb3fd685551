import { readFileSync } from 'node:fs';

// The bundled catalogue as its files hold it, read with JSON.parse alone: the e2e tests
// count their expectations from these records, never through the app's own modules, so a
// bug there cannot pass on both sides. The types say what the files hold (data/README.md).

/** One cite of data/methods.json. */
export interface RawCite {
  id: string;
  basis: string;
  note?: string;
}

/** Where Atlas departs from the survey authors' label on one field, and why. */
export interface RawDeparture {
  field: string;
  authors: string[];
  atlas: string[];
  reason: string;
}

/** One record of data/methods.json. */
export interface RawMethod {
  id: string;
  name: string;
  title: string;
  authors: string[];
  year: number;
  venue: string;
  arxiv?: string;
  url: string;
  doi?: string;
  code?: string;
  paradigm: string;
  modalities: string[];
  format: string[];
  location: string[];
  operator: string[];
  alignment: string[];
  labels: {
    source: 'authors' | 'atlas';
    fit: string;
    note?: string;
    departures?: RawDeparture[];
  };
  summary: string;
  tasks?: string[];
  cites: RawCite[];
  scope: string;
  added: string;
}

/** The records of data/methods.json, in file order. */
export function readRawMethods(): RawMethod[] {
  return JSON.parse(readFileSync('data/methods.json', 'utf8')) as RawMethod[];
}
