import { toCatalogueDraft } from './bibtex-catalogue';
import type { CatalogueProblem } from './catalogue-problem';
import type { Method, Taxonomy } from './catalogue-types';
import { readBibtexRecords } from './read-bibtex-records';
import { METHODS_FILE, TAXONOMY_FILE } from './catalogue-files';
import { validateCatalogue } from './validate-catalogue';

/** A file the reader picked or dropped, read as text in the browser. */
export interface PickedFile {
  name: string;
  text: string;
}

/** A catalogue read from the reader's files: whole and valid, or refused with every problem. */
export type ReadCatalogueResult =
  | {
      ok: true;
      /** What the banner calls it: the file name(s). */
      name: string;
      taxonomy: Taxonomy;
      methods: Method[];
      /** True when the taxonomy was inferred from BibTeX keywords, for the reader to confirm. */
      inferred: boolean;
      /** What a BibTeX file held that could not be mapped (kept out, not an error). */
      notes: CatalogueProblem[];
    }
  | { ok: false; problems: CatalogueProblem[] };

function parseJson(file: PickedFile, problems: CatalogueProblem[]): unknown {
  try {
    return JSON.parse(file.text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file: file.name, entry: '', field: '', message: `is not JSON (${reason})` });
    return undefined;
  }
}

/** Problems named after the reader's own files rather than data/*.json. */
function renameFiles(
  problems: readonly CatalogueProblem[],
  taxonomyFile: string,
  methodsFile: string,
  entryOf?: ReadonlyMap<string, string>,
): CatalogueProblem[] {
  return problems.map((problem) => ({
    ...problem,
    file:
      problem.file === TAXONOMY_FILE
        ? taxonomyFile
        : problem.file === METHODS_FILE
          ? methodsFile
          : problem.file,
    entry: entryOf?.get(problem.entry) ?? problem.entry,
  }));
}

const refuse = (file: string, message: string): ReadCatalogueResult => ({
  ok: false,
  problems: [{ file, entry: '', field: '', message }],
});

/**
 * Reads a catalogue from files the reader chose: a JSON pair (a taxonomy object and a
 * methods array, whatever their names) or one keyworded BibTeX file, optionally with a
 * taxonomy JSON to check its labels against. Runs the build's validator; any problem
 * refuses the whole catalogue (nothing is half-applied), listing every problem by file,
 * entry (with its line for BibTeX) and field.
 */
export function readCatalogueFiles(files: readonly PickedFile[]): ReadCatalogueResult {
  const bib = files.filter((file) => /\.(bib|bibtex)$/i.test(file.name));
  const json = files.filter((file) => /\.json$/i.test(file.name));
  const other = files.filter((file) => !bib.includes(file) && !json.includes(file));
  if (other.length > 0)
    return refuse(other[0]!.name, 'is neither a .bib nor a .json file of a catalogue');
  if (bib.length > 1) return refuse(bib[1]!.name, 'only one BibTeX file can be opened at a time');

  const problems: CatalogueProblem[] = [];
  let rawTaxonomy: unknown;
  let rawMethods: unknown;
  let taxonomyName = '';
  for (const file of json) {
    const data = parseJson(file, problems);
    if (Array.isArray(data)) rawMethods = data;
    else if (data !== undefined) {
      rawTaxonomy = data;
      taxonomyName = file.name;
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  if (bib[0]) {
    let given: Taxonomy | undefined;
    if (rawTaxonomy !== undefined) {
      const checked = validateCatalogue(rawTaxonomy, []);
      if (!checked.taxonomy)
        return { ok: false, problems: renameFiles(checked.problems, taxonomyName, '') };
      given = checked.taxonomy;
    }
    const read = readBibtexRecords(bib[0].text, bib[0].name);
    if (read.records.length === 0 && read.problems.length === 0)
      return refuse(bib[0].name, 'holds no BibTeX entries');
    const draft = toCatalogueDraft(read.records, bib[0].name, given);
    const result = validateCatalogue(draft.taxonomy, draft.methods);
    const inferredFrom = given ? taxonomyName : `${bib[0].name} (inferred taxonomy)`;
    const all = [
      ...read.problems,
      ...renameFiles(result.problems, inferredFrom, bib[0].name, draft.entryOf),
    ];
    if (all.length > 0 || !result.taxonomy) return { ok: false, problems: all };
    return {
      ok: true,
      name: bib[0].name,
      taxonomy: result.taxonomy,
      methods: result.methods,
      inferred: draft.inferred,
      notes: draft.notes,
    };
  }

  if (rawTaxonomy === undefined || rawMethods === undefined)
    return refuse(
      files.map((file) => file.name).join(', ') || 'no file',
      'a JSON catalogue needs two files: the taxonomy (an object) and the methods (an array)',
    );
  const result = validateCatalogue(rawTaxonomy, rawMethods);
  const methodsName = json.find((file) => file.name !== taxonomyName)?.name ?? '';
  if (result.problems.length > 0 || !result.taxonomy)
    return { ok: false, problems: renameFiles(result.problems, taxonomyName, methodsName) };
  if (result.methods.length === 0) return refuse(methodsName, 'the methods file holds no methods');
  return {
    ok: true,
    name: json.map((file) => file.name).join(' + '),
    taxonomy: result.taxonomy,
    methods: result.methods,
    inferred: false,
    notes: [],
  };
}
