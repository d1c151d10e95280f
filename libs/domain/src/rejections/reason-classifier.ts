import { readEmail } from './email-text.js';
import {
  logisticEvidence,
  predictLogistic,
  trainLogistic,
  type LogisticModel,
  type LogisticOptions,
  type LogisticPrediction,
} from './logistic-regression.js';
import { reasonText } from './reason-phrases.js';
import { REJECTION_EMAIL_CORPUS, type RejectionEmailExample } from './rejection-email.corpus.js';
import { REJECTION_REASONS, type RejectionReason } from './rejection-vocabulary.js';

/**
 * The second opinion on a rejection's reason: logistic regression trained on the rejections of the
 * development corpus (never the held-out part). Training takes a fraction of a second, so it happens once, at
 * first use, and the model is kept for the life of the process: deterministic, no generated file to keep in
 * step with the corpus, no network.
 */

export type ReasonModel = LogisticModel<RejectionReason>;
export type ReasonPrediction = LogisticPrediction<RejectionReason>;

/**
 * Chosen by 5-fold cross-validation on the development corpus (reason-suggestion.spec.ts repeats it): 44% for
 * the classifier alone, the same with 60 epochs at a larger step as with 200 at a smaller one, in a fifth of
 * the time (≈ 65 ms instead of ≈ 320 ms on the development machine).
 */
export const REASON_MODEL_OPTIONS: LogisticOptions = {
  l2: 0.003,
  epochs: 60,
  learningRate: 1.5,
  minDocumentFrequency: 2,
};

export function trainReasonModel(
  examples: readonly RejectionEmailExample[],
  options: LogisticOptions = REASON_MODEL_OPTIONS,
): ReasonModel {
  const documents = examples
    .filter((example) => example.expected.isRejection)
    .map((example) => ({ text: reasonText(readEmail(example.text)), label: example.expected.reason }));
  return trainLogistic(REJECTION_REASONS, documents, options);
}

let trained: ReasonModel | null = null;

/** The model trained on the development corpus, trained once, on first use. */
export function reasonModel(): ReasonModel {
  trained ??= trainReasonModel(REJECTION_EMAIL_CORPUS);
  return trained;
}

export function predictReason(model: ReasonModel, text: string): ReasonPrediction {
  return predictLogistic(model, text);
}

/** The words of the text that push most towards the reason (a bigram beats a word of equal weight). */
export function strongestEvidence(
  model: ReasonModel,
  prediction: ReasonPrediction,
  reason: RejectionReason,
): { start: number; end: number } | null {
  let best: { start: number; end: number; weight: number } | null = null;
  for (const token of prediction.tokens) {
    const weight = logisticEvidence(model, token.term, reason) + (token.term.includes(' ') ? 1e-6 : 0);
    if (weight > 0 && (!best || weight > best.weight)) best = { start: token.start, end: token.end, weight };
  }
  return best;
}
