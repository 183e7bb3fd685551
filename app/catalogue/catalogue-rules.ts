import type { Method } from './catalogue-types';
import type { CatalogueProblem } from './catalogue-problem';

/** When a method was first posted: year and month from its arXiv id (YYMM.), else its year alone. */
export interface FirstPosted {
  year: number;
  /** 1-12, or null when only the year is known (no arXiv id). */
  month: number | null;
}

/**
 * When a method was first made public: the month its arXiv id gives, unless its
 * venue year is earlier (then that year alone).
 */
export function toFirstPosted(method: Pick<Method, 'arxiv' | 'year'>): FirstPosted {
  const match = method.arxiv ? /^(\d{2})(\d{2})\./.exec(method.arxiv) : null;
  if (!match) return { year: method.year, month: null };
  const year = 2000 + Number(match[1]);
  return year <= method.year
    ? { year, month: Number(match[2]) }
    : { year: method.year, month: null };
}

/**
 * True when `cited` was first posted after `citing`: by month where both months are
 * known, else by year.
 */
export function isPostedAfter(cited: FirstPosted, citing: FirstPosted): boolean {
  if (cited.month !== null && citing.month !== null)
    return cited.year * 12 + cited.month > citing.year * 12 + citing.month;
  return cited.year > citing.year;
}

/** "2023-08" or "2023", as people read a first-posted date. */
export function formatFirstPosted(posted: FirstPosted): string {
  return posted.month === null
    ? String(posted.year)
    : `${posted.year}-${String(posted.month).padStart(2, '0')}`;
}

function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Rules that span entries: unique ids, arXiv ids and titles; every cite points at a
 * known id, never at itself, once; a cite of a paper first posted after the citing
 * paper (by month where arXiv ids give it) carries a note saying why; label departures
 * agree with the labels they explain.
 */
export function checkCatalogueRules(methods: readonly Method[], file: string): RuleCheck {
  const problems: CatalogueProblem[] = [];
  const repeatedEntries = new Set<number>();
  const badCites = new Map<Method, Set<number>>();
  const report = (entry: string, field: string, message: string) =>
    problems.push({ file, entry, field, message });

  const firstById = new Map<string, Method>();
  // First-posted month per id, worked out once per method rather than once per cite.
  const postedById = new Map<string, FirstPosted>();
  const firstByArxiv = new Map<string, string>();
  const firstByTitle = new Map<string, string>();
  methods.forEach((method, position) => {
    if (firstById.has(method.id)) {
      report(method.id, 'id', `repeats the id of an earlier entry`);
      repeatedEntries.add(position);
      return;
    }
    firstById.set(method.id, method);
    postedById.set(method.id, toFirstPosted(method));
    if (method.arxiv) {
      const earlier = firstByArxiv.get(method.arxiv);
      if (earlier)
        report(method.id, 'arxiv', `repeats the arXiv id ${method.arxiv} of "${earlier}"`);
      else firstByArxiv.set(method.arxiv, method.id);
    }
    const title = normaliseTitle(method.title);
    const earlierTitle = firstByTitle.get(title);
    if (earlierTitle) report(method.id, 'title', `repeats the title of "${earlierTitle}"`);
    else firstByTitle.set(title, method.id);
  });

  methods.forEach((method, position) => {
    if (repeatedEntries.has(position)) return;
    const seen = new Set<string>();
    const citingPosted = postedById.get(method.id)!;
    const rejectCite = (index: number, message: string) => {
      report(method.id, `cites[${index}].id`, message);
      const bad = badCites.get(method) ?? new Set<number>();
      badCites.set(method, bad.add(index));
    };
    method.cites.forEach((cite, index) => {
      if (cite.id === method.id) return rejectCite(index, 'cites the method itself');
      if (seen.has(cite.id)) return rejectCite(index, `cites "${cite.id}" twice`);
      seen.add(cite.id);
      const citedPosted = postedById.get(cite.id);
      if (citedPosted === undefined) {
        return rejectCite(index, `cites "${cite.id}", which is not in the catalogue`);
      }
      if (isPostedAfter(citedPosted, citingPosted) && !cite.note) {
        rejectCite(
          index,
          `cites "${cite.id}", first posted ${formatFirstPosted(citedPosted)}, after this method (first posted ${formatFirstPosted(citingPosted)}); add a "note" saying which later version of this paper cites it, or remove the cite`,
        );
      }
    });
    if (method.labels.source === 'authors') {
      method.labels.departures?.forEach((departure, index) => {
        const held =
          departure.field === 'paradigm'
            ? [method.paradigm]
            : (method.dimensions[departure.field] ?? []);
        if ([...departure.atlas].sort().join() !== [...held].sort().join()) {
          report(
            method.id,
            `labels.departures[${index}].atlas`,
            `says Atlas holds ${JSON.stringify(departure.atlas)} for ${departure.field}, but the entry holds ${JSON.stringify(held)}`,
          );
        }
      });
    }
  });
  const kept = methods
    .filter((_, position) => !repeatedEntries.has(position))
    .map((method) => {
      const bad = badCites.get(method);
      return bad
        ? { ...method, cites: method.cites.filter((_, index) => !bad.has(index)) }
        : method;
    });
  return { problems, kept };
}

export interface RuleCheck {
  problems: CatalogueProblem[];
  /** The entries without repeated ids, each without the cites a rule rejected. */
  kept: Method[];
}
