import { readFileSync } from 'node:fs';
import type { RawMethod as RecordOfFile } from '../../app/catalogue/method-record';

// The bundled catalogue as its files hold it, read with JSON.parse alone: the e2e tests
// count their expectations from these records, never through the app's own modules, so a
// bug there cannot pass on both sides. Only the record's type is the app's (a method as
// methods.json stores it), with the bundled taxonomy's four dimensions as fields.

/** One record of data/methods.json. */
export type RawMethod = RecordOfFile & {
  format: string[];
  location: string[];
  operator: string[];
  alignment: string[];
};

/** The records of data/methods.json, in file order. */
export function readRawMethods(): RawMethod[] {
  return JSON.parse(readFileSync('data/methods.json', 'utf8')) as RawMethod[];
}
