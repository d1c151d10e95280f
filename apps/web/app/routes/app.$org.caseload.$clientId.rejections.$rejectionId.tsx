import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { data } from '@remix-run/node';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { RouteError } from '~/components/RouteError';
import { loadRejection, rejectionAction } from '~/coach/client.server';
import { formatDay } from '~/coach/format';
import { COACHING_ROLES } from '~/coach/roles';
import { REJECTION_REASONS } from '~/graphql/enums';
import { textLinkClasses } from '~/components/AuthPanel';
import { Alert, Card, SelectField, SubmitButton, TextAreaField } from '~/components/ui';

import { useSubmitting } from '~/forms/pending';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? t('rejectionDetail.metaTitle', { company: data.rejection.application.company })
      : t('common.appName'),
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  try {
    const rejection = await loadRejection(request, organization.slug, params.rejectionId ?? '');
    // The address names the client: a rejection of someone else is not found here.
    if (rejection.clientId !== params.clientId) throw data(null, { status: 404, statusText: 'Not Found' });
    return { base: `/app/${organization.slug}`, rejection };
  } catch (error) {
    if (error instanceof Response) throw error;
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  return rejectionAction(request, organization, params.rejectionId ?? '');
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-semibold text-slate-900">{term}</dt>
      <dd className="mt-1 text-sm whitespace-pre-line text-slate-700 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

/** One rejection in full, with the coach's tag and private notes. */
export default function RejectionDetail() {
  const { base, rejection } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const saving = useSubmitting('saveCoachView');
  const { application } = rejection;
  const failure = result && 'fieldErrors' in result ? result : null;
  const reason = (value: (typeof REJECTION_REASONS)[number] | null | undefined) =>
    value ? t(`labels.reason.${value}`) : t('rejectionDetail.notGiven');
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-8 sm:px-6 sm:py-12">
      <Link to={`${base}/caseload/${application.client.id}`} className={textLinkClasses}>
        {t('rejectionDetail.back', { name: application.client.name })}
      </Link>
      <header>
        <p className="text-sm font-semibold text-brand-700">{application.client.name}</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">
          {t('rejectionDetail.title', { company: application.company, role: application.roleTitle })}
        </h1>
      </header>
      <Card as="section" aria-labelledby="facts-title">
        <h2 id="facts-title" className="text-lg font-semibold text-slate-900">
          {t('rejectionDetail.facts')}
        </h2>
        <dl className="mt-3 divide-y divide-slate-100">
          <Fact term={t('rejectionDetail.appliedOn')}>{formatDay(application.appliedOn)}</Fact>
          <Fact term={t('rejectionDetail.rejectedOn')}>{formatDay(rejection.rejectedOn)}</Fact>
          <Fact term={t('rejectionDetail.stageReached')}>
            {t(`labels.rejectionStage.${rejection.stageReached}`)}
          </Fact>
          <Fact term={t('rejectionDetail.endedBy')}>{t(`labels.endedBy.${rejection.endedBy}`)}</Fact>
          <Fact term={t('rejectionDetail.automated')}>
            {rejection.automated ? t('rejectionDetail.automatedYes') : t('rejectionDetail.automatedNo')}
          </Fact>
          <Fact term={t('rejectionDetail.employerReason')}>{reason(rejection.employerReason)}</Fact>
          <Fact term={t('rejectionDetail.clientViewReason')}>{reason(rejection.clientViewReason)}</Fact>
          <Fact term={t('rejectionDetail.effectiveReason')}>{reason(rejection.effectiveReason)}</Fact>
          <Fact term={t('rejectionDetail.feedbackSource')}>
            {t(`labels.feedbackSource.${rejection.feedbackSource}`)}
          </Fact>
          <Fact term={t('rejectionDetail.feedbackText')}>
            {rejection.feedbackText || t('rejectionDetail.none')}
          </Fact>
          <Fact term={t('rejectionDetail.clientNotes')}>
            {rejection.clientNotes || t('rejectionDetail.none')}
          </Fact>
          <Fact term={t('rejectionDetail.checkIn')}>
            {rejection.checkIn
              ? t('rejectionDetail.checkInValue', { value: rejection.checkIn })
              : t('rejectionDetail.none')}
          </Fact>
        </dl>
      </Card>
      {rejection.feedbackRequests.length ? (
        <Card as="section" aria-labelledby="requests-title">
          <h2 id="requests-title" className="text-lg font-semibold text-slate-900">
            {t('rejectionDetail.feedbackRequests')}
          </h2>
          <ul className="mt-3 space-y-3 text-sm">
            {rejection.feedbackRequests.map((request) => (
              <li key={request.id} className="rounded-lg bg-slate-50 p-3">
                <p className="font-medium text-slate-900">
                  {t(`labels.feedbackSource.${request.recipientRole}`)} ·{' '}
                  {t(`labels.feedbackStatus.${request.status}`)}
                  {request.sentOn ? ` · ${formatDay(request.sentOn)}` : ''}
                </p>
                {request.answerText ? (
                  <p className="mt-1 whitespace-pre-line text-slate-700">{request.answerText}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card as="section" aria-labelledby="coach-view-title">
        <h2 id="coach-view-title" className="text-lg font-semibold text-slate-900">
          {t('rejectionDetail.coachView')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('rejectionDetail.coachViewIntro')}</p>
        <Form method="post" className="mt-4 space-y-4" key={rejection.version}>
          <input type="hidden" name="intent" value="saveCoachView" />
          <input type="hidden" name="version" value={rejection.version} />
          {failure?.formError ? <Alert>{failure.formError}</Alert> : null}
          {result && 'success' in result ? <Alert tone="success">{result.success}</Alert> : null}
          <SelectField
            label={t('rejectionDetail.coachTag')}
            name="coachTag"
            defaultValue={rejection.coachTag ?? ''}
            error={failure?.fieldErrors.coachTag}
            options={[
              { value: '', label: t('rejectionDetail.coachTagNone') },
              ...REJECTION_REASONS.map((value) => ({ value, label: t(`labels.reason.${value}`) })),
            ]}
          />
          <TextAreaField
            label={t('rejectionDetail.coachPrivateNotes')}
            name="coachPrivateNotes"
            rows={5}
            defaultValue={rejection.coachPrivateNotes ?? ''}
            error={failure?.fieldErrors.coachPrivateNotes}
          />
          <SubmitButton pending={saving} pendingLabel={t('coachForms.saving')}>
            {t('rejectionDetail.save')}
          </SubmitButton>
        </Form>
      </Card>
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <RouteError />
    </div>
  );
}
