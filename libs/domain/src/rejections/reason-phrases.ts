import { firstHit, writtenByEmployer, type Cues, type Hit } from './email-cues.js';
import { blankOut, rangesOf, type EmailText } from './email-text.js';
import type { RejectionReason } from './rejection-vocabulary.js';

/**
 * The first opinion on a rejection's reason: phrasings employers use for each reason. A hit gives the exact
 * words behind the suggestion; the statistical second opinion (reason-classifier.ts) weighs in on top.
 */

const INTERNAL_CANDIDATE: Cues = [
  /\binternal(?:ly)? (?:candidate|applicant|hire|appointment|solution|colleague|move|transfer|promotion|person|employee)s?\b/i,
  /\b(?:promot|appoint|hir|fill|recruit)\w*\b[^.\n]{0,40}?\bfrom within\b/i,
  /\b(?:fill|hir|recruit|appoint|resolv)\w*\b[^.\n]{0,40}?\binternally\b/i,
  /\b(?:existing|current) (?:member of (?:staff|the team)|(?:[\w-]+ )?(?:employee|team member|colleague|staff member|staff|engineer|member)s?)\b/i,
  /\b(?:one of our own|someone already (?:on|in|with) (?:our|the) team|from our own (?:team|ranks|staff))\b/i,
  /\balready (?:works?|working|employed) (?:with|for|at|in) (?:us|the company|our)\b/i,
  /\b(?:colleague|team member|employee) who (?:has been|had been|was|is) (?:covering|acting|already)\b/i,
  /\bsecondment\b|\bredeploy\w*|\binternal (?:posting|resource|mobility|staff)\b/i,
  /\b(?:current|existing) (?:acting|interim)\b|\bacting (?:post-?holder|manager|head|lead)\b/i,
  /\bfrom (?:our|my|their) own (?:house|team|ranks|staff|organi[sz]ation|people)\b/i,
  /\b(?:move|moving|moved|promot\w+|transfer\w*|put\w*) (?:someone|somebody|one of (?:our|their|my) (?:own )?\w+|our [\w-]+ (?:manager|lead|analyst|engineer))\b[^.\n]{0,30}?\b(?:across|over|up|into|from (?:their|our|my))\b/i,
  /\bpromot\w+ (?:our|one of our|one of their|a member of our)\b/i,
  /\b(?:already|currently) (?:on|in|part of|with) (?:the|our|my) team\b/i,
  /\b(?:who|that)(?:'s| has| had) been (?:working|contracting|freelancing) (?:with|for) us\b/i,
  /\bto (?:a|one|someone|somebody|a guy|a colleague|a member of staff) (?:from|in|on) (?:our|their|my) (?:own )?(?:[\w-]+ ){0,2}?(?:team|department|office|branch|division)\b/i,
  /\bstaff member from within\b|\bfrom within the (?:bank|company|organi[sz]ation|business|team|firm|school|trust)\b/i,
  /\b(?:employee|member of staff|staff member|member of the team)s? of (?:the|our) (?:company|organi[sz]ation|firm|group|business|bank)\b/i,
  /\bstep(?:s|ped|ping)? up (?:into|to) (?:the |this |that )?(?:[\w-]+ ){0,4}?(?:role|position|post|job)\b/i,
];

/**
 * Another candidate won on the merits, and the email says on which: they had more, better or closer-matching
 * experience. "We moved forward with another candidate" alone gives no reason (docs/domain.md) and is not here.
 */
const COMPARISON = String.raw`(?:more|stronger|better|closer|longer|higher|greater|deeper|broader|edge|exactly)`;
const BETTER_QUALIFIED_CANDIDATE: Cues = [
  /\b(?:stronger|more (?:qualified|experienced|suitable|senior)|better[- ](?:qualified|suited|matched)) (?:candidate|applicant|profile)s?\b/i,
  /\b(?:candidate|applicant)s?\b,?[^.\n]{0,60}?\b(?:more closely|closer|better (?:match|meet|suit|fit|align)\w*|more strongly|more exactly|even more|more (?:directly )?(?:relevant|matching|suited|suitable|aligned|direct)|more years|more experience)\b/i,
  new RegExp(
    String.raw`\b(?:chose|chosen|selected|hired|appointed|went with|gone with|going with|go with|decided (?:on|for)|offered|offer|settled on|picked)\b[^.\n]{0,40}?\b(?:candidate|applicant|person|individual|someone|somebody|finalist|bloke|guy|lady|woman|man|gentleman|chap|profile)s?\b[^.\n]{0,80}?\b${COMPARISON}\b`,
    'i',
  ),
  /\b(?:chose|chosen|selected|hired|hire|appointed|went with|gone with|offered (?:it|the [\w -]{1,40}?(?:role|job|position|post))? ?to|settled on|picked|go(?:ing)? further with)\b[^.\n]{0,30}?\b(?:candidate|applicant|person|someone|somebody|finalist)s?\b,? (?:with|who (?:had|has)|whose)\b[^.\n]{0,60}?\b(?:experience|background|track record|portfolio|qualifications?|expertise|record)\b/i,
  /\b(?:tipped (?:it|the balance|things)|deciding factor|gave (?:them|him|her) the edge|had the edge)\b/i,
  /\b(?:candidates?|applicants?|finalists?)\b[^.\n]{0,40}?\b(?:higher|stronger|better) (?:scores?|marks?|match|record|track record|background)\b/i,
];

/** The job itself went away or paused: filled, closed, frozen, on hold, no budget. */
const TIMING_OR_BUDGET: Cues = [
  /\b(?:position|role|post|vacancy|job|opening|requisition|search|competition|recruitment campaign)s?\b[^.\n]{0,50}?\b(?:has|have|had|was|were|is|are) (?:now |already |since |just |unfortunately |currently |temporarily )?(?:been )?(?:filled|closed|cancell?ed|withdrawn|put on hold|placed on hold|paused|frozen|suspended|eliminated|discontinued|scrapped|pulled|axed)\b/i,
  /\b(?:position|role|post|vacancy|job)\b[^.\n]{0,30}?\bwill not be (?:staffed|filled|funded|recruited)\b/i,
  /\bno longer (?:a|any) (?:role|position|vacancy|job|post|opening)\b|\bclos\w* (?:the|this|our) (?:vacancy|requisition|opening)\b/i,
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
  /\b(?:role|job|position|post|vacancy)'s been (?:\w+ )?(?:filled|closed|scrapped|pulled|cancell?ed|axed|cut|frozen|paused)\b/i,
  /\b(?:grant|funding|contract|tender|bid)\b[^.\n]{0,60}?\b(?:not (?:been )?(?:awarded|renewed|approved|confirmed|selected|successful)|(?:wasn't|was not|hasn't been|has not been) (?:awarded|renewed|successful|approved))\b/i,
  /\bbudget (?:review|cuts?|reduction|constraints?|pressures?|revision)\b|\b(?:reduction|cut) (?:of|in) (?:the )?budget\b/i,
  /\b(?:recruitment|hiring|recruiting)\b[^.\n]{0,30}?\b(?:has been|have been|is|was|are) (?:now )?(?:frozen|paused|suspended|put on hold|postponed)\b/i,
  /\bpostpon\w+\b|\bproject\b[^.\n]{0,60}?\b(?:delayed|pushed back|cancell?ed)\b/i,
  /\b(?:rate|salary|expectations?)\b[^.\n]{0,20}?\b(?:is|are) (?:quite a bit |a bit |well |much )?(?:above|over|higher than|outside|beyond)\b|\btops? out at\b/i,
  /\b(?:don't|do not|didn't|did not) have (?:the )?budget\b/i,
  /\bheadcount\b[^.\n]{0,30}?\bnot (?:been )?approved\b/i,
];

/** The employer changed what it is looking for: a new scope, a new profile, a new structure. */
const DIFFERENT_DIRECTION: Cues = [
  /\b(?:different|new|another|other) direction\b/i,
  /\b(?:shift|change) (?:in|of) direction\b/i,
  /\b(?:changed|change|changing|shifted|revised|revisited|rethought|rethink|rethinking|reconsidered|reconsidering|re-?evaluated|redefined|re-?scoped|refocused|reworked|rewritten|rewrote)\b[^.\n]{0,40}?\b(?:scope|requirements?|structure|needs?|profile|priorities|direction|brief|focus|shape|remit|spec|specification|job description|roadmap|role entirely|job around)\b/i,
  /\b(?:scope|requirements?|needs|brief|focus|profile|remit|nature)\b[^.\n]{0,40}?\b(?:has|have|had) (?:now |since |significantly |recently )?(?:changed|shifted|evolved|been (?:revised|redefined|changed|updated))\b/i,
  /\b(?:different|another|new) (?:(?:type|kind) of )?(?:profile|skill ?set|background|candidate profile)\b/i,
  /\b(?:type|kind) of (?:profile|candidate|person|hire)\b[^.\n]{0,40}?\binstead\b/i,
  /\brestructur\w* (?:the |our )?(?:role|team|position|department)\b/i,
  /\b(?:hire|hiring|recruit\w*|look\w* for|focus\w* on) (?:for |at )?(?:a |an )?(?:more senior|more junior|different|other) (?:level|profile|person|hire|candidate|kind|type|role)\b/i,
  /\bin its current form\b/i,
  /\bpivot(?:ed|ing)\b|\bre-?orientation\b|\bnewly (?:defined|oriented)\b|\bchang\w* (?:of )?course\b/i,
  /\b(?:instead of|rather than)\b[^.\n]{0,30}?\b(?:hir\w*|recruit\w*|permanent|full-time|single|generalist|[\w-]+ (?:manager|developer|engineer|specialist|role|position|post))\b/i,
  /\b(?:different|revised|new) (?:[\w-]+ ){0,2}?(?:profile|skill ?set|kind of hire|type of hire|level|job description|job from)\b/i,
  /\b(?:roll\w*|fold\w*|combin\w*) (?:the |this |it )?(?:[\w-]+ ){0,3}?(?:role|job|position)? ?into (?:a |an )?(?:bigger|broader|wider|larger|new)\b/i,
  /\b(?:role|position|job|post) (?:is|has been|will be) (?:being )?(?:relocated|moved)\b/i,
  /\b(?:shift\w*|chang\w*) (?:our |the |its )?(?:[\w-]+ )?direction\b|\bfocus of the \w+ has shifted\b/i,
  /\bre-?organi[sz]\w*|\brestructur\w*/i,
  /\bin-office\b|\boffice-based\b|\bpart-time\b/i,
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
  /\b(?:did not|didn't|does not|doesn't|could not|couldn't|were unable to|weren't|were not|are not|aren't) (?:yet )?(?:show|demonstrate|see|seeing|recogni[sz]e|find|evidence|meet)\b[^.\n]{0,50}?\b(?:depth|level|experience|knowledge|skills?|expertise|proficiency|requirements?|bar)\b/i,
  /\b(?:technical|coding|take-home|case study|assessment|exercise|test|system design)\b[^.\n]{0,60}?\b(?:below|did not meet|didn't meet|fell short|not strong enough|weak)\b/i,
  /\b(?:do|does|did)(?: not|n't) (?:currently |yet |fully )?(?:meet|have|hold|possess|reflect)\b[^.\n]{0,60}?\b(?:minimum|essential|required|requirements?|qualifications?|certificat\w+|licen[cs]e|ticket|registration|clearance|degree|status|experience|skills?)\b/i,
  /\bonly (?:able to )?(?:consider|considering|accept\w*|take (?:on )?|hire|employ)\b[^.\n]{0,30}?\b(?:applicants|candidates|people|those|someone)\b[^.\n]{0,20}?\b(?:who|with)\b/i,
  /\b(?:role|position|post|job|vacancy) (?:requires|required|demands)\b/i,
  /\b(?:knowledge|skills?|experience|proficiency|level|technique|testing|code|coding|modell?ing|doughs?|sql|excel|analysis)\b[^.\n]{0,60}?(?:\bneeds? (?:to be )?improv\w*|\bneeds? more work|(?:\bnot|n't) (?:yet |quite )?(?:strong enough|sufficient|enough|there|where (?:we|it) needs?)|(?:quite |rather |a bit )?thin\b|(?:is|was) (?:still |quite |rather |too )?limited|below (?:the )?(?:bar|threshold|level|standard|required))/i,
  /(?:\bnot\b|n't\b)[^.\n]{0,20}?\b(?:meet|reach|clear|hit)\w* (?:the|our) (?:bar|standard|threshold)\b/i,
  /\b(?:unable to|could not|couldn't|did not|didn't|were unable to) (?:identify|find|see)\b[^.\n]{0,40}?\bexperience\b/i,
  /\bstruggl\w* (?:to|with)\b/i,
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
  /\b(?:conversation|interview|chemistry|connection) (?:did not|didn't|never) (?:quite |really )?(?:flow|click|land)\w*/i,
  /\b(?:unprepared|under-?prepared|not (?:well |sufficiently |fully )?prepared|lack of preparation)\b/i,
  /(?:\bnot\b|n't\b|\bwithout\b|\blacked\b|\bfew\b) (?:[\w-]+ ){0,3}?(?:specific|concrete|clear|detailed) examples\b/i,
  /\b(?:create|creating|build|building|establish|establishing|make|making) (?:a )?(?:strong |real )?(?:connection|rapport)\b/i,
  /\brapport\b/i,
  /\b(?:quite |very |too |rather )?(?:quiet|shy|timid)\b|\benergy\b[^.\n]{0,20}?\blow\b|\blow energy\b/i,
  /(?:\bnot\b|n't\b)[^.\n]{0,30}?\b(?:vibe|chemistry|click\w*|gel\w*)\b|\bvibe\b/i,
  /\b(?:answers?|responses?)\b[^.\n]{0,40}?\b(?:lengthy|long-winded|moved away from the question|off the point|wander\w*)\b|\btoo much detail\b|\bran (?:well )?over (?:the )?time\b/i,
  /\b(?:came|come|coming) across (?:as )?(?:a bit |quite |rather |very |too |somewhat |a little )?(?:cocky|arrogant|negative|rehearsed|over-rehearsed|salesy|distant|cold|aloof|rude|dismissive|overconfident|formal|unenthusiastic|disengaged|defensive)\b/i,
  /\b(?:over-rehearsed|scripted|salesy|talked over|interrupt\w*|jumped in)\b/i,
  /\b(?:alignment|aligned|fit) (?:with|to) (?:our|the) (?:[\w-]+ )?(?:values|culture|ways? of working)\b/i,
  /\b(?:concern\w*|feedback|felt)\b[^.\n]{0,30}?\blisten\w*/i,
  /(?:\bnot\b|n't\b) (?:seem |appear |look )?(?:well |sufficiently |fully )?prepared\b|\barrived\b[^.\n]{0,30}?\blate\b/i,
];

/**
 * Checked in this order, first hit wins: the most specific explanations first. An internal hire or an
 * offer to someone better placed explains a rejection even when the email also says the role is filled,
 * a change of direction explains "we now need someone with more X" better than a missing skill does, and
 * how the conversation went ("your communication skills need to be improved") better than a skill wording.
 */
const REASON_CUES: readonly (readonly [Exclude<RejectionReason, 'unknown'>, Cues])[] = [
  ['internal_candidate', INTERNAL_CANDIDATE],
  ['better_qualified_candidate', BETTER_QUALIFIED_CANDIDATE],
  ['timing_or_budget', TIMING_OR_BUDGET],
  ['different_direction', DIFFERENT_DIRECTION],
  ['presentation_or_rapport', PRESENTATION_OR_RAPPORT],
  ['missing_skill', MISSING_SKILL],
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

/** The employer's words the reason is read from: above any quote, kind words blanked out (same length). */
export function reasonText(email: EmailText): string {
  const text = writtenByEmployer(email);
  return blankOut(
    text,
    REASSURANCES.flatMap((pattern) => rangesOf(text, pattern)),
  );
}

export interface PhraseOpinion {
  reason: Exclude<RejectionReason, 'unknown'>;
  hit: Hit;
}

/** The first reason whose wording appears, in the order of REASON_CUES; null when none does. */
export function reasonFromPhrases(email: EmailText): PhraseOpinion | null {
  const text = reasonText(email);
  for (const [reason, cues] of REASON_CUES) {
    const hit = firstHit(text, cues);
    if (hit) return { reason, hit };
  }
  return null;
}
