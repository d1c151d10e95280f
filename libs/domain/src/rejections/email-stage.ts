import { blankOut, phraseAround, rangesOf, type EmailText } from './email-text.js';
import { REJECTION_STAGES, type RejectionStage } from './rejection-vocabulary.js';

/**
 * How far the client got, read from the wording of the email: "thank you for completing the take-home",
 * "after your final interview", "following our phone call". An email often names several steps; the
 * furthest one named is the one reached ("thanks for the call and for the technical exercise" ended after
 * the exercise). Only what the employer wrote counts, never a quoted earlier message.
 */

type StageCue = readonly [RejectionStage, RegExp];

const INTERVIEW = String.raw`(?:interview|conversation|meeting|discussion|chat)s?`;

/** Later stages first, so that within one stage the list order does not matter. */
const STAGE_CUES: readonly StageCue[] = [
  [
    'after_offer',
    /\b(?:rescind\w*|retract\w*|withdraw\w*|revok\w*|pull\w*)\b[^.\n]{0,20}?\b(?:the |our |your |this )?(?:job |written |verbal |conditional )?offer\b/i,
  ],
  [
    'after_offer',
    /\boffer\b[^.\n]{0,30}?\b(?:has been|had been|is being|was|will be) (?:withdrawn|rescinded|retracted|revoked|cancell?ed)\b/i,
  ],
  [
    'after_offer',
    /\b(?:reference|background|pre-employment|right to work) (?:checks?|screening|verification)\b/i,
  ],
  [
    'after_offer',
    /\b(?:after|following|since) (?:we |our )?(?:made|extended|extending|making) (?:you )?(?:an |the |our )?offer\b/i,
  ],
  ['final_round', /\b(?:final|last|closing) (?:round|stage|interview|step|conversation|panel|meeting)s?\b/i],
  [
    'final_round',
    /\b(?:meeting|met|interview\w*) (?:with )?(?:our |the )?(?:ceo|cto|founders?|managing director|board)\b/i,
  ],
  [
    'later_interview',
    /\b(?:second|2nd|third|3rd|fourth|follow-up|follow up|further|next|subsequent|additional) (?:round|stage)?(?: of)? ?(?:interviews?|rounds?|conversations?|meetings?)\b/i,
  ],
  ['later_interview', /\bpanel(?: interview| discussion)?s?\b/i],
  ['later_interview', /\b(?:on-?site|in-person|in person) (?:interview|visit|day|session)s?\b/i],
  [
    'later_interview',
    /\b(?:meeting|met|speaking with|spoke with|talking to|interview\w* with) (?:the (?:wider )?team|several|each of|members of)\b/i,
  ],
  ['later_interview', /\binterview (?:process|loop|rounds)\b/i],
  [
    'technical_assessment',
    /\b(?:take-?home|technical|coding|programming|written|case|skills?|design|online|psychometric|aptitude|home) (?:test|exercise|assessment|challenge|task|assignment|study|case|project|round|interview)s?\b/i,
  ],
  [
    'technical_assessment',
    /\b(?:complet\w*|submit\w*|work(?:ing)? on|doing|sending) (?:the |our |your |this )?(?:assessment|assignment|exercise|challenge|test)\b/i,
  ],
  [
    'technical_assessment',
    /\b(?:the |your |our )(?:assessment|assignment|exercise|challenge|test) (?:you (?:completed|submitted|sent|did)|results?)\b/i,
  ],
  [
    'first_interview',
    new RegExp(
      String.raw`\b(?:first|1st|initial|video|zoom|teams) ${INTERVIEW}\b|\b(?:your|the|our|an) interviews?\b|\binterview(?:ing|ed)\b|\b(?:time|taking the time) to (?:interview|meet)\b|\bmeeting (?:with )?(?:us|me|the hiring manager)\b|\b(?:met|meet) (?:with )?(?:us|me|the hiring manager)\b`,
      'i',
    ),
  ],
  [
    'phone_screen',
    /\b(?:phone|telephone|screening|intro(?:ductory)?|initial|recruiter|discovery|quick|short) (?:call|screen|chat|conversation|interview)s?\b|\b(?:speaking|spoke|talking|chatting) (?:with (?:me|us)|to (?:me|us))\b|\b(?:our|the) (?:call|chat|conversation)\b|\bon the phone\b/i,
  ],
  [
    'resume_screen',
    /\b(?:your|the) (?:application|applying|candidacy|cv|c\.v\.|r[ée]sum[ée]|profile|submission)\b|\bfor applying\b|\b(?:reviewed|reviewing|review of|considered|considering) your\b/i,
  ],
];

/**
 * Words that name a step the client did NOT reach: "we won't be inviting you to interview", "to progress to
 * the final round", "the next stage of the process". They are blanked before the stages are looked for.
 */
const NOT_REACHED: readonly RegExp[] = [
  /\b(?:invit\w*|progress\w*|mov\w*|advanc\w*|tak\w*|shortlist\w*|select\w*|put|putting|proceed\w*|continu\w*|forward\w*)\b(?: you| your application| your (?:cv|profile|candidacy))?(?: forward| further| on| through)? (?:to|for|into|onto|with) (?:an? |the |our |any )?(?:next |further |following |subsequent )?(?:first |second |final |technical |initial |phone |telephone )?(?:interview|round|stage|step|assessment|call|phase|part)s?\b(?: stage| round| of (?:the|our) (?:process|recruitment|selection))?/gi,
  /\b(?:next|further|following|subsequent|future) (?:interview|round|stage|step|phase)s?\b(?: of (?:the|our) (?:process|recruitment|selection))?/gi,
  /\b(?:offer(?:ed|ing)?|made an offer|extended an offer|gone with|hired)\b[^.\n]{0,40}?\b(?:another|other|different|someone|somebody|the successful)\b[^.\n]{0,20}/gi,
  /\b(?:unable|not able|not in a position) to (?:offer|make (?:you )?an offer)\b/gi,
  /\bkeep (?:your )?(?:cv|c\.v\.|r[ée]sum[ée]|details|profile|application) on file\b/gi,
  /\bfuture (?:roles?|openings?|opportunit\w*|vacanc\w*|positions?)\b/gi,
];

interface StageHit {
  stage: RejectionStage;
  start: number;
  end: number;
}

/** The furthest stage the employer's words name, with the words; null when they name none. */
export function suggestStage(email: EmailText): { value: RejectionStage; phrase: string } | null {
  const written = email.plain.slice(0, email.quoteStart);
  const text = blankOut(
    written,
    NOT_REACHED.flatMap((pattern) => rangesOf(written, pattern)),
  );
  let best: StageHit | null = null;
  for (const [stage, cue] of STAGE_CUES) {
    const match = cue.exec(text);
    if (!match) continue;
    const hit = { stage, start: match.index, end: match.index + match[0].length };
    if (
      !best ||
      REJECTION_STAGES.indexOf(stage) > REJECTION_STAGES.indexOf(best.stage) ||
      (stage === best.stage && hit.start < best.start)
    ) {
      best = hit;
    }
  }
  return best ? { value: best.stage, phrase: phraseAround(email, best.start, best.end) } : null;
}
