import type { Method, Taxonomy } from './catalogue-types';

/**
 * The least access to the frozen model a method needs, from least to most:
 * generated text only, output scores, gradients to the input, internals
 * (embeddings or hidden activations).
 */
export const ACCESS_LEVELS = ['text', 'scores', 'gradients', 'internals'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** The labelled data a method needs, from least to most. */
export const DATA_LEVELS = ['none', 'few', 'full'] as const;
export type DataLevel = (typeof DATA_LEVELS)[number];

/** One entry of data/needs-overrides.json: where a paper says otherwise than the rule. */
export interface NeedsOverride {
  id: string;
  access?: AccessLevel | undefined;
  data?: DataLevel | undefined;
  note: string;
}

/** What a method needs, and why: the rule that gave each need, or the override's note. */
export interface MethodNeeds {
  access: AccessLevel;
  data: DataLevel;
  /** Why the access need holds, in a reader's words. */
  accessReason: string;
  dataReason: string;
  /** Set when data/needs-overrides.json changed either need. */
  override?: NeedsOverride | undefined;
}

/** Names of the needs for people: the facet labels and the detail view. */
export const ACCESS_NAMES: Record<AccessLevel, string> = {
  text: 'Generated text',
  scores: 'Output scores',
  gradients: 'Gradients',
  internals: 'Internals',
};

export const DATA_NAMES: Record<DataLevel, string> = {
  none: 'No labels',
  few: 'A few labels',
  full: 'Training set',
};

/** One-sentence definitions of the needs, for facets and the finder. */
export const ACCESS_DEFINITIONS: Record<AccessLevel, string> = {
  text: 'Only the text the model generates, as through a chat API.',
  scores: 'Output probabilities, logits or a loss value, but no gradients.',
  gradients: 'Back-propagation through the model to its input; the weights stay untouched.',
  internals: 'Reading or writing embeddings or hidden activations inside the model.',
};

export const DATA_DEFINITIONS: Record<DataLevel, string> = {
  none: 'No labelled examples.',
  few: 'A handful to about a hundred labelled examples per task.',
  full: 'A labelled training set.',
};

/** Position of a level in its order, so needs compare with < and >. */
export function toAccessRank(level: AccessLevel): number {
  return ACCESS_LEVELS.indexOf(level);
}

export function toDataRank(level: DataLevel): number {
  return DATA_LEVELS.indexOf(level);
}

/**
 * The dimension values the needs rule reads. A taxonomy without all of them (any
 * taxonomy but the survey's, as a rule) gives no needs: Atlas does not guess what
 * its methods ask of a model, and hides the needs facets, column and finder.
 */
const RULE_READS: Readonly<Record<string, string>> = {
  format: 'learnable',
  location: 'input',
  alignment: 'linear',
};

/** True when the taxonomy has every dimension value the needs rule reads. */
export function hasNeedsRule(taxonomy: Taxonomy): boolean {
  return Object.entries(RULE_READS).every(([key, value]) =>
    taxonomy.dimensions.some((d) => d.key === key && d.values.some((v) => v.value === value)),
  );
}

/**
 * The needs the rule derives from a method's labels alone. Multi-valued labels
 * count whole: a method touching the input and hidden layers needs internals.
 * - embedding or hidden location: internals;
 * - a learnable input manipulation: gradients (black-box training is an override);
 * - a fixed input manipulation read through a linear map: output scores;
 * - any other fixed input manipulation: generated text.
 * Data: learnable means a training set; a fixed prompt read through a learned
 * linear map needs a few labels; any other fixed prompt needs none.
 */
export function toDerivedNeeds(method: Pick<Method, 'dimensions'>): Omit<MethodNeeds, 'override'> {
  const { format = [], location = [], alignment = [] } = method.dimensions;
  const learnable = format.includes('learnable');
  const linear = alignment.includes('linear');
  const inside = location.filter((value) => value !== 'input');

  let access: AccessLevel;
  let accessReason: string;
  if (inside.length > 0) {
    access = 'internals';
    accessReason = `it works on the model's ${inside.join(' and ')} layer${inside.length > 1 ? 's' : ''}`;
  } else if (learnable) {
    access = 'gradients';
    accessReason = 'its input manipulation is trained by back-propagation through the model';
  } else if (linear) {
    access = 'scores';
    accessReason = "a linear map is fitted over the model's output scores";
  } else {
    access = 'text';
    accessReason = 'a fixed prompt goes in and generated text comes out';
  }

  let data: DataLevel;
  let dataReason: string;
  if (learnable) {
    data = 'full';
    dataReason = 'its manipulation is fitted on task data';
  } else if (linear) {
    data = 'few';
    dataReason = 'its linear output map is fitted on labelled examples';
  } else {
    data = 'none';
    dataReason = 'nothing in it is fitted to the task';
  }
  return { access, data, accessReason, dataReason };
}

/** The rule's needs with the method's override, if any, applied on top. */
export function toMethodNeeds(
  method: Pick<Method, 'dimensions'>,
  override?: NeedsOverride,
): MethodNeeds {
  const derived = toDerivedNeeds(method);
  if (!override) return derived;
  return {
    access: override.access ?? derived.access,
    data: override.data ?? derived.data,
    accessReason: override.access ? override.note : derived.accessReason,
    dataReason: override.data ? override.note : derived.dataReason,
    override,
  };
}
