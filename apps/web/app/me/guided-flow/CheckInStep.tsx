import { ChoiceField } from '~/components/ui';
import { t } from '~/i18n/i18n';
import type { FlowFailure } from '~/me/rejection-flow.server';
import type { FlowPageData } from './flow-page';
import { SaveOrSkip, StepForm } from './StepForm';

export function CheckInStep({ data, failure }: { data: FlowPageData; failure?: FlowFailure }) {
  const rejection = data.application.rejection!;
  return (
    <StepForm
      step="check-in"
      draftKey={`flow:${data.application.id}:check-in`}
      title={t('me.flow.checkIn.title')}
      intro={<p>{t('me.flow.checkIn.body')}</p>}
      failure={failure}
      actions={<SaveOrSkip label={t('me.flow.checkIn.submit')} />}
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
