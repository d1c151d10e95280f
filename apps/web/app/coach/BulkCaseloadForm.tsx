import { useFetcher } from '@remix-run/react';
import { FIELD_LIMITS } from '@rebound/domain';
import { Alert, SelectField, SubmitButton, TextField } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { CLIENT_STATUSES } from '~/graphql/enums';
import type { BulkCaseloadResult } from './lifecycle.server';

/**
 * One action for the clients ticked in the caseload: a new status, or (owners and admins) another
 * primary coach. The checkboxes live on the cards and join this form by its id.
 */
export function BulkCaseloadForm({
  formId,
  coaches,
}: {
  formId: string;
  coaches: ReadonlyArray<{ id: string; name: string }> | null;
}) {
  const fetcher = useFetcher<BulkCaseloadResult>({ key: 'caseload-bulk' });
  const result = fetcher.data;
  const failure = result && 'fieldErrors' in result ? result : null;
  const options = [
    ...CLIENT_STATUSES.map((status) => ({
      value: `status:${status}`,
      label: t('coachLoops.bulk.actionStatus', { status: t(`labels.clientStatus.${status}`) }),
    })),
    ...(coaches ?? []).map((coach) => ({
      value: `coach:${coach.id}`,
      label: t('coachLoops.bulk.actionCoach', { coach: coach.name }),
    })),
  ];
  return (
    <fetcher.Form
      method="post"
      id={formId}
      aria-label={t('coachLoops.bulk.legend')}
      className="grid gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      <input type="hidden" name="intent" value="bulk" />
      <SelectField
        label={t('coachLoops.bulk.action')}
        name="action"
        options={options}
        error={failure?.fieldErrors.action}
      />
      <TextField
        label={t('coachLoops.lifecycle.reasonLabel')}
        name="reason"
        maxLength={FIELD_LIMITS.reason}
        error={failure?.fieldErrors.reason}
      />
      <SubmitButton pending={fetcher.state !== 'idle'} pendingLabel={t('coachForms.saving')}>
        {t('coachLoops.bulk.apply')}
      </SubmitButton>
      <div className="sm:col-span-3" aria-live="polite">
        {result && 'success' in result ? (
          <p role="status" className="text-sm font-medium text-brand-800">
            {result.success}
          </p>
        ) : null}
        {failure?.fieldErrors.clientIds ? <Alert>{failure.fieldErrors.clientIds}</Alert> : null}
        {failure?.formError ? <Alert>{failure.formError}</Alert> : null}
      </div>
    </fetcher.Form>
  );
}
