import type { DimensionKey, Taxonomy } from '../../catalogue/catalogue-types';

/*
 * The guide's own explanations, written for Atlas and the survey's taxonomy.
 * Definitions of single values are not here: they come from data/taxonomy.json, so
 * the guide and the facets never disagree. Another catalogue's taxonomy gets the
 * guide's plain frame (GENERIC_INTRO) and its own questions and definitions.
 */

/**
 * True when a taxonomy is the survey's: its paradigms and dimension keys are the ones
 * the prose below explains. Only then does the guide show that prose and the pipeline.
 */
export function isSurveyTaxonomy(taxonomy: Taxonomy): boolean {
  const keys = taxonomy.dimensions.map((dimension) => dimension.key).join(' ');
  const paradigms = taxonomy.paradigms.map((paradigm) => paradigm.code).join(' ');
  return keys === 'format location operator alignment' && paradigms === 'MR PT PI';
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

/** "three" for 3; past the words, the digits. */
export function formatCount(count: number): string {
  return COUNT_WORDS[count] ?? String(count);
}

/** The opening of the guide for any other taxonomy, given its number of dimensions. */
export function formatGenericIntro(dimensionCount: number): string {
  const questions =
    dimensionCount === 1 ? 'one question' : `${formatCount(dimensionCount)} questions`;
  return `This catalogue describes every method by ${questions}, one per dimension below, each with its own values. A method can answer a question with more than one value, and then it counts under each.`;
}

export const GUIDE_INTRO = [
  'Every method in this atlas puts a pre-trained network to work on a task it was not trained for, and leaves the network’s weights exactly as they were. The adaptation happens at the edges: something changes what goes into the network, and something translates what comes out of it.',
  'Model reprogramming, prompt tuning and prompt instruction grew up in different communities and use different words, but they all make that same move. The taxonomy describes any one of them by four questions, three about the way in and one about the way out. A method can answer a question with more than one value, and then it counts under each.',
];

export const PARADIGM_INTRO =
  'The three paradigms differ less in mechanism than in where they came from and what they usually assume about the model.';

/** One or two sentences per paradigm, beside the taxonomy's definition. */
export const PARADIGM_NOTES: Record<string, string> = {
  MR: 'Descends from adversarial examples: if a small pattern can make a classifier say the wrong thing, a trained pattern can make it say something useful. It often crosses domains, for example using an image model for audio or molecules, and relies on a label mapping at the output.',
  PT: 'Came from large language models: rather than searching for the right words, it trains a handful of vectors that sit in the token sequence as if they were words. Shallow variants add them once at the embedding layer, deep variants at every layer.',
  PI: 'Nothing is trained. A person writes the instruction, chooses the demonstrations, lays out the reasoning steps or draws on the image, and the frozen model is trusted to follow along; its answer is usually used as it comes.',
};

/** The question each dimension asks, in plain words, and why it matters. */
export const DIMENSION_NOTES: Readonly<Record<DimensionKey, string>> = {
  format:
    'A fixed manipulation is composed by hand or by a rule and works from the first query. A learnable one has parameters fitted on examples of the target task, with gradients when the model is open, or with many queries when it only answers.',
  location:
    'A change made to the raw input only needs the ability to send inputs, so it also works with a model behind an API. A change made to the embeddings or inside the layers needs the model’s internals, and in exchange usually gets more control for fewer parameters.',
  operator:
    'The change can be summed onto the signal already there, placed next to it as extra tokens or examples, or produced from the input by a small trained function.',
  alignment:
    'A frozen model replies in its own vocabulary, such as the classes it was trained on or the next word. Sometimes that reply is already the answer; otherwise a fixed rule, statistics gathered from predictions, or a trained linear layer translates it.',
};

export const ACCESS_NOTE =
  'Read together, format and location say what a method asks of the model. Input-space methods only send inputs, so they suit models reached through an API; if they are also learnable, they must estimate gradients from the answers to many queries. Embedding and hidden-space methods assume the weights are at hand. Fixed methods need no training data at all.';
