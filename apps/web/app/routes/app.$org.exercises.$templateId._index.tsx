import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { RouteError } from '~/components/RouteError';
import { loadAssignableClients, loadTemplate, templateAction } from '~/coach/exercises.server';
import { COACHING_ROLES } from '~/coach/roles';
import { textLinkClasses } from '~/components/AuthPanel';
import { Alert, Badge, Card, ConfirmDialog, LinkButton, SubmitButton, TextField } from '~/components/ui';
import { useSubmitting } from '~/forms/pending';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.template.title} · ${t('common.appName')}` : t('common.appName') },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  try {
    const [template, clients] = await Promise.all([
      loadTemplate(request, organization.slug, params.templateId ?? ''),
      loadAssignableClients(request, organization.slug),
    ]);
    return { base: `/app/${organization.slug}`, template, clients };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  return templateAction(request, organization, params.templateId ?? '');
}

/** One exercise: its prompts, and the form that assigns it to one or several clients. */
export default function ExerciseTemplatePage() {
  const { base, template, clients } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const assigning = useSubmitting('assign');
  const cloning = useSubmitting('clone');
  const archiving = useSubmitting('archive');
  const failure = result && 'fieldErrors' in result ? result : null;
  const templatePath = `${base}/exercises/${encodeURIComponent(template.id)}`;
  return (
    <div className="mx-auto max-w-5xl space-y-8 px-4 py-8 sm:px-6 sm:py-12">
      <Link to={`${base}/exercises`} className={textLinkClasses}>
        {t('exercises.template.back')}
      </Link>
      <header className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="max-w-3xl">
          <p className="flex flex-wrap gap-2 text-sm text-slate-700">
            {template.builtIn ? <Badge tone="brand">{t('exercises.builtIn')}</Badge> : null}
            <span className="py-1">{t('exercises.minutes', { minutes: template.estimatedMinutes })}</span>
          </p>
          <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">{template.title}</h1>
          <p className="mt-2 text-lg text-slate-600">{template.purpose}</p>
        </div>
        <div className="flex flex-wrap gap-3">
          {template.builtIn ? null : (
            <LinkButton to={`${templatePath}/edit`} variant="secondary">
              {t('exercises.template.edit')}
            </LinkButton>
          )}
          <Form method="post">
            <input type="hidden" name="intent" value="clone" />
            <SubmitButton variant="secondary" pending={cloning} pendingLabel={t('coachForms.saving')}>
              {t('exercises.template.clone')}
            </SubmitButton>
          </Form>
          {template.builtIn ? null : (
            <ConfirmDialog
              trigger={t('exercises.template.archive')}
              title={t('exercises.template.archiveTitle')}
              body={t('exercises.template.archiveBody')}
              cancelLabel={t('common.cancel')}
            >
              {(close) => (
                <Form method="post" onSubmit={close}>
                  <input type="hidden" name="intent" value="archive" />
                  <SubmitButton
                    variant="danger"
                    pending={archiving}
                    pendingLabel={t('coachForms.saving')}
                    className="w-full sm:w-auto"
                  >
                    {t('exercises.template.archiveConfirm')}
                  </SubmitButton>
                </Form>
              )}
            </ConfirmDialog>
          )}
        </div>
      </header>
      {params.get('saved') && !result ? <Alert tone="success">{t('exercises.saved')}</Alert> : null}
      {template.builtIn ? (
        <p className="text-sm text-slate-600">{t('exercises.template.cloneHint')}</p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card as="section" aria-labelledby="prompts-title" className="sm:p-6">
          <h2 id="prompts-title" className="text-xl font-semibold text-slate-900">
            {t('exercises.template.promptsTitle')}
          </h2>
          <ol className="mt-4 list-decimal space-y-4 pl-5">
            {template.prompts.map((prompt) => (
              <li key={prompt.key} className="text-slate-900">
                <p className="font-medium">{prompt.label}</p>
                {prompt.help ? <p className="text-sm text-slate-600">{prompt.help}</p> : null}
                <p className="mt-1 flex flex-wrap gap-2 text-xs text-slate-700">
                  <Badge className="px-2 py-0.5 text-xs">{t(`labels.promptType.${prompt.type}`)}</Badge>
                  <span className="py-0.5">
                    {prompt.required ? t('exercises.template.required') : t('exercises.template.optional')}
                  </span>
                </p>
                {prompt.options?.length ? (
                  <p className="mt-1 text-sm text-slate-600">
                    {t('exercises.template.options', { options: prompt.options.join(' · ') })}
                  </p>
                ) : null}
                {prompt.type === 'SCALE' ? (
                  <p className="mt-1 text-sm text-slate-600">
                    {t('exercises.template.scale', {
                      min: prompt.minLabel ?? '1',
                      max: prompt.maxLabel ?? '5',
                    })}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </Card>

        <Card as="section" aria-labelledby="assign-title" className="self-start sm:p-6">
          <h2 id="assign-title" className="text-xl font-semibold text-slate-900">
            {t('exercises.assign.title')}
          </h2>
          {result && 'success' in result ? (
            <Alert tone="success" className="mt-4">
              {result.success}
            </Alert>
          ) : null}
          {failure?.formError ? <Alert className="mt-4">{failure.formError}</Alert> : null}
          {clients.length ? (
            <Form
              method="post"
              className="mt-4 space-y-5"
              key={result && 'success' in result ? result.success : 'form'}
            >
              <input type="hidden" name="intent" value="assign" />
              <fieldset aria-describedby={failure?.fieldErrors.clientIds ? 'clients-error' : 'clients-hint'}>
                <legend className="text-sm font-semibold text-slate-900">
                  {t('exercises.assign.clients')}
                </legend>
                <p id="clients-hint" className="mt-1 text-sm text-slate-600">
                  {t('exercises.assign.clientsHint')}
                </p>
                <ul className="mt-2 max-h-72 space-y-1 overflow-y-auto rounded-lg p-1 ring-1 ring-slate-200">
                  {clients.map((client) => (
                    <li key={client.id}>
                      <label className="flex cursor-pointer items-center gap-3 rounded-md px-2 py-2 text-sm text-slate-900 hover:bg-slate-50">
                        <input
                          type="checkbox"
                          name="clientIds"
                          value={client.id}
                          className="h-4 w-4 accent-brand-700"
                        />
                        {client.name}
                      </label>
                    </li>
                  ))}
                </ul>
                {failure?.fieldErrors.clientIds ? (
                  <p id="clients-error" className="mt-1.5 text-sm font-medium text-red-700">
                    {failure.fieldErrors.clientIds}
                  </p>
                ) : null}
              </fieldset>
              <TextField
                label={t('exercises.assign.dueOn')}
                name="dueOn"
                type="date"
                error={failure?.fieldErrors.dueOn}
              />
              <SubmitButton pending={assigning} pendingLabel={t('coachForms.saving')}>
                {t('exercises.assign.submit')}
              </SubmitButton>
            </Form>
          ) : (
            <p className="mt-4 text-sm text-slate-600">{t('exercises.assign.noClients')}</p>
          )}
        </Card>
      </div>
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
