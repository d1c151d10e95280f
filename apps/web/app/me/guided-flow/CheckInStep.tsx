import { ChoiceField, SubmitButton } from '~/components/ui';
import { useSubmitting } from '~/forms/pending';
import { t } from '~/i18n/i18n';
import type { FlowFailure } from '~/me/rejection-flow.server';
import type { FlowPageData } from './flow-page';
import { StepForm } from './StepForm';

export function CheckInStep({ data, failure }: { data: FlowPageData; failure?: FlowFailure }) {
  const submitting = useSubmitting();
  const rejection = data.application.rejection!;
  return (
    <StepForm
      step="check-in"
      draftKey={`flow:${data.application.id}:check-in`}
      title={t('me.flow.checkIn.title')}
      intro={<p>{t('me.flow.checkIn.body')}</p>}
      failure={failure}
      actions={
        <>
          <SubmitButton pending={submitting} pendingLabel={t('me.flow.pending')}>
            {t('me.flow.checkIn.submit')}
          </SubmitButton>
          <SubmitButton
            name="decision"
            value="skip"
            variant="ghost"
            pending={submitting}
            pendingLabel={t('me.flow.pending')}
          >
            {t('me.flow.skipForNow')}
          </SubmitButton>
        </>
      }
    >
      {(values) => (
        <ChoiceField
          legend={t('me.flow.checkIn.legend')}
          name="checkIn"
          defaultValue={values?.checkIn ?? (rejection.checkIn ? String(rejection.checkIn) : undefined)}
          options={(['1', '2', '3', '4', '5'] as const).map((level) => ({
            value: level,
            label: t(`me.flow.checkIn.levels.${level}`),
          }))}
          error={failure?.fieldErrors.checkIn}
        />
      )}
    </StepForm>
  );
}
