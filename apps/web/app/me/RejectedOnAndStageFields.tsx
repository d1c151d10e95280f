import { SelectField, TextField } from '~/components/ui';
import { REJECTION_STAGES } from '~/graphql/enums';
import { t } from '~/i18n/i18n';

/**
 * When the rejection came and how far the person got: the first two questions of recording a rejection,
 * asked the same way by the guided flow and by the page that starts from an email.
 */
export function RejectedOnAndStageFields({
  today,
  rejectedOn,
  stage,
  stageHint,
  errors,
}: {
  /** The latest date allowed, `YYYY-MM-DD` in the reader's time zone. */
  today: string;
  rejectedOn: string;
  stage: string;
  stageHint?: string;
  errors: { rejectedOn?: string; stageReached?: string };
}) {
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <TextField
        label={t('me.rejectionFields.rejectedOn')}
        name="rejectedOn"
        type="date"
        max={today}
        required
        defaultValue={rejectedOn}
        error={errors.rejectedOn}
      />
      <SelectField
        label={t('me.rejectionFields.stageReached')}
        hint={stageHint}
        name="stageReached"
        defaultValue={stage}
        options={REJECTION_STAGES.map((value) => ({ value, label: t(`labels.rejectionStage.${value}`) }))}
        error={errors.stageReached}
      />
    </div>
  );
}
