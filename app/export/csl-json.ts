import type { Catalogue, Method } from '../catalogue/catalogue-types';
import { getBibtexKeys } from './bibtex-key';
import { toBibtexEntryType } from './bibtex';

/** One CSL-JSON item, the fields Atlas fills (CSL-JSON is what reference managers exchange). */
export interface CslItem {
  id: string;
  type: 'paper-conference' | 'article-journal' | 'article';
  title: string;
  author: { family: string; given: string }[];
  issued: { 'date-parts': [[number]] };
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  DOI?: string;
  URL: string;
  number?: string;
  abstract: string;
  keyword: string;
}

/** "Family, Given" as CSL's name parts; a name without a comma stays whole as the family. */
function toCslName(author: string): { family: string; given: string } {
  const at = author.indexOf(', ');
  return at === -1
    ? { family: author, given: '' }
    : { family: author.slice(0, at), given: author.slice(at + 2) };
}

/**
 * A method as a CSL-JSON item under its BibTeX key, so both exports cite it the same way.
 * The type follows the venue's kind as the BibTeX type does (conference paper, journal
 * article, or preprint); the paradigm and taxonomy labels go out as "dimension:value"
 * keywords, the form `atlas import` reads back.
 */
export function toCslItem(method: Method, key: string, catalogue: Catalogue): CslItem {
  const type = toBibtexEntryType(method, catalogue.taxonomy);
  const venue = catalogue.taxonomy.venues.find((known) => known.code === method.venue);
  const keywords = [
    `paradigm:${method.paradigm}`,
    ...catalogue.taxonomy.dimensions.flatMap((dimension) =>
      (method.dimensions[dimension.key] ?? []).map((value) => `${dimension.key}:${value}`),
    ),
    ...method.modalities.map((value) => `modality:${value}`),
  ];
  const item: CslItem = {
    id: key,
    type:
      type === 'inproceedings'
        ? 'paper-conference'
        : type === 'article'
          ? 'article-journal'
          : 'article',
    title: method.title,
    author: method.authors.map(toCslName),
    issued: { 'date-parts': [[method.year]] },
    URL: method.url,
    abstract: method.summary,
    keyword: keywords.join(','),
  };
  item['container-title'] = venue?.name ?? method.venue;
  if (method.volume) item.volume = method.volume;
  if (method.number) item.issue = method.number;
  if (method.pages) item.page = method.pages;
  if (method.publisher) item.publisher = method.publisher;
  if (method.doi) item.DOI = method.doi;
  if (method.arxiv && !method.doi) item.number = `arXiv:${method.arxiv}`;
  return item;
}

/**
 * CSL-JSON items for some methods of a catalogue, in the order given, keyed like the
 * BibTeX export. Throws if a method is not in the catalogue, since it would have no key.
 */
export function toCslItems(methods: readonly Method[], catalogue: Catalogue): CslItem[] {
  const keys = getBibtexKeys(catalogue);
  return methods.map((method) => {
    const key = keys.get(method.id);
    if (key === undefined)
      throw new RangeError(`toCslItems: "${method.id}" is not in the catalogue`);
    return toCslItem(method, key, catalogue);
  });
}

/** A CSL-JSON file: the items pretty-printed, two-space indent, ending with a newline. */
export function formatCslJson(methods: readonly Method[], catalogue: Catalogue): string {
  return `${JSON.stringify(toCslItems(methods, catalogue), null, 2)}\n`;
}
