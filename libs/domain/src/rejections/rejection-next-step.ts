import type { StagePosition } from '../applications/stage-rules.js';
import type { BuiltInTemplateKey } from '../exercises/built-in-templates.js';
import type { PlanItemCategory } from '../plans/plan-vocabulary.js';
import { isLateStage } from './reason-rules.js';
import type { RejectionReason, RejectionStage } from './rejection-vocabulary.js';

/**
 * The one concrete thing to do next after a rejection, picked from its reason and stage, for the client to
 * accept in one click: a missing skill → the skill-gap exercise and a plan item naming the skill; a late
 * ending or a conversation that did not land → a mock interview; a role that went away → a note to stay in
 * touch a few months on; anything else → a deeper look at how the application matched the posting.
 */
export const REJECTION_NEXT_STEP_KINDS = [
  'skill_gap',
  'mock_interview',
  'stay_in_touch',
  'deeper_review',
] as const;
export type RejectionNextStepKind = (typeof REJECTION_NEXT_STEP_KINDS)[number];

export interface RejectionNextStep {
  kind: RejectionNextStepKind;
  /** The built-in exercise to start. */
  exercise: BuiltInTemplateKey;
  /** The skill the employer named, when there was one ("Kubernetes"). */
  skill: string | null;
  /** The plan item to add, if any. */
  planItem: { category: PlanItemCategory; title: string } | null;
  /** When the item and the exercise are due (YYYY-MM-DD): the stay-in-touch date, else a week on. */
  dueOn: string;
}

/** A note to a company that said no for reasons of timing lands best a season later. */
export const STAY_IN_TOUCH_AFTER_DAYS = 90;
/** Other next steps are worth doing while the rejection is fresh. */
export const NEXT_STEP_DUE_DAYS = 7;

const STAY_IN_TOUCH_REASONS: readonly RejectionReason[] = [
  'timing_or_budget',
  'internal_candidate',
  'different_direction',
];

function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const MAX_SKILL_LENGTH = 60;

/**
 * The skill named in the words behind a missing-skill reason: "more hands-on experience with Kubernetes"
 * → "Kubernetes", "someone who can hit the ground running with Salesforce admin" → "Salesforce admin".
 */
export function skillNamed(phrase: string): string | null {
  const match =
    /\b(?:experience|expertise|knowledge|skills?|background|exposure|proficiency|familiarity|depth|track record|running)\s+(?:with|in|of|on|around|using|across)\s+(?:the |a |an |our )?([^,;.!?\n]+)/i.exec(
      phrase,
    );
  if (!match) return null;
  const skill = match[1]
    .split(
      /\s+(?:and (?:we|I|you|it|this|that)|but|which|that|so|as|for (?:this|the|a|our)|to (?:the|be|join)|at (?:this|the)|than|yet|now|right now|just yet|at the moment|though)\b/i,
    )[0]
    .replace(/\s+(?:is|was|were|are)\b.*$/i, '')
    .trim();
  if (!skill || skill.length > MAX_SKILL_LENGTH || /^(?:us|them|this|that|it)$/i.test(skill)) return null;
  return skill;
}

export function nextStepAfterRejection(input: {
  reason: RejectionReason;
  stage: RejectionStage;
  /** The skill the employer named (see `skillNamed`). */
  skill?: string | null;
  rejectedOn: string;
}): RejectionNextStep {
  const soon = addDays(input.rejectedOn, NEXT_STEP_DUE_DAYS);
  if (input.reason === 'missing_skill' || input.stage === 'technical_assessment') {
    const skill = input.skill?.trim() || null;
    return {
      kind: 'skill_gap',
      exercise: 'skill-gap',
      skill,
      planItem: {
        category: 'skill',
        title: skill ? `Close the gap in ${skill}` : 'Close the skill gap the employer pointed at',
      },
      dueOn: soon,
    };
  }
  if (STAY_IN_TOUCH_REASONS.includes(input.reason)) {
    const on = addDays(input.rejectedOn, STAY_IN_TOUCH_AFTER_DAYS);
    return {
      kind: 'stay_in_touch',
      exercise: 'stay-in-touch',
      skill: null,
      planItem: { category: 'networking', title: 'Send a stay-in-touch note to the company' },
      dueOn: on,
    };
  }
  if (input.reason === 'presentation_or_rapport' || isLateStage(input.stage)) {
    return { kind: 'mock_interview', exercise: 'mock-interview', skill: null, planItem: null, dueOn: soon };
  }
  return { kind: 'deeper_review', exercise: 'deeper-review', skill: null, planItem: null, dueOn: soon };
}

/**
 * Where an application stood when it ended at this stage: a rejection after the final round means the
 * application reached it, and the funnel counts it there.
 */
export function applicationPositionFor(stage: RejectionStage): StagePosition {
  switch (stage) {
    case 'resume_screen':
      return { stage: 'applied' };
    case 'phone_screen':
    case 'technical_assessment':
      return { stage: 'screening' };
    case 'first_interview':
      return { stage: 'interview', interviewRound: 1 };
    case 'later_interview':
      return { stage: 'interview', interviewRound: 2 };
    case 'final_round':
      return { stage: 'final_round' };
    case 'after_offer':
      return { stage: 'offer' };
  }
}
