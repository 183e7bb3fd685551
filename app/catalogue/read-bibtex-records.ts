// The one place in app/ that loads the BibTeX parser. Only the command line and the
// catalogue worker import this file, so the 400 kB parser never reaches the first bundle.
import { parse } from '@retorquere/bibtex-parser';
import type { CatalogueProblem } from './catalogue-problem';

/** A person as the parser gives it: family and given names, or one name (an organisation). */
export interface BibtexPerson {
  lastName?: string | undefined;
  firstName?: string | undefined;
  prefix?: string | undefined;
  suffix?: string | undefined;
  name?: string | undefined;
}

/** One parsed BibTeX entry: field names in lower case, keywords as a list, people as a list. */
export interface BibtexRecord {
  key: string;
  type: string;
  /** 1-based line of the entry's "@" in the file, when it could be found. */
  line: number | undefined;
  fields: Record<string, string | string[] | BibtexPerson[] | undefined>;
}

export interface BibtexReadResult {
  records: BibtexRecord[];
  /** Syntax errors, each naming the line the parser stopped at. */
  problems: CatalogueProblem[];
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1))
    line += 1;
  return line;
}

/**
 * Parses a BibTeX file with the maintained parser also used by the tests, keeping the
 * case of titles. Syntax errors become problems that name the file and the line; an
 * entry the parser could not close is reported, never returned.
 */
export function readBibtexRecords(text: string, file: string): BibtexReadResult {
  const library = parse(text, { sentenceCase: false });
  const problems: CatalogueProblem[] = library.errors.map((error) => ({
    file,
    entry: /^@\w+\s*\{\s*([^,\s]+)/.exec(error.input ?? '')?.[1] ?? '',
    field: '',
    message: error.error.replace(/\s+/g, ' ').trim(),
  }));
  const broken = new Set(problems.map((problem) => problem.entry).filter(Boolean));
  let searchFrom = 0;
  const records: BibtexRecord[] = [];
  for (const entry of library.entries) {
    if (broken.has(entry.key)) continue;
    const found = entry.input ? text.indexOf(entry.input, searchFrom) : -1;
    if (found !== -1) searchFrom = found + 1;
    records.push({
      key: entry.key,
      type: entry.type.toLowerCase(),
      line: found === -1 ? undefined : lineOf(text, found),
      fields: entry.fields as BibtexRecord['fields'],
    });
  }
  return { records, problems };
}
