import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { requireMembership } from '~/auth/viewer.server';
import { RouteError } from '~/components/RouteError';
import { TemplateForm, emptyDraft } from '~/coach/TemplateForm';
import { saveTemplate } from '~/coach/exercises.server';
import { COACHING_ROLES } from '~/coach/roles';
import { PageHeader } from '~/components/ui';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction = () => [
  { title: `${t('exercises.form.newTitle')} · ${t('common.appName')}` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  return { base: `/app/${organization.slug}` };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  return saveTemplate(request, organization, null);
}

export default function NewExercise() {
  const { base } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() ?? null;
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader title={t('exercises.form.newTitle')} description={t('exercises.form.intro')} />
      <TemplateForm initial={emptyDraft} failure={failure} cancelTo={`${base}/exercises`} />
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
