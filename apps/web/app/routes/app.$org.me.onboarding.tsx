import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useFetcher, useLoaderData } from '@remix-run/react';
import { apiFailure } from '~/auth/viewer.server';
import { Alert, Card, PageHeader, SubmitButton, TextAreaField, TextField } from '~/components/ui';
import { formatDate } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { loadOnboarding, onboardingAction, type OnboardingActionResult } from '~/me/onboarding.server';
import { requireClientWorkspace } from '~/me/workspace.server';

export const meta: MetaFunction = () => [{ title: t('agency.onboarding.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  try {
    return { onboarding: await loadOnboarding(request, workspace), timeZone: timeZoneOf(request) };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return onboardingAction(request, workspace);
}

const CHECKLIST_KEYS = ['target_roles', 'locations', 'availability', 'consent'] as const;

function checklistLabel(key: string): string {
  return (CHECKLIST_KEYS as readonly string[]).includes(key)
    ? t(`agency.checklist.${key as (typeof CHECKLIST_KEYS)[number]}`)
    : key;
}

/** The candidate's onboarding checklist: profile, consent, résumé link; the recruiter sees completion. */
export default function OnboardingPage() {
  const { onboarding, timeZone } = useLoaderData<typeof loader>();
  const fetcher = useFetcher<OnboardingActionResult>({ key: 'my-onboarding' });
  const result = fetcher.data;
  const errors = result && !('success' in result) ? result.fieldErrors : {};
  const done = onboarding.checklist.filter((item) => item.done).length;
  const total = onboarding.checklist.length;
  const consentCurrent =
    onboarding.consentVersion === onboarding.currentConsentVersion && onboarding.consentAt;
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader title={t('agency.onboarding.title')} description={t('agency.onboarding.description')} />
      <Card as="section" aria-labelledby="checklist-title">
        <h2 id="checklist-title" className="text-xl font-semibold text-slate-900">
          {t('agency.onboarding.progress', { done, total })}
        </h2>
        <div
          role="progressbar"
          aria-labelledby="checklist-title"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          className="mt-3 h-3 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full bg-brand-600" style={{ width: `${total ? (done / total) * 100 : 0}%` }} />
        </div>
        <ul className="mt-4 space-y-2" data-testid="onboarding-checklist">
          {onboarding.checklist.map((item) => (
            <li key={item.key} className="flex items-center gap-3">
              <span
                aria-hidden="true"
                className={`inline-flex h-6 w-6 items-center justify-center rounded-full text-sm font-bold ${item.done ? 'bg-brand-600 text-white' : 'bg-slate-200 text-slate-600'}`}
              >
                {item.done ? '✓' : ''}
              </span>
              <span className="text-slate-800">{checklistLabel(item.key)}</span>
              <span className="text-sm text-slate-600">
                ({item.done ? t('agency.onboarding.done') : t('agency.onboarding.todo')})
              </span>
            </li>
          ))}
        </ul>
        {done === total ? (
          <Alert tone="success" className="mt-4">
            {t('agency.onboarding.complete')}
          </Alert>
        ) : null}
      </Card>

      <Card>
        <fetcher.Form method="post" className="space-y-5" noValidate>
          <input type="hidden" name="version" value={onboarding.version} />
          <div aria-live="polite" className="empty:hidden">
            {result && fetcher.state === 'idle' ? (
              'success' in result ? (
                <Alert tone="success">{result.success}</Alert>
              ) : result.formError ? (
                <Alert>{result.formError}</Alert>
              ) : null
            ) : null}
          </div>
          <TextAreaField
            label={t('agency.onboarding.targetRoles')}
            hint={t('agency.onboarding.targetRolesHint')}
            name="targetRoles"
            rows={2}
            defaultValue={onboarding.targetRoles.join('\n')}
            error={errors.targetRoles}
          />
          <TextAreaField
            label={t('agency.onboarding.locations')}
            hint={t('agency.onboarding.locationsHint')}
            name="locations"
            rows={2}
            defaultValue={onboarding.locations.join('\n')}
            error={errors.locations}
          />
          <TextField
            label={t('agency.onboarding.availability')}
            hint={t('agency.onboarding.availabilityHint')}
            name="availability"
            defaultValue={onboarding.availability ?? ''}
            error={errors.availability}
          />
          <TextField
            label={t('agency.onboarding.workAuthorization')}
            hint={t('agency.onboarding.workAuthorizationHint')}
            name="workAuthorization"
            defaultValue={onboarding.workAuthorization ?? ''}
            error={errors.workAuthorization}
          />
          <TextField
            label={t('agency.onboarding.resumeUrl')}
            name="resumeUrl"
            type="url"
            defaultValue={onboarding.resumeUrl ?? ''}
            error={errors.resumeUrl}
          />
          <fieldset className="space-y-3 rounded-xl p-4 ring-1 ring-slate-200">
            <legend className="px-1 text-sm font-semibold text-slate-900">
              {t('agency.onboarding.consentTitle')}
            </legend>
            <p id="consent-text" className="text-sm whitespace-pre-line text-slate-700">
              {onboarding.consentText}
            </p>
            {consentCurrent && onboarding.consentAt ? (
              <p className="text-sm text-slate-600">
                {t('agency.onboarding.consented', {
                  version: onboarding.consentVersion ?? '',
                  date: formatDate(onboarding.consentAt, timeZone, defaultLocale),
                })}
              </p>
            ) : onboarding.consentAt ? (
              <p className="text-sm text-slate-700">{t('agency.onboarding.consentUpdated')}</p>
            ) : null}
            <label className="flex items-center gap-3 text-slate-800">
              <input
                type="checkbox"
                name="consent"
                defaultChecked={Boolean(consentCurrent)}
                aria-describedby="consent-text"
                className="h-5 w-5 rounded border-slate-400 text-brand-600 focus:ring-brand-600"
              />
              {t('agency.onboarding.consent')}
            </label>
            {errors.consent ? <p className="text-sm font-medium text-red-700">{errors.consent}</p> : null}
          </fieldset>
          <SubmitButton pending={fetcher.state !== 'idle'} pendingLabel={t('me.common.saving')}>
            {t('agency.onboarding.save')}
          </SubmitButton>
        </fetcher.Form>
      </Card>
    </div>
  );
}
