import { Form } from '@remix-run/react';
import { useState } from 'react';
import { Card, SubmitButton } from '~/components/ui';
import { useSubmitting } from '~/forms/pending';
import { t } from '~/i18n/i18n';
import type { FlowFailure } from '~/me/rejection-flow.server';
import { FeedbackFields } from './FeedbackFields';
import type { FlowPageData } from './flow-page';
import { StepForm } from './StepForm';

export function FeedbackStep({ data, failure }: { data: FlowPageData; failure?: FlowFailure }) {
  const submitting = useSubmitting();
  const rejection = data.application.rejection!;
  const existing = rejection.latestFeedbackRequest;
  if (existing) {
    return (
      <Card as="section" aria-labelledby="step-title">
        <h2 id="step-title" className="text-2xl font-semibold text-slate-900">
          {t('me.flow.feedback.title')}
        </h2>
        <p className="mt-3 text-slate-700">
          {t('me.flow.feedback.existing', {
            recipient: existing.recipientName ?? t(`me.recipients.${existing.recipientRole}`),
            status: t(`me.feedbackStatus.${existing.status}`),
          })}
        </p>
        <Form method="post" className="mt-6">
          <input type="hidden" name="step" value="feedback" />
          <input type="hidden" name="decision" value="skip" />
          <SubmitButton pending={submitting} pendingLabel={t('me.flow.pending')}>
            {t('me.flow.next')}
          </SubmitButton>
        </Form>
      </Card>
    );
  }
  return <FeedbackDecision data={data} failure={failure} suggested={rejection.feedbackRequestSuggested} />;
}

function FeedbackDecision({
  data,
  failure,
  suggested,
}: {
  data: FlowPageData;
  failure?: FlowFailure;
  suggested: boolean;
}) {
  const submitting = useSubmitting();
  // After human contact asking is worth it: the message comes ready, so "yes" is chosen for them.
  const [asking, setAsking] = useState<boolean | null>(suggested ? true : null);
  return (
    <StepForm
      step="feedback"
      draftKey={`flow:${data.application.id}:feedback`}
      title={t('me.flow.feedback.title')}
      intro={<p>{suggested ? t('me.flow.feedback.suggested') : t('me.flow.feedback.notSuggested')}</p>}
      failure={failure}
      actions={
        (asking ?? failure?.values.ask === 'yes') ? (
          <>
            <SubmitButton
              name="decision"
              value="sent"
              pending={submitting}
              pendingLabel={t('me.flow.pending')}
            >
              {t('me.flow.feedback.sent')}
            </SubmitButton>
            <SubmitButton
              name="decision"
              value="later"
              variant="secondary"
              pending={submitting}
              pendingLabel={t('me.flow.pending')}
            >
              {t('me.flow.feedback.later')}
            </SubmitButton>
          </>
        ) : (
          <SubmitButton name="decision" value="skip" pending={submitting} pendingLabel={t('me.flow.pending')}>
            {t('me.flow.next')}
          </SubmitButton>
        )
      }
    >
      {(values) => {
        const ask = asking ?? (values?.ask ? values.ask === 'yes' : null);
        return (
          <>
            <input type="hidden" name="requestId" value={data.requestId} />
            <fieldset>
              <legend className="text-sm font-semibold text-slate-900">
                {t('me.flow.feedback.decision')}
              </legend>
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                {(['yes', 'no'] as const).map((choice) => (
                  <label
                    key={choice}
                    className="flex cursor-pointer items-center gap-3 rounded-lg bg-white px-3 py-2.5 text-sm font-medium text-slate-900 ring-1 ring-slate-300 ring-inset has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600"
                  >
                    <input
                      type="radio"
                      name="ask"
                      value={choice}
                      defaultChecked={ask === (choice === 'yes')}
                      onChange={() => setAsking(choice === 'yes')}
                      className="h-4 w-4 accent-brand-700"
                    />
                    {choice === 'yes' ? t('me.flow.feedback.yes') : t('me.flow.feedback.no')}
                  </label>
                ))}
              </div>
            </fieldset>
            {ask ? (
              <>
                <FeedbackFields data={data} values={values} failure={failure} />
                <p className="text-sm text-slate-600">{t('me.flow.feedback.sentHint')}</p>
              </>
            ) : null}
          </>
        );
      }}
    </StepForm>
  );
}
