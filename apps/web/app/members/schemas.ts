import { z } from 'zod';
import { emailField } from '~/auth/schemas';
import { t } from '~/i18n/i18n';
import { MEMBERSHIP_STATUSES, ROLES } from '~/graphql/enums';

/** Every form of the members and invitation pages, told apart by their `intent`. */

const role = z.enum(ROLES, { error: t('forms.errors.role') });
const id = z.string().min(1);

export const memberActionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('invite'), email: emailField, role }),
  z.object({ intent: z.literal('resend'), invitationId: id }),
  z.object({ intent: z.literal('revoke'), invitationId: id }),
  z.object({ intent: z.literal('changeRole'), memberId: id, role }),
  z.object({ intent: z.literal('setStatus'), memberId: id, status: z.enum(MEMBERSHIP_STATUSES) }),
]);

export type MemberAction = z.output<typeof memberActionSchema>;
