import { z } from 'zod';
import { FIELD_LIMITS, MAX_INTERVIEW_ROUND } from '@rebound/domain';
import { t } from '~/i18n/i18n';
import { isCalendarDay } from '~/me/schemas';
import {
  ENDED_SUBMISSION_STAGES,
  RECORDABLE_SUBMISSION_STAGES,
  REJECTION_REASONS,
  SUBMISSION_STAGES,
} from '~/graphql/enums';

/** The submission pipeline's forms, validated on the server before anything reaches the API. */

export const SUBMISSION_PAGE_SIZE = 25;
/** The board shows the open submissions of every stage at once, up to this many. */
export const BOARD_SIZE = 100;

export type SubmissionStageName = (typeof SUBMISSION_STAGES)[number];

export const ENDED_STAGES: readonly SubmissionStageName[] = ENDED_SUBMISSION_STAGES;

/** The board's columns: the stages still in play, in order. */
export const OPEN_SUBMISSION_STAGES = SUBMISSION_STAGES.filter((stage) => !ENDED_STAGES.includes(stage));

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** The outcome fields shared by the one-submission form and the bulk update. */
const outcome = {
  stage: z.enum(RECORDABLE_SUBMISSION_STAGES, { error: t('agency.errors.stage') }),
  reason: optional(z.enum(REJECTION_REASONS, { error: t('agency.errors.reason') })),
};

const reasonWhenEnded = <T extends { stage: string; reason?: string }>(value: T) =>
  !(value.stage === 'REJECTED' || value.stage === 'WITHDRAWN') || Boolean(value.reason);

export const recordOutcomeSchema = z
  .object({
    ...outcome,
    version: z.coerce.number().int(),
    requestId: z.string().min(1),
    interviewRound: optional(
      z.coerce
        .number({ error: t('agency.errors.round') })
        .int({ error: t('agency.errors.round') })
        .min(1, { error: t('agency.errors.round') })
        .max(MAX_INTERVIEW_ROUND, { error: t('agency.errors.round') }),
    ),
    contactId: optional(z.string().uuid()),
    newContact: optional(
      z
        .string()
        .trim()
        .max(FIELD_LIMITS.employerContactName, {
          error: t('agency.errors.tooLong', { max: FIELD_LIMITS.employerContactName }),
        }),
    ),
    decidedOn: optional(z.string().refine(isCalendarDay, { error: t('agency.errors.day') })),
  })
  .refine(reasonWhenEnded, { path: ['reason'], error: t('agency.errors.reason') });

export const bulkOutcomeSchema = z
  .object(outcome)
  .refine(reasonWhenEnded, { path: ['reason'], error: t('agency.errors.reason') });
