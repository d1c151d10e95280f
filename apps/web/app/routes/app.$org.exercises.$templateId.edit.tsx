import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { RouteError } from '~/components/RouteError';
import { TemplateForm, draftOf } from '~/coach/TemplateForm';
import { loadTemplate, saveTemplate } from '~/coach/exercises.server';
import { COACHING_ROLES } from '~/coach/roles';
import { PageHeader } from '~/components/ui';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  {
    title: loaded
      ? `${t('exercises.form.editTitle', { title: loaded.template.title })} · ${t('common.appName')}`
      : t('common.appName'),
  },
];

async function editableTemplate(request: Request, org: string, id: string) {
  try {
    const template = await loadTemplate(request, org, id);
    // Built-in exercises are copied, never edited.
    if (template.builtIn) throw data(null, { status: 404, statusText: 'Not Found' });
    return template;
  } catch (error) {
    if (error instanceof Response) throw error;
    return apiFailure(error, request);
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  const template = await editableTemplate(request, organization.slug, params.templateId ?? '');
  return { base: `/app/${organization.slug}`, template };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  const template = await editableTemplate(request, organization.slug, params.templateId ?? '');
  return saveTemplate(request, organization, template.id);
}

export default function EditExercise() {
  const { base, template } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() ?? null;
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        title={t('exercises.form.editTitle', { title: template.title })}
        description={t('exercises.form.intro')}
      />
      <TemplateForm
        key={template.version}
        initial={draftOf(template)}
        version={template.version}
        failure={failure}
        cancelTo={`${base}/exercises/${encodeURIComponent(template.id)}`}
      />
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
