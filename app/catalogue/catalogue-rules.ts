import type { Method } from './catalogue-types';
import type { CatalogueProblem } from './catalogue-problem';

/** Year of a method's first public version: from its arXiv id (YYMM.) when it has one. */
export function toFirstVersionYear(method: Pick<Method, 'arxiv' | 'year'>): number {
  const match = method.arxiv ? /^(\d{2})(\d{2})\./.exec(method.arxiv) : null;
  return match ? Math.min(2000 + Number(match[1]), method.year) : method.year;
}

/** Latest year a method's text could have been revised: its venue year or first version, whichever is later. */
export function toLastVersionYear(method: Pick<Method, 'arxiv' | 'year'>): number {
  return Math.max(method.year, toFirstVersionYear(method));
}

function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Rules that span entries: unique ids, arXiv ids and titles; every cite points at a
 * known id, never at itself, once; nobody cites a paper first published after its own
 * last version; label departures agree with the labels they explain.
 */
export function checkCatalogueRules(methods: readonly Method[], file: string): RuleCheck {
  const problems: CatalogueProblem[] = [];
  const repeatedEntries = new Set<number>();
  const badCites = new Map<Method, Set<number>>();
  const report = (entry: string, field: string, message: string) =>
    problems.push({ file, entry, field, message });

  const firstById = new Map<string, Method>();
  // First-version year per id, worked out once per method rather than once per cite.
  const firstYearById = new Map<string, number>();
  const firstByArxiv = new Map<string, string>();
  const firstByTitle = new Map<string, string>();
  methods.forEach((method, position) => {
    if (firstById.has(method.id)) {
      report(method.id, 'id', `repeats the id of an earlier entry`);
      repeatedEntries.add(position);
      return;
    }
    firstById.set(method.id, method);
    firstYearById.set(method.id, toFirstVersionYear(method));
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
    const citingYear = toLastVersionYear(method);
    const rejectCite = (index: number, message: string) => {
      report(method.id, `cites[${index}].id`, message);
      const bad = badCites.get(method) ?? new Set<number>();
      badCites.set(method, bad.add(index));
    };
    method.cites.forEach((cite, index) => {
      if (cite.id === method.id) return rejectCite(index, 'cites the method itself');
      if (seen.has(cite.id)) return rejectCite(index, `cites "${cite.id}" twice`);
      seen.add(cite.id);
      const citedYear = firstYearById.get(cite.id);
      if (citedYear === undefined) {
        return rejectCite(index, `cites "${cite.id}", which is not in the catalogue`);
      }
      if (citedYear > citingYear) {
        rejectCite(
          index,
          `cites "${cite.id}" (first version ${citedYear}) although its own last version is from ${citingYear}`,
        );
      }
    });
    if (method.labels.source === 'authors') {
      method.labels.departures?.forEach((departure, index) => {
        const held = departure.field === 'paradigm' ? [method.paradigm] : method[departure.field];
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
