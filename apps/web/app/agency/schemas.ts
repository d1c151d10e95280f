import { z } from 'zod';
import { CANDIDATE_FIELDS, MAX_IMPORT_MEGABYTES, type CandidateField, FIELD_LIMITS } from '@rebound/domain';
import { ONBOARDING_STAGES } from '~/graphql/enums';
import { t } from '~/i18n/i18n';
import { isCalendarDay } from '~/me/schemas';

/** The agency's forms, validated on the server before anything reaches the API. */

/** The candidate fields a CSV column can fill, in the order the mapping form shows them. */
export const MAPPING_FIELDS = CANDIDATE_FIELDS;
export type MappingField = CandidateField;

/** Problems shown per page of the dry-run report. */
export const ISSUE_PAGE_SIZE = 20;

/** The largest CSV the upload accepts: the API's own limit, refused while the upload streams through. */
export const MAX_CSV_MEGABYTES = MAX_IMPORT_MEGABYTES;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: t('agency.errors.tooLong', { max }) })
    .optional()
    .transform((value) => value || undefined);

/** A list typed one per line or separated by commas. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

export const candidatesActionSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('invite'),
    // Select all: every candidate the current filter lists, on every page, not just the ticked ones.
    allMatching: z
      .literal('on')
      .optional()
      .transform((value) => value === 'on'),
    stage: z
      .enum(ONBOARDING_STAGES)
      .optional()
      .or(z.literal('').transform(() => undefined)),
    q: optionalText(FIELD_LIMITS.search),
  }),
  z.object({
    intent: z.literal('resend'),
    days: z.coerce
      .number({ error: t('agency.errors.days') })
      .int({ error: t('agency.errors.days') })
      .min(1, { error: t('agency.errors.days') })
      .max(365, { error: t('agency.errors.days') }),
  }),
]);

const httpUrl = z
  .string()
  .trim()
  .max(FIELD_LIMITS.url, { error: t('agency.errors.tooLong', { max: FIELD_LIMITS.url }) })
  .refine((value) => value === '' || /^https?:\/\/\S+$/i.test(value), { error: t('agency.errors.url') })
  .optional()
  .transform((value) => value || undefined);

export const submitCandidateSchema = z.object({
  clientId: z.string().min(1),
  requestId: z.string().min(1),
  company: z
    .string()
    .trim()
    .min(1, { error: t('agency.errors.company') })
    .max(FIELD_LIMITS.companyName, { error: t('agency.errors.tooLong', { max: FIELD_LIMITS.companyName }) }),
  roleTitle: z
    .string()
    .trim()
    .min(1, { error: t('agency.errors.roleTitle') })
    .max(FIELD_LIMITS.roleTitle, { error: t('agency.errors.tooLong', { max: FIELD_LIMITS.roleTitle }) }),
  submittedOn: z
    .string()
    .trim()
    .refine((value) => value === '' || isCalendarDay(value), { error: t('agency.errors.day') })
    .optional()
    .transform((value) => value || undefined),
  postingUrl: httpUrl,
  note: optionalText(FIELD_LIMITS.submissionNote),
});

const column = z
  .string()
  .trim()
  .refine((value) => value === '' || /^\d+$/.test(value), { error: t('agency.errors.column') })
  .transform((value) => (value === '' ? null : Number(value)));

export const importActionSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('mapping'),
    version: z.coerce.number().int(),
    name: column,
    email: column,
    phone: column,
    targetRoles: column,
    locations: column,
    recruiterEmail: column,
    tags: column,
    updateExisting: z
      .literal('on')
      .optional()
      .transform((value) => value === 'on'),
  }),
  z.object({ intent: z.literal('start'), version: z.coerce.number().int() }),
]);

export const onboardingSchema = z.object({
  version: z.coerce.number().int(),
  targetRoles: z
    .string()
    .max(2000, { error: t('agency.errors.tooLong', { max: 2000 }) })
    .optional(),
  locations: z
    .string()
    .max(2000, { error: t('agency.errors.tooLong', { max: 2000 }) })
    .optional(),
  availability: optionalText(FIELD_LIMITS.onboardingAnswer),
  workAuthorization: optionalText(FIELD_LIMITS.onboardingAnswer),
  resumeUrl: httpUrl,
  consent: z
    .literal('on')
    .optional()
    .transform((value) => value === 'on'),
});
