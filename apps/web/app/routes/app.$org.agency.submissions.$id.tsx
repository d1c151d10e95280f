import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { newRequestId, requireAgency } from '~/agency/agency.server';
import { ENDED_STAGES, recordOutcomeSchema } from '~/agency/pipeline-schemas';
import { addEmployerContact, loadSubmission, moveSubmission } from '~/agency/pipeline.server';
import { apiFailure } from '~/auth/viewer.server';
import { Alert, Card, LinkButton, PageHeader, SelectField, SubmitButton, TextField } from '~/components/ui';
import { parseForm, type FormFailure } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { formatDay } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { RECORDABLE_SUBMISSION_STAGES, REJECTION_REASONS } from '~/graphql/enums';

export const meta: MetaFunction = () => [{ title: t('agency.pipeline.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  try {
    const { submission, contacts } = await loadSubmission(agency, params.id ?? '');
    const saved = new URL(request.url).searchParams.get('saved');
    return { base: agency.base, submission, contacts, saved: saved === '1', requestId: newRequestId() };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  const parsed = parseForm(recordOutcomeSchema, await request.formData());
  if (!parsed.ok) return invalid(parsed);
  const { requestId, newContact, contactId, ...outcome } = parsed.data;
  const id = params.id ?? '';
  try {
    let contact = contactId;
    if (newContact && !contactId) {
      // The form's id makes the new contact once, even when the form is sent twice.
      const { submission } = await loadSubmission(agency, id);
      contact = await addEmployerContact(agency, {
        id: requestId,
        employerId: submission.employer.id,
        name: newContact,
      });
    }
    await moveSubmission(agency, { ...outcome, id, contactId: contact });
  } catch (error) {
    return failedForm(
      error,
      ['stage', 'reason', 'interviewRound', 'contactId', 'decidedOn', 'version'],
      request,
    );
  }
  return redirect(`${agency.base}/submissions/${id}?saved=1`);
}

/** Records what the employer answered for one submission: the next stage, or the end with its reason. */
export default function RecordSubmissionOutcomePage() {
  const { base, submission, contacts, saved, requestId } = useLoaderData<typeof loader>();
  const result = useActionData<FormFailure>();
  const navigation = useNavigation();
  const errors = result?.fieldErrors ?? {};
  const stage =
    submission.stage === 'INTERVIEW' && submission.interviewRound
      ? t('agency.pipeline.stageWithRound', {
          stage: t('agency.pipeline.stages.INTERVIEW'),
          round: submission.interviewRound,
        })
      : t(`agency.pipeline.stages.${submission.stage}`);
  const ended = ENDED_STAGES.includes(submission.stage);
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader
        title={t('agency.pipeline.recordTitle', {
          name: submission.candidateName,
          employer: submission.employer.name,
        })}
        description={t('agency.pipeline.recordDescription', {
          role: submission.application.roleTitle,
          date: formatDay(submission.submittedOn, defaultLocale),
          stage,
        })}
      />
      {saved ? (
        <Alert tone="success">
          {t('agency.pipeline.saved', { stage })}
          {submission.outcomeReason ? ` ${t(`agency.pipeline.reasons.${submission.outcomeReason}`)}.` : ''}
        </Alert>
      ) : null}
      {ended ? (
        <Alert tone="info">{t('agency.pipeline.ended', { stage })}</Alert>
      ) : (
        <Card>
          <Form method="post" className="space-y-5" noValidate>
            {result?.formError ? <Alert>{result.formError}</Alert> : null}
            {errors.version ? <Alert>{errors.version}</Alert> : null}
            <input type="hidden" name="version" value={submission.version} />
            <input type="hidden" name="requestId" value={requestId} />
            <SelectField
              label={t('agency.pipeline.nextStage')}
              name="stage"
              error={errors.stage}
              options={RECORDABLE_SUBMISSION_STAGES.map((value) => ({
                value,
                label: t(`agency.pipeline.stages.${value}`),
              }))}
            />
            <TextField
              label={t('agency.pipeline.interviewRound')}
              hint={t('agency.pipeline.interviewRoundHint')}
              name="interviewRound"
              type="number"
              min={1}
              max={20}
              error={errors.interviewRound}
            />
            <SelectField
              label={t('agency.pipeline.reason')}
              name="reason"
              error={errors.reason}
              options={[
                { value: '', label: t('agency.pipeline.noReason') },
                ...REJECTION_REASONS.map((reason) => ({
                  value: reason,
                  label: t(`agency.pipeline.reasons.${reason}`),
                })),
              ]}
            />
            <SelectField
              label={t('agency.pipeline.contact')}
              name="contactId"
              error={errors.contactId}
              options={[
                { value: '', label: t('agency.pipeline.noContact') },
                ...contacts.map((contact) => ({
                  value: contact.id,
                  label: contact.title ? `${contact.name} (${contact.title})` : contact.name,
                })),
              ]}
            />
            <TextField label={t('agency.pipeline.newContact')} name="newContact" error={errors.newContact} />
            <TextField
              label={t('agency.pipeline.decidedOn')}
              name="decidedOn"
              type="date"
              error={errors.decidedOn}
            />
            <div className="flex flex-wrap gap-3">
              <SubmitButton
                pending={navigation.state === 'submitting'}
                pendingLabel={t('agency.pipeline.save')}
              >
                {t('agency.pipeline.save')}
              </SubmitButton>
              <LinkButton to={`${base}/submissions`} variant="secondary">
                {t('agency.pipeline.back')}
              </LinkButton>
            </div>
          </Form>
        </Card>
      )}
      {ended ? (
        <LinkButton to={`${base}/submissions`} variant="secondary">
          {t('agency.pipeline.back')}
        </LinkButton>
      ) : null}
    </div>
  );
}
