import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { PageHeader } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { ApplicationForm } from '~/me/ApplicationForm';
import { createApplicationAction } from '~/me/applications.server';
import { requireClientWorkspace, todayIn } from '~/me/workspace.server';

export const meta: MetaFunction = () => [{ title: t('me.applications.form.newMetaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return { base: workspace.base, today: todayIn(timeZoneOf(request)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return createApplicationAction(request, workspace);
}

export default function NewApplication() {
  const { base, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="space-y-8">
      <PageHeader title={t('me.applications.form.newTitle')} />
      <ApplicationForm
        defaults={{ company: '', roleTitle: '', source: 'JOB_BOARD', appliedOn: today, postingUrl: '' }}
        result={result}
        submitLabel={t('me.applications.form.submitNew')}
        cancelTo={`${base}/applications`}
      />
    </div>
  );
}
