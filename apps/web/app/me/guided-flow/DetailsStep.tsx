import { Alert, ChoiceField, SelectField, SubmitButton } from '~/components/ui';
import { RejectedOnAndStageFields } from '~/me/RejectedOnAndStageFields';
import { useSubmitting } from '~/forms/pending';
import { t } from '~/i18n/i18n';
import { suggestedRejectionStage } from '~/me/rejection-flow';
import type { EmailReading, FlowFailure } from '~/me/rejection-flow.server';
import { ENDED_BY, REJECTION_REASONS } from '~/graphql/enums';
import type { FlowPageData } from './flow-page';
import { StepForm } from './StepForm';

export function DetailsStep({
  data,
  failure,
  suggestion,
}: {
  data: FlowPageData;
  failure?: FlowFailure;
  suggestion: EmailReading | null;
}) {
  const submitting = useSubmitting();
  const { application, today } = data;
  const errors = failure?.fieldErrors ?? {};
  const stageDefault =
    suggestion?.stage ??
    suggestedRejectionStage(application.furthestStage, application.furthestInterviewRound);
  return (
    <StepForm
      step="details"
      draftKey={`flow:${application.id}:details`}
      title={t('me.flow.details.title')}
      intro={
        suggestion?.phrase && !suggestion.unclear ? (
          <Alert tone="info">
            {t(
              suggestion.confidence === 'HIGH'
                ? 'me.flow.details.suggestionSure'
                : suggestion.confidence === 'NONE'
                  ? 'me.flow.details.suggestionUnsure'
                  : 'me.flow.details.suggestion',
              { phrase: `“${suggestion.phrase}”` },
            )}
          </Alert>
        ) : null
      }
      failure={failure}
      actions={
        <SubmitButton pending={submitting} pendingLabel={t('me.flow.pending')}>
          {t('me.flow.details.submit')}
        </SubmitButton>
      }
    >
      {(values) => (
        <>
          <input type="hidden" name="applicationVersion" value={application.version} />
          <RejectedOnAndStageFields
            today={today}
            rejectedOn={values?.rejectedOn ?? today}
            stage={values?.stageReached ?? stageDefault}
            stageHint={
              suggestion?.stagePhrase
                ? t('me.fromEmail.fromWords', { phrase: suggestion.stagePhrase })
                : undefined
            }
            errors={errors}
          />
          <ChoiceField
            legend={t('me.flow.details.endedBy')}
            name="endedBy"
            defaultValue={values?.endedBy ?? 'EMPLOYER'}
            options={ENDED_BY.map((value) => ({ value, label: t(`me.endedBy.${value}`) }))}
            error={errors.endedBy}
          />
          <SelectField
            label={t('me.flow.details.reason')}
            hint={t('me.flow.details.reasonHint')}
            name="employerReason"
            defaultValue={values?.employerReason ?? suggestion?.reason ?? 'UNKNOWN'}
            options={REJECTION_REASONS.map((reason) => ({ value: reason, label: t(`me.reasons.${reason}`) }))}
            error={errors.employerReason}
          />
          <label className="flex items-start gap-3 text-sm font-medium text-slate-900">
            <input
              type="checkbox"
              name="automated"
              defaultChecked={values ? values.automated === 'on' : Boolean(suggestion?.automated)}
              className="mt-0.5 h-4 w-4 accent-brand-700"
            />
            {t('me.flow.details.automated')}
          </label>
        </>
      )}
    </StepForm>
  );
}
