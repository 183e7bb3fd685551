import type { AccessLevel, DataLevel } from '../../catalogue/method-needs';

/** What a reader has, as the finder's options say it. */
export const FINDER_ACCESS_LABELS: Record<AccessLevel, string> = {
  text: 'Generated text only (a chat API)',
  scores: 'Output scores (probabilities, logits)',
  gradients: 'Gradients to the input',
  internals: 'Full access (embeddings, hidden states)',
};

export const FINDER_DATA_LABELS: Record<DataLevel, string> = {
  none: 'No labels',
  few: 'A few labelled examples',
  full: 'A labelled training set',
};
