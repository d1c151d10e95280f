import { notRejectionKind, type NotRejectionKind } from './email-kind.js';
import { suggestCompany, suggestRole } from './email-names.js';
import { suggestStage } from './email-stage.js';
import { blankOut, phraseAround, rangesOf, readEmail, type EmailText } from './email-text.js';
import type { RejectionReason, RejectionStage } from './rejection-vocabulary.js';

/**
 * "Paste a rejection email": what Rebound can read in it for the client to confirm. Rule-based and local:
 * the wording employers use is formulaic enough that a list of phrasings, checked against the project's own
 * corpus (rejection-email.corpus.ts), does better than guessing, and nothing leaves the server.
 */

/** A suggested value and the exact words of the email it came from ("because it said: …"). */
export interface Suggestion<T> {
  value: T;
  phrase: string;
}

export interface RejectionEmailSuggestion {
  company: Suggestion<string> | null;
  role: Suggestion<string> | null;
  /** `unknown` with an empty phrase when the email gives nothing to go on (or is not a rejection). */
  reason: Suggestion<RejectionReason>;
  /** The email says it was sent automatically (an ATS template, a no-reply address). */
  automated: boolean;
  /** False for interview invitations, offers and acknowledgements pasted by mistake. */
  isRejection: boolean;
  /** The furthest step the email names ("after your final interview"); null when it names none. */
  stage: Suggestion<RejectionStage> | null;
  /** What the email is instead, when it is not a rejection; null for a rejection or when unclear. */
  notRejection: NotRejectionKind | null;
}

type Cues = readonly RegExp[];

// ───────────────────────────── reasons ─────────────────────────────

const INTERNAL_CANDIDATE: Cues = [
  /\binternal(?:ly)? (?:candidate|applicant|hire|appointment|solution|colleague|move|transfer|promotion|person|employee)s?\b/i,
  /\b(?:promot|appoint|hir|fill|recruit)\w*\b[^.\n]{0,40}?\bfrom within\b/i,
  /\b(?:fill|hir|recruit|appoint|resolv)\w*\b[^.\n]{0,40}?\binternally\b/i,
  /\b(?:existing|current) (?:member of (?:staff|the team)|(?:[\w-]+ )?(?:employee|team member|colleague|staff member|staff|engineer|member)s?)\b/i,
  /\b(?:one of our own|someone already (?:on|in|with) (?:our|the) team|from our own (?:team|ranks|staff))\b/i,
  /\balready (?:works?|working|employed) (?:with|for|at|in) (?:us|the company|our)\b/i,
  /\b(?:colleague|team member|employee) who (?:has been|had been|was|is) (?:covering|acting|already)\b/i,
];

/** "Another candidate" won on the merits: a comparison with other applicants, or an offer made to someone else. */
const BETTER_QUALIFIED_CANDIDATE: Cues = [
  /\b(?:stronger|more (?:qualified|experienced|suitable|senior)|better[- ](?:qualified|suited|matched)) (?:candidate|applicant|profile)s?\b/i,
  /\b(?:candidate|applicant)s?\b,?[^.\n]{0,60}?\b(?:more closely|closer|better (?:match|meet|suit|fit|align)\w*|more strongly|more exactly|even more|more (?:directly )?(?:relevant|matching|suited|suitable|aligned|direct)|more years|more experience)\b/i,
  /\b(?:chose|chosen|selected|hired|appointed|went with|gone with|going with|go with|decided (?:on|for)) (?:an?other |a different |an? |one of |the other )?(?:candidate|applicant|person|individual|someone|somebody|them)\b/i,
  /\b(?:move|moving|proceed|proceeding|continue|continuing) (?:forward |ahead )?with (?:another|a different|one other) (?:candidate|applicant|person)\b/i,
  /\boffer(?:ed)?\b[^.\n]{0,30}?\bto (?:another|a different|someone else|somebody else|the other)\b/i,
];

/** The job itself went away or paused: filled, closed, frozen, on hold, no budget. */
const TIMING_OR_BUDGET: Cues = [
  /\b(?:position|role|post|vacancy|job|opening|requisition|search)\b[^.\n]{0,50}?\b(?:has|have|had|was|were|is|are) (?:now |already |since |just |unfortunately |currently |temporarily )?(?:been )?(?:filled|closed|cancell?ed|withdrawn|put on hold|placed on hold|paused|frozen|suspended|eliminated|discontinued)\b/i,
  /\bon hold\b/i,
  /\b(?:hiring|recruitment|recruiting|headcount) freeze\b/i,
  /\bfreez(?:e|ing) (?:all |our )?(?:hiring|recruitment|recruiting|headcount|the (?:role|position))\b/i,
  /\b(?:budget|funding|headcount)\b[^.\n]{0,60}?\b(?:not (?:been )?(?:confirmed|approved|available|secured)|cut|cuts|withdrawn|frozen|reduced|no longer|pulled|constraints?|restrictions?)\b/i,
  /\bno longer (?:available|open|hiring|recruiting|accepting|have the (?:vacancy|role|position|budget|headcount))\b/i,
  /\b(?:already )?filled (?:it|the (?:role|position|post|vacancy))\b/i,
  /\b(?:pausing|paused|pause|halting|halted) (?:all |our |the |this )?(?:open )?(?:searches|search|hiring|recruitment|recruiting|roles?|positions?)\b/i,
  /\bnot (?:to )?(?:make an appointment|fill the (?:role|position|post))\b/i,
  /\bnot (?:to )?continu\w* (?:the |with the |our )?(?:recruitment|recruiting|search|hiring)\b/i,
  /\bmerg\w* (?:it|the (?:role|position|post)) (?:with|into)\b/i,
  /\b(?:salary|compensation|pay|rate) (?:expectations?|requirements?)\b[^.\n]{0,60}?\b(?:above|beyond|exceed\w*|outside|higher than|over)\b/i,
  /\b(?:above|beyond|outside|exceeds?) (?:the |our )?(?:budget|salary range|pay range|salary band|band)\b/i,
];

/** The employer changed what it is looking for: a new scope, a new profile, a new structure. */
const DIFFERENT_DIRECTION: Cues = [
  /\b(?:different|new|another|other) direction\b/i,
  /\b(?:shift|change) (?:in|of) direction\b/i,
  /\b(?:changed|change|changing|shifted|revised|revisited|rethought|rethink|rethinking|reconsidered|reconsidering|re-?evaluated|redefined|re-?scoped|refocused)\b[^.\n]{0,40}?\b(?:scope|requirements?|structure|needs?|profile|priorities|direction|brief|focus|shape|remit)\b/i,
  /\b(?:scope|requirements?|needs|brief|focus|profile|remit|nature)\b[^.\n]{0,40}?\b(?:has|have|had) (?:now |since |significantly |recently )?(?:changed|shifted|evolved|been (?:revised|redefined|changed|updated))\b/i,
  /\b(?:different|another|new) (?:(?:type|kind) of )?(?:profile|skill ?set|background|candidate profile)\b/i,
  /\b(?:type|kind) of (?:profile|candidate|person|hire)\b[^.\n]{0,40}?\binstead\b/i,
  /\brestructur\w* (?:the |our )?(?:role|team|position|department)\b/i,
  /\b(?:hire|hiring|recruit\w*|look\w* for|focus\w* on) (?:for )?(?:a |an )?(?:more senior|more junior|different|other) (?:level|profile|person|hire|candidate|kind|type|role)\b/i,
  /\bin its current form\b/i,
];

/** Something the role needs that the client did not show (yet). */
const MISSING_SKILL: Cues = [
  /\b(?:more|deeper|stronger|further|additional|sufficient|enough|solid|sound|strong|hands-on|direct|proven|practical|extensive|significant|broader|prior) (?:[\w-]+ ){0,2}?(?:experience|expertise|knowledge|skills?|practice|background|exposure|proficiency|familiarity|track record) (?:with|in|of|on|around|using|across)\b/i,
  /\b(?:needs?|requires?|required|requirement|looking for|must have|essential)\b[^.\n]{0,30}?\b(?:strong|solid|proven|more|deep|deeper|significant|extensive|hands-on|advanced|good|fluent|native|working)\b[^.\n]{0,40}?\b(?:experience|skills?|knowledge|expertise|proficiency)\b/i,
  /\b(?:need|needs|needed|require|requires|required|looking for|look for|want|wanted) (?:someone|somebody|a candidate|a person|people) (?:who(?:'s|'ve| has| have| is| can| already)|with|that has)\b/i,
  /\bgaps? (?:in|around|on|with)\b/i,
  /\b(?:skills?|knowledge|experience|technical) gaps?\b/i,
  /\bgap was too\b/i,
  /\black(?:s|ed|ing)? (?:of )?(?:the |some |any |sufficient |enough )?(?:[\w-]+ ){0,2}?(?:experience|skills?|knowledge|expertise|exposure|background|depth)\b/i,
  /\b(?:insufficient|limited|not enough|little|no) (?:[\w-]+ ){0,2}?(?:experience|exposure|knowledge|expertise) (?:with|in|of|on)\b/i,
  /\bnot (?:yet |quite )?(?:at )?the (?:level|depth|standard|seniority)\b/i,
  /\b(?:does not|doesn't|did not|didn't|do not|don't) (?:yet |fully )?(?:fulfil|fulfill|meet|satisfy) (?:these|the|our|all (?:the |of the )?)(?:essential |key |minimum )?(?:requirements|criteria)\b/i,
  /\b(?:did not|didn't|does not|doesn't|could not|couldn't|were unable to) (?:yet )?(?:show|demonstrate|see|recogni[sz]e|find|evidence|meet)\b[^.\n]{0,50}?\b(?:depth|level|experience|knowledge|skills?|expertise|proficiency|requirements?|bar)\b/i,
  /\b(?:technical|coding|take-home|case study|assessment|exercise|test|system design)\b[^.\n]{0,60}?\b(?:below|did not meet|didn't meet|fell short|not strong enough|weak)\b/i,
];

/** How the conversation went: communication, structure of answers, fit with the team, energy. */
const PRESENTATION_OR_RAPPORT: Cues = [
  /\bcultur(?:e|al) (?:add|fit|match|alignment)\b/i,
  /\bteam fit\b|\bfit (?:with|into) (?:the|our) team\b/i,
  /(?:\bnot\b|n't\b|\bno\b)[^.\n]{0,30}?\b(?:right|good|strong|best|natural) fit\b/i,
  /\b(?:concerns?|concerned|worr\w*|struggl\w*|unclear|clearly|hard|difficult|improve|work on)\b[^.\n]{0,40}?\bcommunicat\w*/i,
  /\bcommunicat\w* (?:skills?|style)\b[^.\n]{0,40}?\b(?:concern|not|weak|improve|work)\b/i,
  /\b(?:answers?|responses?|examples?|explanations?|presentation|pitch)\b[^.\n]{0,40}?\b(?:hard to follow|difficult to follow|unclear|unstructured|not structured|lacked structure|too long|too brief|too general|vague|generic|rambl\w*|off[- ]topic|not concise)\b/i,
  /(?:\bdidn't|\bdid not|\bwasn't|\bwas not|\bweren't|\bwere not|\bnot very|\bnot as|\bnot quite|\bnot enough|\black(?:ed|ing)?|\bless)\b[^.\n]{0,40}?\b(?:enthusias\w*|passion\w*|motivat\w*|engag\w*|excite\w*|energy|confiden\w*|rapport|connect\w*|chemistry|presence)\b/i,
  /\bnervous\b|\b(?:more |very |quite )?(?:reserved|guarded|defensive)\b/i,
  /\b(?:conversation|interview|chemistry|connection) (?:did not|didn't|never) (?:quite )?(?:flow|click|land)\w*/i,
  /\b(?:unprepared|under-?prepared|not (?:well |sufficiently |fully )?prepared|lack of preparation)\b/i,
  /(?:\bnot\b|n't\b|\bwithout\b|\blacked\b|\bfew\b) (?:[\w-]+ ){0,3}?(?:specific|concrete|clear|detailed) examples\b/i,
  /\b(?:create|creating|build|building|establish|establishing|make|making) (?:a )?(?:strong |real )?(?:connection|rapport)\b/i,
  /\brapport\b/i,
];

/**
 * Checked in this order, first hit wins: the most specific explanations first. An internal hire or an
 * offer to someone better placed explains a rejection even when the email also says the role is filled,
 * and a change of direction explains "we now need someone with more X" better than a missing skill does.
 */
const REASON_CUES: readonly (readonly [RejectionReason, Cues])[] = [
  ['internal_candidate', INTERNAL_CANDIDATE],
  ['better_qualified_candidate', BETTER_QUALIFIED_CANDIDATE],
  ['timing_or_budget', TIMING_OR_BUDGET],
  ['different_direction', DIFFERENT_DIRECTION],
  ['missing_skill', MISSING_SKILL],
  ['presentation_or_rapport', PRESENTATION_OR_RAPPORT],
];

/**
 * Kind words that carry reason vocabulary but no reason: "this is not a reflection of your skills",
 * "not due to a lack of experience", "the position has not been filled yet", "you have strong experience in
 * X", "we were impressed with your experience". They are blanked before the reasons are looked for.
 */
const REASSURANCES: Cues = [
  /\b(?:not|no|in no way|isn't|wasn't)\b (?:at all )?(?:a )?reflect\w* (?:on|of)\b[^.,:;!?\n\u2014\u2013]*/gi,
  /\b(?:not|nothing) (?:due to|because of|about|to do with|related to|a (?:decision|comment|judgement|judgment) (?:about|on)|a question of)\b[^.,:;!?\n\u2014\u2013]*/gi,
  /\bha(?:s|ve)(?:n't| not) (?:yet )?been (?:filled|closed|cancell?ed)(?: yet)?\b/gi,
  /\b(?:your|you have|you've got|you had|you showed|you demonstrated) (?:a |very |really |clearly )*(?:strong|solid|deep|extensive|impressive|great|excellent|relevant|good|proven) (?:[\w-]+ ){0,3}?(?:experience|skills?|knowledge|background|expertise)\b(?:(?! but\b| however\b| although\b| though\b| yet\b)[^,.;\n])*/gi,
  /\bimpressed (?:with|by)\b(?:(?! but\b| however\b| although\b| though\b| yet\b)[^,.;\n])*/gi,
];

// ───────────────────────────── rejection or not ─────────────────────────────

/** Words that close a door without saying why. */
const REJECTION_CUES: Cues = [
  /\bnot (?:be )?(?:able to )?(?:moving|move|going|taking|take|progress\w*|proceed\w*|continu\w*|advanc\w*|consider\w*|follow\w*|pursu\w*|offer\w*|invit\w*|shortlist\w*|select\w*|successful)\b/i,
  /\b(?:won't|will not|cannot|can't|are unable to|aren't able to) (?:be )?(?:moving|move|progress\w*|proceed\w*|continu\w*|tak\w+|going ahead|offer\w*|making an offer|invit\w*|consider\w*|advanc\w*|pursu\w*)\b/i,
  /\b(?:we'll|we will|we're going to|going to|have to|decided to) pass\b|\bpass (?:this time|for now|on this)\b/i,
  /\bunsuccessful\b/i,
  /\bdecided against\b/i,
  /\bdecided not to\b/i,
  /\b(?:going to pass|be passing|passing (?:on|for)|pass on)\b/i,
  /\b(?:move|moving|proceed\w*|go|going|continue) (?:forward |ahead )?with (?:other|another|a different)\b/i,
  /\bunable to (?:progress|proceed|move|offer|consider|take)\b/i,
  /\bdid(?:n't| not) work out\b/i,
  /\bclos(?:e|ing) (?:this|your application) out\b/i,
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

interface Hit {
  start: number;
  end: number;
}

/** The earliest match of any of the cues. */
function firstHit(text: string, cues: Cues): Hit | null {
  let first: Hit | null = null;
  for (const cue of cues) {
    const match = cue.exec(text);
    if (match && (!first || match.index < first.start))
      first = { start: match.index, end: match.index + match[0].length };
  }
  return first;
}

/** What the employer wrote: the text above any quoted earlier message (which is usually the client's own). */
function writtenByEmployer(email: EmailText): string {
  return email.plain.slice(0, email.quoteStart);
}

function suggestReason(email: EmailText, rejectionHit: Hit | null): Suggestion<RejectionReason> {
  const text = writtenByEmployer(email);
  const withoutReassurances = blankOut(
    text,
    REASSURANCES.flatMap((pattern) => rangesOf(text, pattern)),
  );
  for (const [reason, cues] of REASON_CUES) {
    const hit = firstHit(withoutReassurances, cues);
    if (hit) return { value: reason, phrase: phraseAround(email, hit.start, hit.end) };
  }
  return {
    value: 'unknown',
    phrase: rejectionHit ? phraseAround(email, rejectionHit.start, rejectionHit.end) : '',
  };
}

export function suggestFromRejectionEmail(text: string): RejectionEmailSuggestion {
  const email = readEmail(text);
  const employerText = writtenByEmployer(email);
  const rejectionHit = firstHit(employerText, REJECTION_CUES);
  const reason = suggestReason(email, rejectionHit);
  // A reason cue alone ("the role is on hold") is a rejection too, unless the email plainly moves things on.
  const movesForward = firstHit(employerText, PROGRESS_CUES) !== null;
  const isRejection = rejectionHit !== null || (reason.value !== 'unknown' && !movesForward);
  return {
    company: suggestCompany(email),
    role: suggestRole(email),
    reason: isRejection ? reason : { value: 'unknown', phrase: '' },
    automated: firstHit(employerText, AUTOMATED_CUES) !== null,
    isRejection,
    stage: isRejection ? suggestStage(email) : null,
    notRejection: isRejection ? null : notRejectionKind(email),
  };
}
