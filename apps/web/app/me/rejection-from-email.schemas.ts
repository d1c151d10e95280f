import { z } from 'zod';
import { FIELD_LIMITS } from '@rebound/domain';
import { t } from '~/i18n/i18n';
import { APPLICATION_SOURCES, REJECTION_REASONS, REJECTION_STAGES } from '~/graphql/enums';
import { isCalendarDay } from './schemas';

const emailText = z
  .string()
  .max(FIELD_LIMITS.savedEmail, { error: t('me.fromEmail.paste.tooLong') })
  .optional()
  .transform((value) => value?.trim() ?? '');

/** The paste box: empty only when the client chose to fill it in themselves. */
export const fromEmailPasteSchema = z
  .object({ intent: z.enum(['read', 'manual', 'continue']), emailText })
  .refine((form) => form.intent === 'manual' || form.emailText.length > 0, {
    path: ['emailText'],
    error: t('me.fromEmail.paste.required'),
  });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: t('forms.errors.tooLong', { max }) })
    .optional()
    .transform((value) => value || undefined);

/**
 * The confirmation: an open application (`choice` = "id@version") or a new one (`choice` = "new", with
 * company, role, source and the applied date, which is asked and never assumed). `today` is the person's
 * own calendar day: neither date may be after it, and the rejection not before the application.
 */
export const fromEmailRecordSchema = (today: string) =>
  z
    .object({
      intent: z.literal('record'),
      rejectionId: z.uuid(),
      newApplicationId: z.uuid(),
      choice: z
        .string({ error: t('me.fromEmail.errors.choice') })
        .min(1, { error: t('me.fromEmail.errors.choice') }),
      company: optionalText(FIELD_LIMITS.companyName),
      roleTitle: optionalText(FIELD_LIMITS.roleTitle),
      source: z.enum(APPLICATION_SOURCES).optional(),
      appliedOn: z
        .string()
        .trim()
        .optional()
        .transform((value) => value || undefined),
      rejectedOn: z
        .string({ error: t('me.flow.errors.rejectedOn') })
        .trim()
        .refine(isCalendarDay, { error: t('me.flow.errors.rejectedOn') })
        .refine((value) => value <= today, { error: t('me.flow.errors.rejectedOnFuture') }),
      stageReached: z.enum(REJECTION_STAGES, { error: t('me.flow.errors.stageReached') }),
      employerReason: z.enum(REJECTION_REASONS, { error: t('me.flow.errors.reason') }),
      missingSkill: optionalText(FIELD_LIMITS.skill),
      automated: z
        .literal('on')
        .optional()
        .transform((value) => value === 'on'),
      keepEmail: z
        .literal('on')
        .optional()
        .transform((value) => value === 'on'),
      emailText,
    })
    .superRefine((form, context) => {
      if (form.choice !== 'new') {
        if (!/^[0-9a-f-]{36}@\d+$/i.test(form.choice))
          context.addIssue({ code: 'custom', path: ['choice'], message: t('me.fromEmail.errors.choice') });
        return;
      }
      if (!form.company)
        context.addIssue({ code: 'custom', path: ['company'], message: t('me.applications.errors.company') });
      if (!form.roleTitle)
        context.addIssue({ code: 'custom', path: ['roleTitle'], message: t('me.applications.errors.role') });
      if (!form.source)
        context.addIssue({ code: 'custom', path: ['source'], message: t('me.applications.errors.source') });
      if (!form.appliedOn || !isCalendarDay(form.appliedOn)) {
        context.addIssue({
          code: 'custom',
          path: ['appliedOn'],
          message: t('me.fromEmail.errors.appliedOn'),
        });
      } else if (form.appliedOn > today) {
        context.addIssue({
          code: 'custom',
          path: ['appliedOn'],
          message: t('me.fromEmail.errors.appliedOnFuture'),
        });
      } else if (isCalendarDay(form.rejectedOn) && form.rejectedOn < form.appliedOn) {
        context.addIssue({
          code: 'custom',
          path: ['rejectedOn'],
          message: t('me.fromEmail.errors.beforeApplication'),
        });
      }
    })
    .transform(({ choice, ...form }) => {
      if (choice === 'new') return { ...form, choice: 'new' as const, applicationVersion: undefined };
      const [id, version] = choice.split('@');
      return { ...form, choice: id, applicationVersion: Number(version) };
    });
