import { firstHit, writtenByEmployer, type Cues } from './email-cues.js';
import { notRejectionKind, type NotRejectionKind } from './email-kind.js';
import { suggestCompany, suggestRole } from './email-names.js';
import { suggestStage } from './email-stage.js';
import { readEmail } from './email-text.js';
import { reasonFromPhrases } from './reason-phrases.js';
import type { ReasonModel } from './reason-classifier.js';
import {
  combineReasonOpinions,
  type CombinationThresholds,
  type ReasonSuggestion,
} from './reason-suggestion.js';
import type { RejectionStage } from './rejection-vocabulary.js';

export { REASON_CONFIDENCES, type ReasonConfidence, type ReasonSuggestion } from './reason-suggestion.js';

/**
 * "Paste a rejection email": what Rebound can read in it for the client to confirm. Local, nothing leaves the
 * server: phrase rules for the words behind each suggestion, and for the reason a classifier trained on the
 * project's own corpus as a second opinion (reason-suggestion.ts).
 */

/** A suggested value and the exact words of the email it came from ("because it said: …"). */
export interface Suggestion<T> {
  value: T;
  phrase: string;
}

export interface RejectionEmailSuggestion {
  company: Suggestion<string> | null;
  role: Suggestion<string> | null;
  /**
   * With how sure the reader is; `unknown` (confidence `none`) when the email gives nothing to go on, when the
   * two opinions disagree, or when it is not a rejection.
   */
  reason: ReasonSuggestion;
  /** The email says it was sent automatically (an ATS template, a no-reply address). */
  automated: boolean;
  /** False for interview invitations, offers and acknowledgements pasted by mistake. */
  isRejection: boolean;
  /** The furthest step the email names ("after your final interview"); null when it names none. */
  stage: Suggestion<RejectionStage> | null;
  /** What the email is instead, when it is not a rejection; null for a rejection or when unclear. */
  notRejection: NotRejectionKind | null;
}

// ───────────────────────────── rejection or not ─────────────────────────────

/** Words that close a door without saying why. */
const REJECTION_CUES: Cues = [
  /\bnot (?:be |been )?(?:able to )?(?:moving|move|going|taking|take|progress\w*|proceed\w*|continu\w*|advanc\w*|consider\w*|follow\w*|pursu\w*|offer\w*|invit\w*|shortlist\w*|select\w*|successful)\b/i,
  /\b(?:won't|will not|cannot|can't|are unable to|aren't able to) (?:be )?(?:moving|move|progress\w*|proceed\w*|continu\w*|tak\w+|going ahead|offer\w*|making an offer|extend\w* (?:you )?an offer|invit\w*|consider\w*|advanc\w*|pursu\w*)\b/i,
  /\bnot (?:be )?(?:processed|taken|going|go|taking (?:it|this|things|you)) (?:any )?further\b/i,
  /\bpipped (?:at|to) the post\b/i,
  /\b(?:we'll|we will|we're going to|going to|have to|decided to) pass\b|\bpass (?:this time|for now|on this)\b/i,
  /\bunsuccessful\b/i,
  /\bdecided against\b/i,
  /\bdecided not to\b/i,
  /\b(?:going to pass|be passing|passing (?:on|for)|pass on)\b/i,
  /\b(?:move|moving|proceed\w*|go|going|continue) (?:forward |ahead )?with (?:other|another|a different|the other|someone|somebody)\b/i,
  /\bpursu\w* (?:other|another|different) (?:applicants?|candidates?|profiles?)\b/i,
  /\bunable to (?:progress|proceed|move|offer|consider|take)\b/i,
  /\bdid(?:n't| not) work out\b/i,
  /\bclos(?:e|ing) (?:this|your application) out\b/i,
  /\boffer\w*\b[^.\n]{0,40}?\bto (?:someone|somebody|another|a different|the other|one of)\b/i,
  /\b(?:went|gone|going|go) with (?:another|someone|somebody|a different|the other)\b/i,
];

/** Sad words that usually close a door, but also come with a rescheduled interview or a delay. */
const REGRET_CUES: Cues = [
  /\bunfortunately\b/i,
  /\bregret(?:fully|tably)?\b/i,
  /\bsorry to (?:say|tell|inform|let you know|bring|be the bearer|share|disappoint)\b/i,
  /\bbad news\b/i,
];

/** Words that move an application forward: an invitation, an offer, an acknowledgement. */
const PROGRESS_CUES: Cues = [
  /\b(?:invite|inviting|invitation)\b[^.\n]{0,40}?\b(?:interview|call|chat|meet|assessment|round|stage)\b/i,
  /\b(?:delighted|pleased|happy|thrilled|excited) to (?:offer|invite|move you)\b/i,
  /\bmove (?:forward with you|you forward)\b/i,
  /\b(?:have|has) received your application\b/i,
  /\byour availability\b|\btimes that work for you\b/i,
  /\btaking longer\b|\bhope to (?:come back|get back|be in touch)\b|\bmove your interview\b|\breschedul\w*/i,
];

// ───────────────────────────── automated ─────────────────────────────

const APPLICANT_TRACKING_SYSTEMS =
  'Greenhouse|Lever|Workday|SmartRecruiters|Workable|Teamtailor|Personio|iCIMS|Taleo|BambooHR|Ashby|Recruitee|JazzHR|Jobvite|SuccessFactors|Breezy|Pinpoint|Gupy';

const AUTOMATED_CUES: Cues = [
  /\bautomated (?:message|e-?mail|notification|response|reply)\b/i,
  /\bauto-?(?:generated|matically generated|reply)\b/i,
  /\b(?:do not|don't|please don't|please do not) (?:reply|respond)\b/i,
  /\b(?:generated|sent) automatically\b/i,
  /\bno-?reply\b/i,
  /\bunmonitored\b|\bnot monitored\b/i,
  /\bapplicant tracking system\b/i,
  new RegExp(
    String.raw`\b(?:sent|delivered) (?:via|by|through|from) (?:${APPLICANT_TRACKING_SYSTEMS})\b|\bpowered by (?:${APPLICANT_TRACKING_SYSTEMS})\b`,
    'i',
  ),
];

// ───────────────────────────── reading ─────────────────────────────

/** The reason's second opinion and how it is combined; cross-validation passes models trained on a part. */
export interface ReasonReader {
  model?: ReasonModel;
  thresholds?: CombinationThresholds;
}

export function suggestFromRejectionEmail(text: string, reader: ReasonReader = {}): RejectionEmailSuggestion {
  const email = readEmail(text);
  const employerText = writtenByEmployer(email);
  const movesForward = firstHit(employerText, PROGRESS_CUES) !== null;
  const rejectionHit =
    firstHit(employerText, REJECTION_CUES) ?? (movesForward ? null : firstHit(employerText, REGRET_CUES));
  const reason = combineReasonOpinions(email, rejectionHit, reader.model, reader.thresholds);
  // A reason phrase alone ("the role is on hold") is a rejection too, unless the email plainly moves things
  // on. Only a phrase counts: the classifier was trained on rejections and reads every email as one.
  const isRejection = rejectionHit !== null || (reasonFromPhrases(email) !== null && !movesForward);
  return {
    company: suggestCompany(email),
    role: suggestRole(email),
    reason: isRejection ? reason : { value: 'unknown', phrase: '', confidence: 'none' },
    automated: firstHit(employerText, AUTOMATED_CUES) !== null,
    isRejection,
    stage: isRejection ? suggestStage(email) : null,
    notRejection: isRejection ? null : notRejectionKind(email),
  };
}
