import { rejectionStageFor, type ApplicationStage as DomainStage } from '@rebound/domain';
import type { ApplicationStage, RejectionStage } from '~/graphql/generated/graphql';
import { t } from '~/i18n/i18n';

/** The guided flow after a rejection, in order. The first two come before the rejection is recorded. */
export const FLOW_STEPS = ['email', 'details', 'check-in', 'reflection', 'feedback', 'done'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

export const FLOW_STEP_LABELS = {
  email: 'me.flow.steps.email',
  details: 'me.flow.steps.details',
  'check-in': 'me.flow.steps.checkIn',
  reflection: 'me.flow.steps.reflection',
  feedback: 'me.flow.steps.feedback',
  done: 'me.flow.steps.done',
} as const satisfies Record<FlowStep, string>;

function isFlowStep(value: string | null): value is FlowStep {
  return value !== null && (FLOW_STEPS as readonly string[]).includes(value);
}

/**
 * The step to show for the step asked for in the URL. Before the rejection is recorded only the first
 * two exist; after it, they are done and cannot be redone (the application is closed), so they lead on.
 */
export function resolveStep(asked: string | null, recorded: boolean): FlowStep {
  if (!recorded) return asked === 'details' ? 'details' : 'email';
  if (!isFlowStep(asked) || asked === 'email' || asked === 'details') return 'check-in';
  return asked;
}

/** The step after this one. */
export function nextStep(step: FlowStep): FlowStep {
  return FLOW_STEPS[Math.min(FLOW_STEPS.indexOf(step) + 1, FLOW_STEPS.length - 1)];
}

/** The rejection stage a closed application most likely reached: the furthest stage, as the API files it. */
export function suggestedRejectionStage(
  furthestStage: ApplicationStage,
  furthestInterviewRound: number | null | undefined,
): RejectionStage {
  return rejectionStageFor({
    stage: furthestStage.toLowerCase() as DomainStage,
    interviewRound: furthestInterviewRound ?? null,
  }).toUpperCase() as RejectionStage;
}

/** The feedback request, from the catalogue's template, with the person's name when known. */
export function feedbackMessage(input: {
  name?: string;
  role: string;
  company: string;
  sender: string;
}): string {
  return t('me.flow.feedback.template', {
    name: input.name?.trim() || t('me.flow.feedback.templateNameFallback'),
    role: input.role,
    company: input.company,
    sender: input.sender,
  });
}

/** A mailto: link that opens the person's email app with the message ready. */
export function mailtoHref(input: { email?: string; subject: string; body: string }): string {
  const query = [
    `subject=${encodeURIComponent(input.subject)}`,
    `body=${encodeURIComponent(input.body)}`,
  ].join('&');
  return `mailto:${input.email ? encodeURIComponent(input.email.trim()).replace('%40', '@') : ''}?${query}`;
}

export interface Reflection {
  whatHappened: string;
  wentWell: string;
  offTrack: string;
}

const REFLECTION_PARTS = ['whatHappened', 'wentWell', 'offTrack'] as const;

function heading(part: (typeof REFLECTION_PARTS)[number]): string {
  return `## ${t(`me.flow.reflection.notesHeading.${part}`)}`;
}

/** The first-look answers as the rejection's notes: a heading per answer, readable by the coach too. */
export function composeReflection(reflection: Reflection): string {
  return REFLECTION_PARTS.map((part) => `${heading(part)}\n${reflection[part].trim()}`).join('\n\n');
}

/** The answers back from the notes, to show them again; notes written elsewhere land in the first answer. */
export function parseReflection(notes: string): Reflection {
  const empty: Reflection = { whatHappened: '', wentWell: '', offTrack: '' };
  if (!notes.trim()) return empty;
  const positions = REFLECTION_PARTS.map((part) => notes.indexOf(heading(part)));
  if (positions.some((position) => position < 0) || positions[0] !== 0) {
    return { ...empty, whatHappened: notes.trim() };
  }
  const result = { ...empty };
  REFLECTION_PARTS.forEach((part, index) => {
    const start = positions[index] + heading(part).length;
    const end = index + 1 < positions.length ? positions[index + 1] : notes.length;
    result[part] = notes.slice(start, end).trim();
  });
  return result;
}
