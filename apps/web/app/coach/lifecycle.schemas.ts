import { z } from 'zod';
import { CLIENT_STATUSES } from '~/graphql/enums';
import { FIELD_LIMITS, MAX_CLIENTS_PER_CHANGE } from '@rebound/domain';
import { t } from '~/i18n/i18n';

const reason = z
  .string()
  .trim()
  .max(FIELD_LIMITS.reason, t('coachForms.errors.tooLong', { max: FIELD_LIMITS.reason }))
  .default('');
const version = z.coerce.number().int().positive();
const dueOn = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, t('coachForms.errors.date'))
    .optional(),
);

/** The forms of the client page's "Status and coach" and "Open exercises" panels. */
export const manageClientSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('changeStatus'), status: z.enum(CLIENT_STATUSES), reason }),
  z.object({ intent: z.literal('reassign'), coachId: z.string().uuid(), reason }),
  z.object({ intent: z.literal('withdrawExercise'), assignmentId: z.string().uuid(), version }),
  z.object({ intent: z.literal('rescheduleExercise'), assignmentId: z.string().uuid(), version, dueOn }),
]);

export const MANAGE_CLIENT_INTENTS: readonly string[] = manageClientSchema.options.map(
  (option) => option.shape.intent.value,
);

/** The caseload's bulk form: one action ("status:PAUSED" or "coach:<membership id>") for the ticked clients. */
export const bulkCaseloadSchema = z.object({
  intent: z.literal('bulk'),
  clientIds: z.array(z.string().uuid()).min(1, t('coachLoops.bulk.noneSelected')).max(MAX_CLIENTS_PER_CHANGE),
  action: z.string().regex(/^(status:(ACTIVE|PAUSED|PLACED|ARCHIVED)|coach:[0-9a-f-]{36})$/),
  reason,
});
