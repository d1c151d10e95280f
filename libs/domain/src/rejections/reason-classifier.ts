import { blankOut, rangesOf, readEmail, type EmailText } from './email-text.js';
import {
  DEFAULT_LOGISTIC_OPTIONS,
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

export interface ReasonModelOptions extends LogisticOptions {
  /** Read the signature block too (names, titles, companies), or only the words above it. */
  readSignature: boolean;
  /** Read header lines ("Subject: …", "From: …") too, or leave them out. */
  readHeaders: boolean;
}

type TextOptions = Pick<ReasonModelOptions, 'readSignature' | 'readHeaders'>;
export type ReasonModel = LogisticModel<RejectionReason> & TextOptions;
export type ReasonPrediction = LogisticPrediction<RejectionReason>;

/**
 * Chosen by cross-validation on the development corpus (`npm run cv:reasons` prints every candidate):
 * inverse-document-frequency weights, classes balanced, words reduced to their stem, function words kept,
 * unigrams and bigrams, negation words dropped rather than marking the words after them, the
 * signature block and header lines left out. Mean of 5- and 10-fold accuracy: 62.3%, against 59.4% without
 * function words and 51.6% for the settings before (reason-suggestion.spec.ts checks the figure).
 * Unit-length vectors, letter n-grams and other penalties or steps did no better.
 */
export const REASON_MODEL_OPTIONS: ReasonModelOptions = {
  ...DEFAULT_LOGISTIC_OPTIONS,
  l2: 0.003,
  epochs: 60,
  learningRate: 1.5,
  minDocumentFrequency: 2,
  weighting: 'idf',
  balanceClasses: true,
  features: { bigrams: true, negationReach: 0, stem: true, dropStopWords: false, characterNgrams: 0 },
  readSignature: false,
  readHeaders: false,
};

const HEADER_LINE = /^[ \t]*(?:subject|from|to|cc|date|sent|re|fwd?)[ \t]*:.*$/gim;

/** What the classifier reads: the employer's words, kind words blanked, with or without signature and headers. */
export function classifierText(options: TextOptions, email: EmailText): string {
  const text = reasonText(email);
  const body = options.readSignature ? text : text.slice(0, email.signatureStart);
  return options.readHeaders ? body : blankOut(body, rangesOf(body, HEADER_LINE));
}

export function trainReasonModel(
  examples: readonly RejectionEmailExample[],
  options: ReasonModelOptions = REASON_MODEL_OPTIONS,
): ReasonModel {
  const documents = examples
    .filter((example) => example.expected.isRejection)
    .map((example) => ({
      text: classifierText(options, readEmail(example.text)),
      label: example.expected.reason,
    }));
  return {
    ...trainLogistic(REJECTION_REASONS, documents, options),
    readSignature: options.readSignature,
    readHeaders: options.readHeaders,
  };
}

let trained: ReasonModel | null = null;

/** The model trained on the development corpus, trained once, on first use. */
export function reasonModel(): ReasonModel {
  trained ??= trainReasonModel(REJECTION_EMAIL_CORPUS);
  return trained;
}

export function predictReason(model: ReasonModel, email: EmailText): ReasonPrediction {
  return predictLogistic(model, classifierText(model, email));
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
