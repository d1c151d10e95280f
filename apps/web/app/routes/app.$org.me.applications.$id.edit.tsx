import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { apiFailure } from '~/auth/viewer.server';
import { PageHeader } from '~/components/ui';
import { formatDate } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { ApplicationForm } from '~/me/ApplicationForm';
import { loadApplication, updateApplicationAction } from '~/me/applications.server';
import { requireClientWorkspace } from '~/me/workspace.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? t('me.applications.form.editMetaTitle', { company: data.application.company })
      : t('common.appName'),
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  try {
    const application = await loadApplication(request, workspace, params.id!);
    return { base: workspace.base, application, timeZone: timeZoneOf(request) };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return updateApplicationAction(request, workspace, params.id!);
}

export default function EditApplication() {
  const { base, application, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="space-y-8">
      <PageHeader title={t('me.applications.form.editTitle', { company: application.company })} />
      <ApplicationForm
        defaults={{
          company: application.company,
          roleTitle: application.roleTitle,
          source: application.source,
          appliedOn: application.appliedOn,
          postingUrl: application.postingUrl ?? '',
        }}
        version={application.version}
        result={result}
        submitLabel={t('me.applications.form.submitEdit')}
        cancelTo={`${base}/applications`}
      />
      <section aria-labelledby="history-title" className="max-w-2xl">
        <h2 id="history-title" className="text-lg font-semibold text-slate-900">
          {t('me.applications.form.historyTitle')}
        </h2>
        <ol className="mt-3 space-y-2 border-l-2 border-slate-200 pl-4">
          {application.stageHistory.map((event) => (
            <li key={event.id} className="text-slate-700">
              {t('me.applications.form.history', {
                stage:
                  event.toStage === 'INTERVIEW'
                    ? t('me.applications.interviewRound', { round: event.interviewRound ?? 1 })
                    : t(`labels.applicationStage.${event.toStage}`),
                date: formatDate(event.changedAt, timeZone, defaultLocale),
              })}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
