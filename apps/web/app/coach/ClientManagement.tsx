import { Link, useFetcher } from '@remix-run/react';
import { FIELD_LIMITS } from '@rebound/domain';
import { Alert, Card, ConfirmDialog, SelectField, SubmitButton, TextField } from '~/components/ui';
import type { FormFailure } from '~/forms/forms';
import { CLIENT_STATUSES } from '~/graphql/enums';
import type { ClientLifecycleEventKind, ClientStatus } from '~/graphql/generated/graphql';
import { t } from '~/i18n/i18n';
import { formatDay, formatMoment } from './format';
import type { ManageClientResult } from './lifecycle.server';

interface LifecycleEvent {
  id: string;
  kind: ClientLifecycleEventKind;
  fromStatus: ClientStatus | null;
  toStatus: ClientStatus | null;
  fromCoachName: string | null;
  toCoachName: string | null;
  reason: string;
  changedByName: string | null;
  changedAt: string;
}

interface OpenExercise {
  id: string;
  version: number;
  title: string;
  dueOn: string | null;
  overdue: boolean;
  templateId: string;
}

export interface ClientManagementProps {
  base: string;
  timeZone: string;
  status: ClientStatus;
  statusChangedAt: string;
  lifecycle: readonly LifecycleEvent[];
  openExercises: readonly OpenExercise[];
  /** Owners and admins move clients between coaches; null for coaches. */
  coaches: ReadonlyArray<{ value: string; label: string }> | null;
}

function failureOf(data: ManageClientResult | undefined): FormFailure | null {
  return data && 'fieldErrors' in data ? data : null;
}

function Outcome({ data }: { data: ManageClientResult | undefined }) {
  if (!data) return null;
  if ('success' in data)
    return (
      <p role="status" className="text-sm font-medium text-brand-800">
        {data.success}
      </p>
    );
  return data.formError ? <Alert>{data.formError}</Alert> : null;
}

function StatusForm({ status }: { status: ClientStatus }) {
  const fetcher = useFetcher<ManageClientResult>({ key: 'client-status' });
  const failure = failureOf(fetcher.data);
  return (
    <fetcher.Form method="post" className="grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end">
      <input type="hidden" name="intent" value="changeStatus" />
      <SelectField
        label={t('coachLoops.lifecycle.statusLabel')}
        name="status"
        defaultValue={status}
        options={CLIENT_STATUSES.map((value) => ({ value, label: t(`labels.clientStatus.${value}`) }))}
        error={failure?.fieldErrors.status}
      />
      <TextField
        label={t('coachLoops.lifecycle.reasonLabel')}
        name="reason"
        maxLength={FIELD_LIMITS.reason}
        error={failure?.fieldErrors.reason}
      />
      <SubmitButton pending={fetcher.state !== 'idle'} pendingLabel={t('coachForms.saving')}>
        {t('coachLoops.lifecycle.changeStatus')}
      </SubmitButton>
      <div className="sm:col-span-3">
        <Outcome data={fetcher.data} />
      </div>
    </fetcher.Form>
  );
}

function ReassignForm({ coaches }: { coaches: ReadonlyArray<{ value: string; label: string }> }) {
  const fetcher = useFetcher<ManageClientResult>({ key: 'client-reassign' });
  const failure = failureOf(fetcher.data);
  return (
    <fetcher.Form method="post" className="grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end">
      <input type="hidden" name="intent" value="reassign" />
      <SelectField
        label={t('coachLoops.lifecycle.coachLabel')}
        name="coachId"
        options={coaches}
        error={failure?.fieldErrors.coachId}
      />
      <TextField
        label={t('coachLoops.lifecycle.reasonLabel')}
        name="reason"
        maxLength={FIELD_LIMITS.reason}
        error={failure?.fieldErrors.reason}
      />
      <SubmitButton
        variant="secondary"
        pending={fetcher.state !== 'idle'}
        pendingLabel={t('coachForms.saving')}
      >
        {t('coachLoops.lifecycle.reassign')}
      </SubmitButton>
      <div className="sm:col-span-3">
        <Outcome data={fetcher.data} />
      </div>
    </fetcher.Form>
  );
}

function eventLine(event: LifecycleEvent): string {
  if (event.kind === 'STATUS')
    return t('coachLoops.lifecycle.statusEvent', {
      from: event.fromStatus ? t(`labels.clientStatus.${event.fromStatus}`) : '—',
      to: event.toStatus ? t(`labels.clientStatus.${event.toStatus}`) : '—',
    });
  return t('coachLoops.lifecycle.coachEvent', {
    from: event.fromCoachName ?? t('coachLoops.lifecycle.nobody'),
    to: event.toCoachName ?? t('coachLoops.lifecycle.nobody'),
  });
}

function ExerciseRow({ exercise, base }: { exercise: OpenExercise; base: string }) {
  const reschedule = useFetcher<ManageClientResult>({ key: `due:${exercise.id}` });
  const withdraw = useFetcher<ManageClientResult>({ key: `withdraw:${exercise.id}` });
  const failure = failureOf(reschedule.data);
  return (
    <li className="space-y-3 rounded-lg bg-slate-50 p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium text-slate-900">{exercise.title}</p>
        <p className={exercise.overdue ? 'text-sm font-semibold text-red-800' : 'text-sm text-slate-600'}>
          {exercise.dueOn
            ? t('coachLoops.exercises.due', { date: formatDay(exercise.dueOn) })
            : t('coachLoops.exercises.noDue')}
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <reschedule.Form method="post" className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="rescheduleExercise" />
          <input type="hidden" name="assignmentId" value={exercise.id} />
          <input type="hidden" name="version" value={exercise.version} />
          <TextField
            label={t('coachLoops.exercises.dueLabel', { title: exercise.title })}
            name="dueOn"
            type="date"
            defaultValue={exercise.dueOn ?? ''}
            className="w-44"
            error={failure?.fieldErrors.dueOn}
          />
          <SubmitButton
            variant="secondary"
            pending={reschedule.state !== 'idle'}
            pendingLabel={t('coachForms.saving')}
          >
            {t('coachLoops.exercises.saveDue')}
          </SubmitButton>
        </reschedule.Form>
        <ConfirmDialog
          trigger={t('coachLoops.exercises.withdraw')}
          title={t('coachLoops.exercises.withdrawTitle', { title: exercise.title })}
          body={t('coachLoops.exercises.withdrawBody')}
          cancelLabel={t('common.cancel')}
        >
          {(close) => (
            <withdraw.Form method="post" onSubmit={close}>
              <input type="hidden" name="intent" value="withdrawExercise" />
              <input type="hidden" name="assignmentId" value={exercise.id} />
              <input type="hidden" name="version" value={exercise.version} />
              <SubmitButton
                variant="danger"
                pending={withdraw.state !== 'idle'}
                pendingLabel={t('coachForms.saving')}
                className="w-full sm:w-auto"
              >
                {t('coachLoops.exercises.withdraw')}
              </SubmitButton>
            </withdraw.Form>
          )}
        </ConfirmDialog>
        <Link
          to={`${base}/exercises/${encodeURIComponent(exercise.templateId)}`}
          className="text-sm font-semibold text-brand-800 underline underline-offset-4"
          aria-label={t('coachLoops.exercises.previewLabel', { title: exercise.title })}
        >
          {t('coachLoops.exercises.preview')}
        </Link>
      </div>
      <Outcome data={reschedule.data} />
    </li>
  );
}

/** The client page's panel for what a coach manages: status, primary coach, open exercises. */
export function ClientManagement(props: ClientManagementProps) {
  const { base, timeZone, status, statusChangedAt, lifecycle, openExercises, coaches } = props;
  return (
    <section aria-labelledby="manage-title" className="grid gap-4 lg:grid-cols-2">
      <Card as="div" className="space-y-5 sm:p-6">
        <div>
          <h2 id="manage-title" className="text-xl font-semibold text-slate-900">
            {t('coachLoops.lifecycle.title')}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {t('coachLoops.lifecycle.statusSince', { date: formatMoment(statusChangedAt, timeZone) })}
          </p>
        </div>
        <StatusForm status={status} />
        {coaches ? <ReassignForm coaches={coaches} /> : null}
        <div>
          <h3 className="text-base font-semibold text-slate-900">{t('coachLoops.lifecycle.historyTitle')}</h3>
          {lifecycle.length ? (
            <ol className="mt-2 space-y-2 text-sm">
              {lifecycle.map((event) => (
                <li key={event.id}>
                  <p className="font-medium text-slate-900">{eventLine(event)}</p>
                  <p className="text-slate-600">
                    {t('coachLoops.lifecycle.eventMeta', {
                      date: formatMoment(event.changedAt, timeZone),
                      who: event.changedByName ?? '—',
                    })}
                    {event.reason
                      ? ` ${t('coachLoops.lifecycle.eventReason', { reason: event.reason })}`
                      : ''}
                  </p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-2 text-sm text-slate-600">{t('coachLoops.lifecycle.historyEmpty')}</p>
          )}
        </div>
      </Card>
      <Card as="section" aria-labelledby="open-exercises-title" className="space-y-4 sm:p-6">
        <h2 id="open-exercises-title" className="text-xl font-semibold text-slate-900">
          {t('coachLoops.exercises.title')}
        </h2>
        {openExercises.length ? (
          <ul className="space-y-3">
            {openExercises.map((exercise) => (
              <ExerciseRow key={exercise.id} exercise={exercise} base={base} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t('coachLoops.exercises.none')}</p>
        )}
      </Card>
    </section>
  );
}
