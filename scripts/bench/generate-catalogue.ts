// A seeded synthetic catalogue for the benchmark: labels drawn from the
// distributions of the real data/methods.json (multi-valued labels included),
// long and non-ASCII titles and authors, about five cites per method, always
// to earlier methods, so the app's validator accepts it with no problem.
import type { Method } from '../../app/catalogue/catalogue-types';
import realMethods from '../../data/methods.json';
import taxonomyJson from '../../data/taxonomy.json';
import {
  makeRandom,
  pickBetween,
  pickIndex,
  pickOne,
  pickWeighted,
  type Random,
} from './seeded-random';
import * as words from './synthetic-words';

/** A method as written in methods.json; every synthetic method has an arXiv id. */
/** A generated entry as methods.json stores it: the survey's four dimensions as fields. */
export type RawMethod = Omit<Method, 'arxiv' | 'dimensions'> & {
  arxiv: string;
  format: string[];
  location: string[];
  operator: string[];
  alignment: string[];
};

export interface SyntheticCatalogue {
  taxonomy: typeof taxonomyJson;
  methods: RawMethod[];
}

/** Labels a method carries, sampled together from one real method so their correlations survive. */
const LABEL_FIELDS = [
  'paradigm',
  'modalities',
  'format',
  'location',
  'operator',
  'alignment',
  'scope',
  'venue',
] as const;
type LabelField = (typeof LABEL_FIELDS)[number];
type LabelTemplate = Pick<RawMethod, LabelField>;
const TEMPLATES: readonly LabelTemplate[] = (realMethods as unknown as LabelTemplate[]).map(
  (method) => ({
    paradigm: method.paradigm,
    modalities: method.modalities,
    format: method.format,
    location: method.location,
    operator: method.operator,
    alignment: method.alignment,
    scope: method.scope,
    venue: method.venue,
  }),
);
const AUTHOR_COUNTS = (realMethods as unknown as { authors: string[] }[]).map(
  (method) => method.authors.length,
);

/** Publication years 2018-2026, shaped like the field's growth (few early, most in 2022-2025). */
const YEAR_WEIGHTS: readonly (readonly [number, number])[] = [
  [2018, 2],
  [2019, 3],
  [2020, 5],
  [2021, 9],
  [2022, 16],
  [2023, 22],
  [2024, 20],
  [2025, 14],
  [2026, 9],
];
/** Mean cites per method; earlier methods can cite only what came before them. */
export const MEAN_CITES = 5;
const CONFIRMED_SHARE = 0.27;

function toSlug(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'method';
}

function toNormalisedTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Labels from one real method, each field swapped for another real method's with a small chance. */
function pickLabels(random: Random): LabelTemplate {
  const base = pickOne(random, TEMPLATES);
  const labels = { ...base, modalities: [...base.modalities] } as LabelTemplate;
  for (const field of LABEL_FIELDS) {
    if (random() < 0.15) Object.assign(labels, { [field]: pickOne(random, TEMPLATES)[field] });
  }
  return labels;
}

function pickName(random: Random, taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const base = `${pickOne(random, words.NAME_HEADS)}${pickOne(random, words.NAME_TAILS)}${pickOne(random, words.NAME_SUFFIXES)}`;
    const name = attempt < 3 ? base : `${base}-${pickBetween(random, 2, 9999)}`;
    const slug = toSlug(name);
    if (!taken.has(slug)) {
      taken.add(slug);
      return name;
    }
  }
}

function pickTitle(random: Random, name: string, taken: Set<string>): string {
  for (;;) {
    const parts = [
      `${name}:`,
      pickOne(random, words.TITLE_LEADS),
      pickOne(random, words.TITLE_LINKS),
      pickOne(random, words.TITLE_TARGETS),
    ];
    if (random() < 0.12) parts.splice(2, 0, pickOne(random, words.FOREIGN_WORDS));
    const long = random() < 0.15;
    if (long || random() < 0.3)
      parts.push(pickOne(random, words.TITLE_LINKS), pickOne(random, words.TITLE_TARGETS));
    if (long) {
      parts.push('—', pickOne(random, words.TITLE_TAILS));
      if (random() < 0.5) parts.push('and', pickOne(random, words.TITLE_TAILS));
    }
    const title = parts.join(' ').slice(0, 250).trim();
    const key = toNormalisedTitle(title);
    if (!taken.has(key)) {
      taken.add(key);
      return title;
    }
  }
}

function pickAuthors(random: Random): string[] {
  const count = pickOne(random, AUTHOR_COUNTS);
  return Array.from(
    { length: count },
    () => `${pickOne(random, words.FAMILY_NAMES)}, ${pickOne(random, words.GIVEN_NAMES)}`,
  );
}

function pickSummary(random: Random, name: string, target: string): string {
  const fill = (text: string) =>
    text.replaceAll('{name}', name).replaceAll('{target}', target.toLowerCase());
  return `${fill(pickOne(random, words.SUMMARY_OPENINGS))}, ${fill(pickOne(random, words.SUMMARY_CLOSINGS))}`;
}

/** How many cites a method makes: 0 to 10, mean 5, never more than there are earlier methods. */
function pickCiteCount(random: Random, earlier: number): number {
  return Math.min(earlier, pickBetween(random, 0, 2 * MEAN_CITES));
}

/**
 * Cited methods for the method at `index` (methods are made oldest first):
 * half drawn uniformly from the earlier ones, half by preferential attachment
 * (a target of an earlier cite), so a few methods collect many citations.
 */
function pickCites(random: Random, index: number, targets: number[]): number[] {
  const count = pickCiteCount(random, index);
  const chosen = new Set<number>();
  while (chosen.size < count) {
    const popular =
      targets.length > 0 && random() < 0.5 ? targets[pickIndex(random, targets.length)]! : -1;
    chosen.add(popular >= 0 && popular < index ? popular : pickIndex(random, index));
  }
  return [...chosen];
}

/** Every synthetic method entered the catalogue on this date. */
const BENCH_ADDED = '2026-11-29';

/**
 * A synthetic catalogue of `size` methods, the same for the same seed (a
 * mulberry32 stream, no Math.random). Valid under the app's validator:
 * unique ids, arXiv ids and titles; every cite points at an older method.
 * Methods are listed by id, like data/methods.json.
 */
export function generateCatalogue(size: number, seed: number): SyntheticCatalogue {
  const random = makeRandom(seed);
  // Oldest first to the month, so every cite (always to an earlier method) respects the
  // validator's month-level chronology.
  const firstVersions = Array.from({ length: size }, () => ({
    year: pickWeighted(random, YEAR_WEIGHTS),
    month: pickBetween(random, 1, 12),
  })).sort((a, b) => a.year - b.year || a.month - b.month);
  const names = new Set<string>();
  const titles = new Set<string>();
  const serials = new Map<string, number>();
  const targets: number[] = [];
  const methods: RawMethod[] = firstVersions.map(({ year, month: monthNumber }, index) => {
    const name = pickName(random, names);
    const month = String(monthNumber).padStart(2, '0');
    const prefix = `${String(year % 100).padStart(2, '0')}${month}`;
    const serial =
      (serials.get(prefix) ?? pickBetween(random, 1000, 9000)) + pickBetween(random, 1, 9);
    serials.set(prefix, serial);
    const arxiv = `${prefix}.${String(serial).padStart(5, '0')}`;
    const labels = pickLabels(random);
    const target = pickOne(random, words.TITLE_TARGETS);
    const id = toSlug(name);
    const cites = pickCites(random, index, targets);
    targets.push(...cites);
    const method: RawMethod = {
      id,
      name,
      title: pickTitle(random, name, titles),
      authors: pickAuthors(random),
      year,
      ...labels,
      arxiv,
      url: `https://arxiv.org/abs/${arxiv}`,
      labels:
        random() < 0.3
          ? { source: 'authors', fit: 'exact' }
          : random() < 0.5
            ? {
                source: 'atlas',
                fit: 'exact',
                note: `Labels read from the ${name} paper's method section.`,
              }
            : { source: 'atlas', fit: 'exact' },
      summary: pickSummary(random, name, target),
      added: BENCH_ADDED,
      // Resolved to ids below, once every method has one.
      cites: cites.map((cited) => ({
        id: String(cited),
        basis: random() < CONFIRMED_SHARE ? 'confirmed' : 'recalled',
      })),
    };
    if (random() < 0.15) method.doi = `10.5555/atlas-bench.${year}.${index}`;
    if (random() < 0.5) method.code = `https://github.com/atlas-bench/${id}`;
    if (random() < 0.6)
      method.tasks = [
        ...new Set(
          Array.from({ length: pickBetween(random, 1, 3) }, () => pickOne(random, words.TASKS)),
        ),
      ];
    return method;
  });
  for (const method of methods) {
    for (const cite of method.cites) cite.id = methods[Number(cite.id)]!.id;
  }
  methods.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { taxonomy: structuredClone(taxonomyJson), methods };
}
