import { SubmitButton, TextAreaField } from '~/components/ui';
import { useSubmitting } from '~/forms/pending';
import { t } from '~/i18n/i18n';
import type { FlowFailure } from '~/me/rejection-flow.server';
import type { FlowPageData } from './flow-page';
import { StepForm } from './StepForm';

export function EmailStep({ data, failure }: { data: FlowPageData; failure?: FlowFailure }) {
  const submitting = useSubmitting();
  return (
    <StepForm
      step="email"
      draftKey={`flow:${data.application.id}:email`}
      title={t('me.flow.email.title')}
      intro={<p>{t('me.flow.email.body')}</p>}
      failure={failure}
      actions={
        <SubmitButton pending={submitting} pendingLabel={t('me.flow.pending')}>
          {t('me.flow.email.submit')}
        </SubmitButton>
      }
    >
      {(values) => (
        <TextAreaField
          label={t('me.flow.email.label')}
          name="emailText"
          rows={10}
          defaultValue={values?.emailText ?? ''}
          error={failure?.fieldErrors.emailText}
        />
      )}
    </StepForm>
  );
}
