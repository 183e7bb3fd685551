/** The files of a catalogue, as problems name them and as the page fetches them (relative to it). */
export const TAXONOMY_FILE = 'data/taxonomy.json';
export const METHODS_FILE = 'data/methods.json';
export const NEEDS_OVERRIDES_FILE = 'data/needs-overrides.json';

/** The three files' text, in the order their digest reads them. */
export interface CatalogueTexts {
  taxonomy: string;
  methods: string;
  overrides: string;
}

/** The `<meta>` in the built page carrying the digest of the catalogue the build checked. */
export const CHECKED_DIGEST_META = 'atlas-checked-catalogue';

/** What the digest is taken over: the three texts, each closed by a newline. */
export function toDigestInput(texts: CatalogueTexts): string {
  return `${texts.taxonomy}\n${texts.methods}\n${texts.overrides}\n`;
}
