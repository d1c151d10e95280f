import { SelectField, TextAreaField } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { parseReflection } from '~/me/rejection-flow';
import type { FlowFailure } from '~/me/rejection-flow.server';
import { REJECTION_REASONS } from '~/graphql/enums';
import type { FlowPageData } from './flow-page';
import { SaveOrSkip, StepForm } from './StepForm';

export function ReflectionStep({ data, failure }: { data: FlowPageData; failure?: FlowFailure }) {
  const rejection = data.application.rejection!;
  const saved = parseReflection(rejection.clientNotes);
  const errors = failure?.fieldErrors ?? {};
  return (
    <StepForm
      step="reflection"
      draftKey={`flow:${data.application.id}:reflection`}
      title={t('me.flow.reflection.title')}
      intro={<p>{t('me.flow.reflection.body')}</p>}
      failure={failure}
      actions={<SaveOrSkip label={t('me.flow.reflection.submit')} />}
    >
      {(values) => (
        <>
          <TextAreaField
            label={t('me.flow.reflection.whatHappened')}
            name="whatHappened"
            rows={4}
            required
            defaultValue={values?.whatHappened ?? saved.whatHappened}
            error={errors.whatHappened}
          />
          <TextAreaField
            label={t('me.flow.reflection.wentWell')}
            hint={t('me.flow.reflection.wentWellHint')}
            name="wentWell"
            rows={3}
            required
            defaultValue={values?.wentWell ?? saved.wentWell}
            error={errors.wentWell}
          />
          <TextAreaField
            label={t('me.flow.reflection.offTrack')}
            name="offTrack"
            rows={3}
            required
            defaultValue={values?.offTrack ?? saved.offTrack}
            error={errors.offTrack}
          />
          <SelectField
            label={t('me.flow.reflection.ownView')}
            name="clientViewReason"
            defaultValue={values?.clientViewReason ?? rejection.clientViewReason ?? ''}
            options={[
              { value: '', label: t('me.flow.reflection.ownViewNone') },
              ...REJECTION_REASONS.filter((reason) => reason !== 'UNKNOWN').map((reason) => ({
                value: reason,
                label: t(`me.reasons.${reason}`),
              })),
            ]}
            error={errors.clientViewReason}
          />
        </>
      )}
    </StepForm>
  );
}
