import { z } from 'zod';
import { BILLING_PLANS } from '~/graphql/enums';
import { t } from '~/i18n/i18n';

/** The billing page's two forms, told apart by their `intent`. */
export const billingActionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('checkout'), plan: z.enum(BILLING_PLANS, { error: t('forms.errors.plan') }) }),
  z.object({ intent: z.literal('portal') }),
]);

export type BillingAction = z.output<typeof billingActionSchema>;
