import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { newRequestId, requireAgency, submitCandidate } from '~/agency/agency.server';
import { submitCandidateSchema } from '~/agency/schemas';
import { Alert, Card, LinkButton, PageHeader, SubmitButton, TextAreaField, TextField } from '~/components/ui';
import { parseForm, type FormFailure } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction = () => [{ title: t('agency.submit.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  const name = new URL(request.url).searchParams.get('name') ?? '';
  return { base: agency.base, clientId: params.id ?? '', name, requestId: newRequestId() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  const parsed = parseForm(submitCandidateSchema, await request.formData());
  if (!parsed.ok) return invalid(parsed);
  const { requestId, ...input } = parsed.data;
  try {
    await submitCandidate(agency, { ...input, id: requestId });
  } catch (error) {
    return failedForm(error, ['company', 'roleTitle', 'submittedOn', 'postingUrl', 'note'], request);
  }
  const back = new URLSearchParams({ submitted: input.company });
  return redirect(`${agency.base}/candidates?${back}`);
}

/** Records the agency submitting a candidate to an employer for a role. */
export default function SubmitCandidatePage() {
  const { base, clientId, name, requestId } = useLoaderData<typeof loader>();
  const result = useActionData<FormFailure>();
  const navigation = useNavigation();
  const errors = result?.fieldErrors ?? {};
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t('agency.submit.title', { name: name || '—' })} />
      <Card>
        <Form method="post" className="space-y-5" noValidate>
          {result?.formError ? <Alert>{result.formError}</Alert> : null}
          <input type="hidden" name="clientId" value={clientId} />
          <input type="hidden" name="requestId" value={requestId} />
          <TextField label={t('agency.submit.company')} name="company" required error={errors.company} />
          <TextField
            label={t('agency.submit.roleTitle')}
            name="roleTitle"
            required
            error={errors.roleTitle}
          />
          <TextField
            label={t('agency.submit.submittedOn')}
            name="submittedOn"
            type="date"
            error={errors.submittedOn}
          />
          <TextField
            label={t('agency.submit.postingUrl')}
            name="postingUrl"
            type="url"
            error={errors.postingUrl}
          />
          <TextAreaField label={t('agency.submit.note')} name="note" rows={3} error={errors.note} />
          <div className="flex flex-wrap gap-3">
            <SubmitButton pending={navigation.state === 'submitting'} pendingLabel={t('agency.submit.save')}>
              {t('agency.submit.save')}
            </SubmitButton>
            <LinkButton to={`${base}/candidates`} variant="secondary">
              {t('agency.submit.back')}
            </LinkButton>
          </div>
        </Form>
      </Card>
    </div>
  );
}
