import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { billingAction, loadBillingOverview } from '~/billing/billing.server';
import { Alert, Card, PageHeader, SubmitButton } from '~/components/ui';
import { cx } from '~/components/ui/cx';
import type { EntitlementReason, Role } from '~/graphql/generated/graphql';
import { formatDate } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';

const OWNER_ONLY: readonly Role[] = ['OWNER'];

export const meta: MetaFunction = () => [{ title: t('billing.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, OWNER_ONLY);
  const checkout = new URL(request.url).searchParams.get('checkout');
  try {
    return {
      organization,
      overview: await loadBillingOverview(request, organization.slug),
      checkout: checkout === 'done' || checkout === 'canceled' ? checkout : null,
      timeZone: timeZoneOf(request),
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, OWNER_ONLY);
  return billingAction(request, organization);
}

type Overview = ReturnType<typeof useLoaderData<typeof loader>>['overview'];

function StatusCard({ overview, timeZone }: { overview: Overview; timeZone: string }) {
  const { entitlement, subscription, usage } = overview;
  const date = (iso: string | null | undefined) => (iso ? formatDate(iso, timeZone, defaultLocale) : '');
  const reasonLine: Record<EntitlementReason, string | null> = {
    UNCONFIGURED: t('billing.status.unconfigured'),
    TRIAL: t('billing.status.trial', { date: date(entitlement.trialEndsAt) }),
    TRIAL_ENDED: t('billing.status.trialEnded', { date: date(entitlement.trialEndsAt) }),
    SUBSCRIBED: null,
    PAST_DUE: t('billing.status.pastDue', { date: date(entitlement.graceEndsAt) }),
    PAYMENT_OVERDUE: t('billing.status.paymentOverdue'),
    PAUSED: t('billing.status.paused'),
    CANCELED: t('billing.status.canceled'),
  };
  const lines = [reasonLine[entitlement.reason]].filter((line): line is string => line !== null);
  if (subscription?.plan && entitlement.reason === 'SUBSCRIBED') {
    lines.push(
      t('billing.status.subscribed', {
        plan: t(`billing.plans.names.${subscription.plan}`),
        status: t(`billing.subscriptionStatus.${subscription.status}`),
      }),
    );
    if (subscription.currentPeriodEndsAt) {
      lines.push(
        subscription.cancelAtPeriodEnd
          ? t('billing.status.endsAt', { date: date(subscription.currentPeriodEndsAt) })
          : t('billing.status.renews', { date: date(subscription.currentPeriodEndsAt) }),
      );
    }
  }
  return (
    <Card as="section" aria-labelledby="billing-status-title" className="space-y-3">
      <h2 id="billing-status-title" className="text-xl font-semibold text-slate-900">
        {t('billing.status.title')}
      </h2>
      {lines.map((line) => (
        <p key={line} className="text-slate-700">
          {line}
        </p>
      ))}
      <p className="text-sm text-slate-600">
        {t('billing.status.usage', { coaches: usage.coaches, activeClients: usage.activeClients })}
      </p>
    </Card>
  );
}

function PlanForm({ overview }: { overview: Overview }) {
  const navigation = useNavigation();
  const result = useActionData<typeof action>();
  const pending = navigation.state !== 'idle' && navigation.formData?.get('intent') === 'checkout';
  const defaultPlan = overview.plans.find((offer) => offer.fits)?.plan;
  return (
    <Card as="section" aria-labelledby="billing-plans-title" className="space-y-4">
      <h2 id="billing-plans-title" className="text-xl font-semibold text-slate-900">
        {t('billing.plans.title')}
      </h2>
      <p className="text-slate-700">{t('billing.plans.intro')}</p>
      <Form method="post" noValidate className="space-y-4">
        <input type="hidden" name="intent" value="checkout" />
        <fieldset aria-describedby={result?.fieldErrors.plan ? 'plan-error' : undefined}>
          <legend className="text-sm font-semibold text-slate-900">{t('billing.plans.legend')}</legend>
          <div className="mt-2 grid gap-3 md:grid-cols-3">
            {overview.plans.map((offer) => (
              <label
                key={offer.plan}
                className={cx(
                  'flex cursor-pointer flex-col gap-1 rounded-lg bg-white p-4 text-sm text-slate-700 ring-1 ring-slate-300 ring-inset',
                  'has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600',
                  !offer.fits && 'cursor-not-allowed opacity-70',
                )}
              >
                <span className="flex items-center gap-3 text-base font-semibold text-slate-900">
                  <input
                    type="radio"
                    name="plan"
                    value={offer.plan}
                    defaultChecked={offer.plan === defaultPlan}
                    disabled={!offer.fits}
                    className="h-4 w-4 accent-brand-700 focus:outline-none"
                  />
                  {t(`billing.plans.names.${offer.plan}`)}
                </span>
                <span>{t(`billing.plans.descriptions.${offer.plan}`)}</span>
                <span>{t(`billing.plans.quantity.${offer.seatBasis}`, { quantity: offer.quantity })}</span>
                {offer.fits ? null : (
                  <span className="font-medium text-red-700">{t('billing.plans.outgrown')}</span>
                )}
              </label>
            ))}
          </div>
          {result?.fieldErrors.plan ? (
            <p id="plan-error" className="mt-1.5 text-sm font-medium text-red-700">
              {result.fieldErrors.plan}
            </p>
          ) : null}
        </fieldset>
        {result?.formError ? <Alert>{result.formError}</Alert> : null}
        <SubmitButton pending={pending} pendingLabel={t('billing.plans.pending')}>
          {t('billing.plans.submit')}
        </SubmitButton>
      </Form>
    </Card>
  );
}

function ManageCard() {
  const navigation = useNavigation();
  const pending = navigation.state !== 'idle' && navigation.formData?.get('intent') === 'portal';
  return (
    <Card as="section" aria-labelledby="billing-manage-title" className="space-y-4">
      <h2 id="billing-manage-title" className="text-xl font-semibold text-slate-900">
        {t('billing.manage.title')}
      </h2>
      <p className="text-slate-700">{t('billing.manage.body')}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="portal" />
        <SubmitButton variant="secondary" pending={pending} pendingLabel={t('billing.manage.pending')}>
          {t('billing.manage.submit')}
        </SubmitButton>
      </Form>
    </Card>
  );
}

/** The owner's billing page: the trial or subscription, choosing a plan (Checkout), and the portal. */
export default function BillingPage() {
  const { organization, overview, checkout, timeZone } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        title={t('billing.title')}
        description={t('billing.intro', { organization: organization.name })}
      />
      {overview.configured ? null : <Alert tone="info">{t('billing.notConfigured')}</Alert>}
      {checkout === 'done' ? <Alert tone="success">{t('billing.checkoutDone')}</Alert> : null}
      {checkout === 'canceled' ? <Alert tone="info">{t('billing.checkoutCanceled')}</Alert> : null}
      <StatusCard overview={overview} timeZone={timeZone} />
      {overview.canSubscribe ? <PlanForm overview={overview} /> : null}
      {overview.canManage ? <ManageCard /> : null}
    </div>
  );
}
