import {
  FIELD_LIMITS,
  MAX_CLIENTS_PER_ASSIGNMENT,
  PROMPT_HELP_MAX_LENGTH,
  PROMPT_KEY_MAX_LENGTH,
  PROMPT_LABEL_MAX_LENGTH,
  PROMPT_MAX_OPTIONS,
  PROMPT_OPTION_MAX_LENGTH,
  SCALE_LABEL_MAX_LENGTH,
  SCALE_MAX,
  SCALE_MIN,
  TEMPLATE_MAX_MINUTES,
  TEMPLATE_MAX_PROMPTS,
  TEMPLATE_MIN_MINUTES,
  TEMPLATE_MIN_PROMPTS,
  TEMPLATE_PURPOSE_MAX_LENGTH,
  TEMPLATE_TITLE_MAX_LENGTH,
} from '@rebound/domain';
import { z } from 'zod';
import type { FieldErrors, ParsedForm } from '~/forms/forms';
import {
  CASELOAD_SORTS,
  CHOICE_PROMPT_TYPES,
  CLIENT_STATUSES,
  EMAIL_FREQUENCIES,
  PLAN_CATEGORIES,
  PLAN_SIDES,
  PLAN_STATUSES,
  PROMPT_TYPES,
  REJECTION_REASONS,
} from '~/graphql/enums';
import { t } from '~/i18n/i18n';

/** Forms and query strings of the coach pages. Every action validates here before calling the API. */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD that is a real day of the calendar. */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const id = z.string().trim().min(1);
const emptyToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optionalDate = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .refine(isCalendarDate, { message: t('coachForms.errors.date') })
    .optional(),
);
const checkbox = z.preprocess((value) => value === 'on' || value === 'true', z.boolean());

/** Validates a plain object (for forms with repeated fields) the way parseForm validates FormData. */
export function parseValues<S extends z.ZodType>(schema: S, values: unknown): ParsedForm<z.output<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || '_form';
    fieldErrors[field] ??= issue.message;
  }
  const { _form: formError, ...rest } = fieldErrors;
  return { ok: false, fieldErrors: rest, formError };
}

// Caseload query string ------------------------------------------------------------------------

export const caseloadQuerySchema = z.object({
  q: z.preprocess(emptyToUndefined, z.string().trim().max(FIELD_LIMITS.search).optional()),
  status: z.preprocess(emptyToUndefined, z.enum(CLIENT_STATUSES).optional()).catch(undefined),
  coach: z.preprocess(emptyToUndefined, z.uuid().optional()).catch(undefined),
  sort: z.enum(CASELOAD_SORTS).catch('ATTENTION'),
  after: z.preprocess(emptyToUndefined, z.string().max(500).optional()).catch(undefined),
});

export type CaseloadQueryParams = z.output<typeof caseloadQuerySchema>;

export function parseCaseloadQuery(url: URL): CaseloadQueryParams {
  const raw = Object.fromEntries(url.searchParams);
  const parsed = caseloadQuerySchema.safeParse(raw);
  return parsed.success ? parsed.data : { sort: 'ATTENTION' };
}

// Client page ----------------------------------------------------------------------------------

const reasonField = z.string().trim().min(3, t('coachForms.errors.dismissReason')).max(FIELD_LIMITS.reason);

export const clientActionSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('actOnInsight'),
    insightKey: id,
    suggestionKey: id,
    dueOn: optionalDate,
  }),
  z.object({ intent: z.literal('dismissInsight'), insightKey: id, reason: reasonField }),
]);

export const rejectionActionSchema = z.object({
  intent: z.literal('saveCoachView'),
  version: z.coerce.number().int().nonnegative(),
  coachTag: z.preprocess(emptyToUndefined, z.enum(REJECTION_REASONS).optional()),
  coachPrivateNotes: z
    .string()
    .max(FIELD_LIMITS.longText, t('coachForms.errors.tooLong', { max: FIELD_LIMITS.longText }))
    .default(''),
});

// Exercises ------------------------------------------------------------------------------------

/** A prompt key as the API accepts it: lower-case words joined by "_" or "-", starting with a letter. */
export const PROMPT_KEY = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;
const CHOICE_TYPES: readonly string[] = CHOICE_PROMPT_TYPES;

const promptSchema = z
  .object({
    key: z.string().trim().max(PROMPT_KEY_MAX_LENGTH).regex(PROMPT_KEY),
    label: z
      .string()
      .trim()
      .min(1, t('coachForms.errors.promptLabel'))
      .max(PROMPT_LABEL_MAX_LENGTH, t('coachForms.errors.tooLong', { max: PROMPT_LABEL_MAX_LENGTH })),
    help: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .max(PROMPT_HELP_MAX_LENGTH, t('coachForms.errors.tooLong', { max: PROMPT_HELP_MAX_LENGTH }))
        .optional(),
    ),
    type: z.enum(PROMPT_TYPES, { error: t('coachForms.errors.promptType') }),
    required: checkbox,
    options: z
      .string()
      .default('')
      .transform((text) => [
        ...new Set(
          text
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        ),
      ]),
    minLabel: z.preprocess(emptyToUndefined, z.string().trim().max(SCALE_LABEL_MAX_LENGTH).optional()),
    maxLabel: z.preprocess(emptyToUndefined, z.string().trim().max(SCALE_LABEL_MAX_LENGTH).optional()),
  })
  .superRefine((prompt, context) => {
    if (!CHOICE_TYPES.includes(prompt.type)) return;
    const fewest = prompt.type === 'CHECKLIST' ? 1 : 2;
    if (prompt.options.length < fewest) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message:
          fewest === 1 ? t('coachForms.errors.promptOptionsOne') : t('coachForms.errors.promptOptions'),
      });
    }
    if (prompt.options.length > PROMPT_MAX_OPTIONS) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: t('coachForms.errors.promptOptionsMax', { max: PROMPT_MAX_OPTIONS }),
      });
    }
    if (prompt.options.some((option) => option.length > PROMPT_OPTION_MAX_LENGTH)) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: t('coachForms.errors.tooLong', { max: PROMPT_OPTION_MAX_LENGTH }),
      });
    }
  });

export const templateSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, t('coachForms.errors.templateTitle'))
      .max(TEMPLATE_TITLE_MAX_LENGTH, t('coachForms.errors.tooLong', { max: TEMPLATE_TITLE_MAX_LENGTH })),
    purpose: z
      .string()
      .trim()
      .min(3, t('coachForms.errors.templatePurpose'))
      .max(TEMPLATE_PURPOSE_MAX_LENGTH, t('coachForms.errors.tooLong', { max: TEMPLATE_PURPOSE_MAX_LENGTH })),
    estimatedMinutes: z.coerce
      .number({ error: t('coachForms.errors.minutes') })
      .int(t('coachForms.errors.minutes'))
      .min(TEMPLATE_MIN_MINUTES, t('coachForms.errors.minutes'))
      .max(TEMPLATE_MAX_MINUTES, t('coachForms.errors.minutes')),
    prompts: z
      .array(promptSchema)
      .min(TEMPLATE_MIN_PROMPTS, t('coachForms.errors.promptsEmpty'))
      .max(TEMPLATE_MAX_PROMPTS, t('coachForms.errors.promptsMax', { max: TEMPLATE_MAX_PROMPTS })),
  })
  .superRefine((template, context) => {
    const seen = new Set<string>();
    template.prompts.forEach((prompt, index) => {
      if (seen.has(prompt.key))
        context.addIssue({
          code: 'custom',
          path: ['prompts', index, 'label'],
          message: t('coachForms.errors.promptKey'),
        });
      seen.add(prompt.key);
    });
  });

export type TemplateForm = z.output<typeof templateSchema>;

/** Prompts come as `prompts.<n>.<field>`: gathers them, in the order of the form. */
export function templateValues(formData: FormData) {
  const prompts = new Map<number, Record<string, string>>();
  const values: Record<string, unknown> = {};
  for (const [name, value] of formData) {
    if (typeof value !== 'string') continue;
    const match = /^prompts\.(\d+)\.(\w+)$/.exec(name);
    if (match) {
      const index = Number(match[1]);
      const prompt = prompts.get(index) ?? {};
      prompt[match[2]] = value;
      prompts.set(index, prompt);
    } else values[name] = value;
  }
  values.prompts = [...prompts.entries()].sort(([a], [b]) => a - b).map(([, prompt]) => prompt);
  return values;
}

/** The prompts as the API takes them: fields a type does not have are left out, not sent empty. */
export function promptsForApi(prompts: TemplateForm['prompts']) {
  return prompts.map((prompt) => ({
    key: prompt.key,
    label: prompt.label,
    type: prompt.type,
    required: prompt.required,
    ...(prompt.help ? { help: prompt.help } : {}),
    ...(CHOICE_TYPES.includes(prompt.type) ? { options: prompt.options } : {}),
    ...(prompt.type === 'SCALE'
      ? {
          min: SCALE_MIN,
          max: SCALE_MAX,
          ...(prompt.minLabel ? { minLabel: prompt.minLabel } : {}),
          ...(prompt.maxLabel ? { maxLabel: prompt.maxLabel } : {}),
        }
      : {}),
  }));
}

export const assignSchema = z.object({
  clientIds: z
    .array(z.uuid({ error: t('coachForms.errors.clientsEmpty') }))
    .min(1, t('coachForms.errors.clientsEmpty'))
    .max(MAX_CLIENTS_PER_ASSIGNMENT, t('coachForms.errors.clientsMax', { max: MAX_CLIENTS_PER_ASSIGNMENT })),
  dueOn: optionalDate,
});

export function assignValues(formData: FormData) {
  return { clientIds: formData.getAll('clientIds'), dueOn: formData.get('dueOn') ?? undefined };
}

export const reviewSchema = z.object({
  version: z.coerce.number().int().nonnegative(),
  comment: z
    .string()
    .trim()
    .max(FIELD_LIMITS.longText, t('coachForms.errors.tooLong', { max: FIELD_LIMITS.longText })),
  decision: z.enum(['review', 'sendBack']),
});

export const refineReview = (form: z.output<typeof reviewSchema>): FieldErrors | null =>
  form.decision === 'sendBack' && form.comment.length === 0
    ? { comment: t('coachForms.errors.sendBackComment') }
    : null;

// Plan -----------------------------------------------------------------------------------------

const itemTitle = z
  .string()
  .trim()
  .min(3, t('coachForms.errors.itemTitle'))
  .max(FIELD_LIMITS.planTitle, t('coachForms.errors.tooLong', { max: FIELD_LIMITS.planTitle }));

export const planActionSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('addGoal'),
    title: z
      .string()
      .trim()
      .min(3, t('coachForms.errors.goalTitle'))
      .max(FIELD_LIMITS.planTitle, t('coachForms.errors.tooLong', { max: FIELD_LIMITS.planTitle })),
  }),
  z.object({
    intent: z.literal('addItem'),
    title: itemTitle,
    category: z.enum(PLAN_CATEGORIES, { error: t('coachForms.errors.category') }),
    owner: z.enum(PLAN_SIDES, { error: t('coachForms.errors.owner') }),
    goalId: z.preprocess(emptyToUndefined, z.uuid().optional()),
    dueOn: optionalDate,
  }),
  z.object({
    intent: z.literal('editItem'),
    itemId: id,
    version: z.coerce.number().int().nonnegative(),
    title: itemTitle,
    category: z.enum(PLAN_CATEGORIES, { error: t('coachForms.errors.category') }),
    owner: z.enum(PLAN_SIDES, { error: t('coachForms.errors.owner') }),
    dueOn: optionalDate,
    evidence: z
      .string()
      .trim()
      .max(FIELD_LIMITS.planText, t('coachForms.errors.tooLong', { max: FIELD_LIMITS.planText }))
      .default(''),
  }),
  z.object({
    intent: z.literal('setStatus'),
    itemId: id,
    version: z.coerce.number().int().nonnegative(),
    status: z.enum(PLAN_STATUSES),
  }),
  z.object({ intent: z.literal('move'), itemId: id, direction: z.enum(['up', 'down']) }),
  z.object({
    intent: z.literal('comment'),
    itemId: id,
    body: z
      .string()
      .trim()
      .min(1, t('coachForms.errors.commentEmpty'))
      .max(FIELD_LIMITS.planText, t('coachForms.errors.tooLong', { max: FIELD_LIMITS.planText })),
  }),
]);

export type PlanAction = z.output<typeof planActionSchema>;

// Notifications --------------------------------------------------------------------------------

export const notificationActionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('markRead'), notificationId: z.uuid() }),
  z.object({ intent: z.literal('markAllRead') }),
  z.object({ intent: z.literal('setEmailReminders'), enabled: z.enum(['on', 'off']) }),
  z.object({ intent: z.literal('setEmailFrequency'), frequency: z.enum(EMAIL_FREQUENCIES) }),
]);
