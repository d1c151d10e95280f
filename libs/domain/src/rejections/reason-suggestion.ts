import type { Hit } from './email-cues.js';
import { phraseAround, type EmailText } from './email-text.js';
import { predictReason, reasonModel, strongestEvidence, type ReasonModel } from './reason-classifier.js';
import { reasonFromPhrases, reasonText } from './reason-phrases.js';
import type { RejectionReason } from './rejection-vocabulary.js';

/**
 * The suggested reason, from two opinions: the phrase rules (precise, and they give the exact words behind
 * the suggestion) and the classifier (which has read more ways of saying the same thing, but only a few
 * hundred emails). Agreement is `high`; a phrase alone is `medium`; the classifier alone must be clearly sure
 * and is `low`. When the classifier is clearly sure of another reason than the phrase, the answer is
 * `unknown`: "not sure" is better than a confident guess.
 */

export const REASON_CONFIDENCES = ['high', 'medium', 'low', 'none'] as const;
export type ReasonConfidence = (typeof REASON_CONFIDENCES)[number];

export interface ReasonSuggestion {
  value: RejectionReason;
  /** The words of the email behind the suggestion (for `unknown`, the words that said no, if any). */
  phrase: string;
  confidence: ReasonConfidence;
}

export interface CombinationThresholds {
  /** The classifier alone must be at least this sure of a reason other than `unknown`. */
  classifierAlone: number;
  /** A phrase is overruled (→ not sure) when the classifier is at least this sure of another reason. */
  classifierOverrules: number;
}

/** Chosen by cross-validation on the development corpus (reason-suggestion.spec.ts repeats the search). */
export const REASON_THRESHOLDS: CombinationThresholds = { classifierAlone: 0.8, classifierOverrules: 0.9 };

export function combineReasonOpinions(
  email: EmailText,
  rejectionHit: Hit | null,
  model: ReasonModel = reasonModel(),
  thresholds: CombinationThresholds = REASON_THRESHOLDS,
): ReasonSuggestion {
  const phrase = reasonFromPhrases(email);
  const prediction = predictReason(model, reasonText(email));
  const [top] = prediction.ranked;
  const notSure: ReasonSuggestion = {
    value: 'unknown',
    phrase: rejectionHit ? phraseAround(email, rejectionHit.start, rejectionHit.end) : '',
    confidence: 'none',
  };

  if (phrase) {
    const quoted = phraseAround(email, phrase.hit.start, phrase.hit.end);
    if (top.label === phrase.reason) return { value: phrase.reason, phrase: quoted, confidence: 'high' };
    if (top.label !== 'unknown' && top.probability >= thresholds.classifierOverrules) return notSure;
    return { value: phrase.reason, phrase: quoted, confidence: 'medium' };
  }
  if (top.label === 'unknown' || top.probability < thresholds.classifierAlone) return notSure;
  const evidence = strongestEvidence(model, prediction, top.label);
  if (!evidence) return notSure;
  return {
    value: top.label,
    phrase: phraseAround(email, evidence.start, evidence.end),
    confidence: 'low',
  };
}
