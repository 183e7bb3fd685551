import type { Catalogue } from '../catalogue/catalogue-types';
import {
  ACCESS_LEVELS,
  DATA_LEVELS,
  toAccessRank,
  toDataRank,
  type AccessLevel,
  type DataLevel,
} from '../catalogue/method-needs';

/** What the reader has: the access to their model, the labelled data, the modality (or any). */
export interface FinderChoice {
  access: AccessLevel;
  data: DataLevel;
  /** A modality value of the taxonomy, or null for any modality. */
  modality: string | null;
}

/** One method in the finder's answer, with the line that says why. */
export interface FinderAnswer {
  position: number;
  reason: string;
}

export interface FinderResult {
  /** Methods whose needs fit, best fit first, then the most cited. */
  fits: FinderAnswer[];
  /** Methods of the modality that miss on exactly one need, the smallest gap first. */
  nearMisses: FinderAnswer[];
}

const NEED_PHRASES: Record<AccessLevel, string> = {
  text: 'only generated text',
  scores: 'output scores',
  gradients: 'gradients through the model',
  internals: "the model's embeddings or hidden states",
};
const DATA_PHRASES: Record<DataLevel, string> = {
  none: 'no labels',
  few: 'a few labelled examples',
  full: 'a labelled training set',
};
const HAVE_ACCESS: Record<AccessLevel, string> = {
  text: 'text only',
  scores: 'output scores but no gradients',
  gradients: 'gradients but not the internals',
  internals: 'full access',
};
const HAVE_DATA: Record<DataLevel, string> = {
  none: 'no labels',
  few: 'only a few labels',
  full: 'a training set',
};

/** A finder choice from text (a URL), or null when access or data is not a known level. */
export function toFinderChoice(
  access: string,
  data: string,
  modality: string | null,
): FinderChoice | null {
  const knownAccess = ACCESS_LEVELS.find((level) => level === access);
  const knownData = DATA_LEVELS.find((level) => level === data);
  return knownAccess && knownData ? { access: knownAccess, data: knownData, modality } : null;
}

/**
 * How a method's modalities meet the chosen one: 'exact' when it holds it,
 * 'related' when it holds a compound modality naming it ("vision-language"
 * for "vision"), null when neither. Any modality fits exactly.
 */
export function toModalityMatch(
  modalities: readonly string[],
  chosen: string | null,
): 'exact' | 'related' | null {
  if (chosen === null || modalities.includes(chosen)) return 'exact';
  return modalities.some((value) => value.split('-').includes(chosen)) ? 'related' : null;
}

/** True when the method at `position` can run with what the reader has. */
export function isRunnable(catalogue: Catalogue, position: number, choice: FinderChoice): boolean {
  const method = catalogue.methods[position];
  const needs = catalogue.needsOf?.[position];
  if (!method || !needs) return false;
  return (
    toModalityMatch(method.modalities, choice.modality) !== null &&
    toAccessRank(needs.access) <= toAccessRank(choice.access) &&
    toDataRank(needs.data) <= toDataRank(choice.data)
  );
}

/** The one-line reason a method fits: "needs only generated text and no labels". */
export function formatFitReason(access: AccessLevel, data: DataLevel): string {
  return `needs ${NEED_PHRASES[access]} and ${DATA_PHRASES[data]}`;
}

/**
 * Answers "what can I run?": every method whose modality matches and whose
 * access and data needs are within what the reader has, exact modality before a
 * related one, then by how many catalogue methods cite it, then by name. Near
 * misses share the modality and miss on one need only; each says what is missing.
 * A catalogue without needs (its taxonomy lacks what the rule reads) has no answers.
 */
export function findRunnable(catalogue: Catalogue, choice: FinderChoice): FinderResult {
  type Ranked = FinderAnswer & { key: number; cited: number; name: string };
  const fits: Ranked[] = [];
  const misses: Ranked[] = [];
  const { needsOf } = catalogue;
  if (!needsOf) return { fits: [], nearMisses: [] };
  catalogue.methods.forEach((method, position) => {
    const needs = needsOf[position]!;
    const match = toModalityMatch(method.modalities, choice.modality);
    if (match === null) return;
    const cited = catalogue.citedByOf[position]?.length ?? 0;
    const accessGap = toAccessRank(needs.access) - toAccessRank(choice.access);
    const dataGap = toDataRank(needs.data) - toDataRank(choice.data);
    const related = match === 'related' ? `; works on ${method.modalities.join(', ')}` : '';
    if (accessGap <= 0 && dataGap <= 0) {
      const reason = formatFitReason(needs.access, needs.data) + related;
      fits.push({ position, reason, key: match === 'exact' ? 0 : 1, cited, name: method.name });
    } else if (accessGap <= 0 || dataGap <= 0) {
      const reason =
        accessGap > 0
          ? `needs ${NEED_PHRASES[needs.access]}; you have ${HAVE_ACCESS[choice.access]}`
          : `needs ${DATA_PHRASES[needs.data]}; you have ${HAVE_DATA[choice.data]}`;
      misses.push({
        position,
        reason,
        key: Math.max(accessGap, dataGap),
        cited,
        name: method.name,
      });
    }
  });
  const order = (a: Ranked, b: Ranked) =>
    a.key - b.key || b.cited - a.cited || a.name.localeCompare(b.name, 'en');
  const strip = ({ position, reason }: Ranked): FinderAnswer => ({ position, reason });
  return { fits: fits.sort(order).map(strip), nearMisses: misses.sort(order).map(strip) };
}
