import { readEmail } from './email-text.js';
import {
  predictReason,
  trainReasonModel,
  type ReasonModelOptions,
  type ReasonPrediction,
} from './reason-classifier.js';
import type { CombinationThresholds } from './reason-suggestion.js';
import type { RejectionEmailExample } from './rejection-email.corpus.js';
import { suggestFromRejectionEmail } from './rejection-email.js';

/**
 * k-fold cross-validation of the reason reading on the development corpus: how the classifier's settings and
 * the thresholds that combine it with the phrase rules are chosen (`npm run cv:reasons` prints the search,
 * reason-suggestion.spec.ts checks the chosen settings). The held-out part is never passed here.
 *
 * Folds are interleaved by position (email i is in fold i mod k), which spreads the reasons evenly because
 * the corpus is grouped by reason.
 */

export interface OutOfFold {
  example: RejectionEmailExample;
  /** The classifier's reading by a model trained on the other folds. */
  prediction: ReasonPrediction;
}

function foldsOf<T>(items: readonly T[], folds: number): { train: T[]; test: T[] }[] {
  return Array.from({ length: folds }, (_, fold) => ({
    train: items.filter((_, index) => index % folds !== fold),
    test: items.filter((_, index) => index % folds === fold),
  }));
}

/** Every rejection of the examples read by a classifier that did not see it. */
export function outOfFoldPredictions(
  examples: readonly RejectionEmailExample[],
  options: ReasonModelOptions,
  folds = 5,
): OutOfFold[] {
  const rejections = examples.filter((example) => example.expected.isRejection);
  return foldsOf(rejections, folds).flatMap(({ train, test }) => {
    const model = trainReasonModel(train, options);
    return test.map((example) => ({ example, prediction: predictReason(model, readEmail(example.text)) }));
  });
}

/** The share of rejections whose most likely reason is the label. */
export function classifierAccuracy(predictions: readonly OutOfFold[]): number {
  const right = predictions.filter(
    ({ example, prediction }) => prediction.ranked[0].label === example.expected.reason,
  ).length;
  return right / (predictions.length || 1);
}

export interface ClassifierAloneScore {
  threshold: number;
  /** Rejections the classifier alone would name a reason for, at this threshold. */
  answered: number;
  /** Of those, the reason is the label. */
  answeredRight: number;
  /** Right overall: a right reason, or "not sure" where the label is `unknown`. */
  accuracy: number;
  /** A reason given where the label is another one or none, as a share of all rejections. */
  confidentAndWrong: number;
}

/**
 * What the classifier would do alone (as it does when no phrase rule speaks): name its top reason when that
 * is not `unknown` and at least `threshold` sure, otherwise say "not sure".
 */
export function classifierAloneScore(
  predictions: readonly OutOfFold[],
  threshold: number,
): ClassifierAloneScore {
  let answered = 0;
  let answeredRight = 0;
  let right = 0;
  for (const { example, prediction } of predictions) {
    const [top] = prediction.ranked;
    const answers = top.label !== 'unknown' && top.probability >= threshold;
    const said = answers ? top.label : 'unknown';
    if (answers) answered += 1;
    if (answers && said === example.expected.reason) answeredRight += 1;
    if (said === example.expected.reason) right += 1;
  }
  const count = predictions.length || 1;
  return {
    threshold,
    answered,
    answeredRight,
    accuracy: right / count,
    confidentAndWrong: (answered - answeredRight) / count,
  };
}

export interface PipelineScore {
  accuracy: number;
  confidentAndWrong: number;
}

/**
 * The whole reading (phrase rules, classifier, combination) with each fold's classifier trained on the other
 * folds. The phrase rules were written against this whole corpus, so this figure is optimistic about them;
 * it measures the classifier's and the thresholds' share honestly.
 */
export function crossValidatePipeline(
  examples: readonly RejectionEmailExample[],
  options: ReasonModelOptions,
  thresholds: CombinationThresholds,
  folds = 5,
): PipelineScore {
  let right = 0;
  let confidentAndWrong = 0;
  for (const { train, test } of foldsOf(examples, folds)) {
    const model = trainReasonModel(train, options);
    for (const example of test) {
      const got = suggestFromRejectionEmail(example.text, { model, thresholds }).reason.value;
      if (got === example.expected.reason) right += 1;
      else if (got !== 'unknown') confidentAndWrong += 1;
    }
  }
  const count = examples.length || 1;
  return { accuracy: right / count, confidentAndWrong: confidentAndWrong / count };
}
