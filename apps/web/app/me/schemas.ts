import { z } from 'zod';
import { CHECK_IN_MAX, CHECK_IN_MIN, FIELD_LIMITS } from '@rebound/domain';
import { emailField } from '~/auth/schemas';
import {
  APPLICATION_SOURCES,
  APPLICATION_STAGES,
  ENDED_BY,
  FEEDBACK_RECIPIENTS,
  PLAN_CATEGORIES,
  PLAN_STATUSES,
  RECORDED_FEEDBACK_REQUEST_EVENTS,
  REJECTION_REASONS,
  REJECTION_STAGES,
} from '~/graphql/enums';
import { t } from '~/i18n/i18n';

/**
 * The forms of the client's workspace, validated on the server (Remix actions) before anything reaches
 * the API. Enum values come from ~/graphql/enums; the words are the catalogue's.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (what `<input type="date">` sends). */
export function isCalendarDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const day = (error: string) => z.string({ error }).trim().refine(isCalendarDay, { error });

const optionalDay = (error: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || isCalendarDay(value), { error });

const text = (error: string, max: number) =>
  z
    .string({ error })
    .trim()
    .min(1, { error })
    .max(max, { error: t('forms.errors.tooLong', { max }) });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: t('forms.errors.tooLong', { max }) })
    .optional()
    .transform((value) => value || undefined);

const id = z.string().trim().min(1);
const version = z.coerce.number().int().min(0);

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export const applicationSchema = z.object({
  company: text(t('me.applications.errors.company'), FIELD_LIMITS.companyName),
  roleTitle: text(t('me.applications.errors.role'), FIELD_LIMITS.roleTitle),
  source: z.enum(APPLICATION_SOURCES, { error: t('me.applications.errors.source') }),
  appliedOn: day(t('me.applications.errors.appliedOn')),
  postingUrl: z
    .string()
    .trim()
    .max(FIELD_LIMITS.url, { error: t('forms.errors.tooLong', { max: FIELD_LIMITS.url }) })
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || isHttpUrl(value), {
      error: t('me.applications.errors.postingUrl'),
    }),
});

export const moveSchema = z.object({
  intent: z.literal('move'),
  applicationId: id,
  version,
  stage: z.enum(APPLICATION_STAGES, { error: t('me.applications.errors.stage') }),
});

/** Step 1 of the guided flow: the pasted email (may be empty: the step is optional). */
export const flowEmailSchema = z.object({
  emailText: z
    .string()
    .max(FIELD_LIMITS.savedEmail, { error: t('me.flow.errors.emailText') })
    .optional()
    .transform((value) => value?.trim() ?? ''),
});

/** Step 2: what happened. `today` is the person's own calendar day (no rejection from the future). */
export const flowDetailsSchema = (today: string) =>
  z.object({
    applicationVersion: version,
    rejectedOn: day(t('me.flow.errors.rejectedOn')).refine((value) => value <= today, {
      error: t('me.flow.errors.rejectedOnFuture'),
    }),
    stageReached: z.enum(REJECTION_STAGES, { error: t('me.flow.errors.stageReached') }),
    endedBy: z.enum(ENDED_BY, { error: t('me.flow.errors.endedBy') }),
    employerReason: z.enum(REJECTION_REASONS, { error: t('me.flow.errors.reason') }),
    automated: z
      .literal('on')
      .optional()
      .transform((value) => value === 'on'),
  });

export const flowCheckInSchema = z.object({
  checkIn: z.coerce
    .number({ error: t('me.flow.errors.checkIn') })
    .int({ error: t('me.flow.errors.checkIn') })
    .min(CHECK_IN_MIN, { error: t('me.flow.errors.checkIn') })
    .max(CHECK_IN_MAX, { error: t('me.flow.errors.checkIn') }),
});

/** The three answers must fit, together with their headings, in the rejection's notes. */
const REFLECTION_MAX = 3_000;

export const flowReflectionSchema = z.object({
  whatHappened: text(t('me.flow.errors.whatHappened'), REFLECTION_MAX),
  wentWell: text(t('me.flow.errors.wentWell'), REFLECTION_MAX),
  offTrack: text(t('me.flow.errors.offTrack'), REFLECTION_MAX),
  clientViewReason: z
    .union([z.enum(REJECTION_REASONS), z.literal('')], { error: t('me.flow.errors.reason') })
    .optional()
    .transform((value) => value || undefined),
});

export const flowFeedbackSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({ decision: z.literal('skip') }),
    z.object({
      decision: z.enum(['sent', 'later']),
      recipientRole: z.enum(FEEDBACK_RECIPIENTS, { error: t('me.flow.errors.recipient') }),
      recipientName: optionalText(FIELD_LIMITS.personName),
      recipientEmail: z
        .string()
        .trim()
        .optional()
        .transform((value) => value || undefined)
        .pipe(z.email({ error: t('me.flow.errors.recipientEmail') }).optional()),
      message: text(t('me.flow.errors.message'), FIELD_LIMITS.longText),
    }),
  ],
  { error: t('me.flow.errors.decision') },
);

export const feedbackActionSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('advance'),
    id,
    version,
    event: z.enum(RECORDED_FEEDBACK_REQUEST_EVENTS),
  }),
  z.object({
    intent: z.literal('answer'),
    id,
    version,
    answerText: text(t('me.feedback.errors.answerText'), FIELD_LIMITS.longText),
    reason: z
      .union([z.enum(REJECTION_REASONS), z.literal('')], { error: t('me.feedback.errors.reason') })
      .optional()
      .transform((value) => value || undefined),
  }),
]);

export const planActionSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('update'),
    id,
    version,
    status: z.enum(PLAN_STATUSES),
    evidence: z
      .string()
      .trim()
      .max(FIELD_LIMITS.planText, { error: t('forms.errors.tooLong', { max: FIELD_LIMITS.planText }) })
      .optional()
      .transform((value) => value ?? ''),
  }),
  z.object({
    intent: z.literal('comment'),
    itemId: id,
    body: text(t('me.plan.commentRequired'), FIELD_LIMITS.planText),
  }),
  z.object({
    intent: z.literal('add'),
    title: text(t('me.plan.titleRequired'), FIELD_LIMITS.planTitle),
    category: z.enum(PLAN_CATEGORIES),
    dueOn: optionalDay(t('me.plan.dueOnInvalid')),
  }),
]);

export { emailField };
