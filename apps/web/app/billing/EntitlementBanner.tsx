import { Link } from '@remix-run/react';
import { textLinkClasses } from '~/components/AuthPanel';
import type { Access, EntitlementReason } from '~/graphql/generated/graphql';
import { formatDate } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';

export interface EntitlementNotice {
  access: Access;
  reason: EntitlementReason;
  graceEndsAt?: string | null;
}

/**
 * The line every member sees while a payment has failed (still full use) or the organization is
 * read-only; owners get the way to the billing page. Nothing while all is well.
 */
export function EntitlementBanner({
  entitlement,
  organization,
  billingPath,
  timeZone,
}: {
  entitlement: EntitlementNotice;
  organization: { name: string; role: string };
  billingPath: string;
  timeZone: string;
}) {
  let message: string;
  if (entitlement.access === 'GRACE' && entitlement.graceEndsAt) {
    const date = formatDate(entitlement.graceEndsAt, timeZone, defaultLocale);
    message = t('orgLayout.banner.grace', { organization: organization.name, date });
  } else if (entitlement.access === 'READ_ONLY') {
    const key = {
      TRIAL_ENDED: 'trialEnded',
      PAYMENT_OVERDUE: 'paymentOverdue',
      PAUSED: 'paused',
    } as const;
    const variant = key[entitlement.reason as keyof typeof key] ?? 'canceled';
    message = t(`orgLayout.banner.${variant}`, { organization: organization.name });
  } else {
    return null;
  }
  return (
    <div role="status" className="border-b border-amber-200 bg-amber-50">
      <p className="mx-auto max-w-6xl px-4 py-3 text-sm font-medium text-amber-900 sm:px-6">
        {message}
        {organization.role === 'OWNER' ? (
          <>
            {' '}
            <Link to={billingPath} className={textLinkClasses}>
              {t('orgLayout.banner.ownerLink')}
            </Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
