import type { Hit } from './email-cues.js';
import { phraseAround, type EmailText } from './email-text.js';
import { predictReason, reasonModel, strongestEvidence, type ReasonModel } from './reason-classifier.js';
import { reasonFromPhrases } from './reason-phrases.js';
import type { RejectionReason } from './rejection-vocabulary.js';

/**
 * The suggested reason, from two opinions: the phrase rules (precise, and they give the exact words behind
 * the suggestion) and the classifier (which has read more ways of saying the same thing, but only a few
 * hundred emails). Agreement is `high`; a phrase alone is `medium`; the classifier alone must be clearly sure
 * and is `low`. A threshold can let a very sure classifier overrule a phrase into "not sure"; cross-validation
 * set it to never (below).
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

/**
 * Chosen by 5-fold cross-validation on the development corpus (`npm run cv:reasons`): the pair with which
 * the whole reading was most often right (99.2%, confident and wrong 0.4%; the phrase rules were written
 * against these emails, so this mostly measures the classifier's share). 0.7 and 0.8 tied; the lowest
 * whose answers alone are right at least 80% of the time (the phrase rules' share on new emails they had
 * not been written against) is 0.7 (84%; 0.6: 76%). Overruling a phrase never helped: every overruling
 * threshold from 0.7 to 0.9 lost right answers and saved no confident mistake.
 */
export const REASON_THRESHOLDS: CombinationThresholds = {
  classifierAlone: 0.7,
  classifierOverrules: Number.POSITIVE_INFINITY,
};

export function combineReasonOpinions(
  email: EmailText,
  rejectionHit: Hit | null,
  model: ReasonModel = reasonModel(),
  thresholds: CombinationThresholds = REASON_THRESHOLDS,
): ReasonSuggestion {
  const phrase = reasonFromPhrases(email);
  const prediction = predictReason(model, email);
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
