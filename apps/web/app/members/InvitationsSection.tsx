import { useFetcher } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { Alert, Badge, ConfirmDialog, SelectField, SubmitButton, TextField } from '~/components/ui';
import type { InvitationStatus, Role } from '~/graphql/generated/graphql';
import { formatDate } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import type { memberAction } from './members.server';

export interface OpenInvitation {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  invitedByName: string;
  expiresAt: string;
}

type MemberActionData = ReturnType<typeof useFetcher<typeof memberAction>>['data'];

/**
 * The outcome of the last submit of a fetcher: a success line, or the error. Forms that show field
 * errors next to their fields pass `fieldsShown`; elsewhere a field's message is the error.
 */
export function FetcherResult({
  data,
  fieldsShown = false,
}: {
  data: MemberActionData;
  fieldsShown?: boolean;
}) {
  if (!data) return null;
  if ('success' in data) return <Alert tone="success">{data.success}</Alert>;
  const message = data.formError ?? (fieldsShown ? undefined : Object.values(data.fieldErrors).find(Boolean));
  return message ? <Alert>{message}</Alert> : null;
}

function InviteForm({ roles }: { roles: readonly Role[] }) {
  const fetcher = useFetcher<typeof memberAction>({ key: 'invite' });
  const form = useRef<HTMLFormElement>(null);
  const result = fetcher.data;
  const sent = fetcher.state === 'idle' && result !== undefined && 'success' in result;
  const errors = result && 'fieldErrors' in result ? result.fieldErrors : {};

  useEffect(() => {
    if (sent) form.current?.reset();
  }, [sent]);

  return (
    <fetcher.Form ref={form} method="post" noValidate className="space-y-4">
      <input type="hidden" name="intent" value="invite" />
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <TextField
          label={t('members.invite.email')}
          name="email"
          type="email"
          autoComplete="off"
          required
          error={errors.email}
        />
        {roles.length > 1 ? (
          <SelectField
            label={t('members.invite.role')}
            name="role"
            defaultValue={roles.includes('COACH') ? 'COACH' : roles[0]}
            options={roles.map((role) => ({ value: role, label: t(`common.roles.${role}`) }))}
            error={errors.role}
          />
        ) : (
          <div>
            <input type="hidden" name="role" value={roles[0]} />
            <p className="text-sm font-semibold text-slate-900">{t('members.invite.role')}</p>
            <p className="mt-3 text-slate-700">{t(`common.roles.${roles[0]}`)}</p>
            {/* A plan's seat limit names the role even when there is no choice to make. */}
            {errors.role ? <p className="mt-1.5 text-sm font-medium text-red-700">{errors.role}</p> : null}
          </div>
        )}
      </div>
      <SubmitButton pending={fetcher.state !== 'idle'} pendingLabel={t('members.invite.pending')}>
        {t('members.invite.submit')}
      </SubmitButton>
      <div aria-live="polite">
        <FetcherResult data={result} fieldsShown />
      </div>
    </fetcher.Form>
  );
}

function InvitationItem({ invitation, timeZone }: { invitation: OpenInvitation; timeZone: string }) {
  const fetcher = useFetcher<typeof memberAction>({ key: 'invitations' });
  const busy = fetcher.state !== 'idle' && fetcher.formData?.get('invitationId') === invitation.id;
  const busyWith = busy ? fetcher.formData?.get('intent') : null;
  const expires = formatDate(invitation.expiresAt, timeZone, defaultLocale);
  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-semibold break-words text-slate-900">{invitation.email}</p>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <Badge tone="brand">{t(`common.roles.${invitation.role}`)}</Badge>
          {invitation.status === 'EXPIRED' ? (
            <Badge tone="accent">{t('members.invitations.expired', { date: expires })}</Badge>
          ) : (
            <span>{t('members.invitations.expires', { date: expires })}</span>
          )}
          <span>{t('members.invitations.invitedBy', { name: invitation.invitedByName })}</span>
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <fetcher.Form method="post">
          <input type="hidden" name="intent" value="resend" />
          <input type="hidden" name="invitationId" value={invitation.id} />
          <SubmitButton
            variant="secondary"
            pending={busyWith === 'resend'}
            pendingLabel={t('members.invitations.resending')}
            aria-label={t('members.invitations.resendLabel', { email: invitation.email })}
          >
            {t('members.invitations.resend')}
          </SubmitButton>
        </fetcher.Form>
        {invitation.status === 'PENDING' ? (
          <ConfirmDialog
            trigger={t('members.invitations.revoke')}
            title={t('members.invitations.revokeTitle', { email: invitation.email })}
            body={t('members.invitations.revokeBody')}
            cancelLabel={t('common.cancel')}
          >
            {(close) => (
              <fetcher.Form method="post" onSubmit={close}>
                <input type="hidden" name="intent" value="revoke" />
                <input type="hidden" name="invitationId" value={invitation.id} />
                <SubmitButton
                  variant="danger"
                  pending={busyWith === 'revoke'}
                  pendingLabel={t('members.invitations.revoking')}
                  className="w-full sm:w-auto"
                >
                  {t('members.invitations.revokeConfirm')}
                </SubmitButton>
              </fetcher.Form>
            )}
          </ConfirmDialog>
        ) : null}
      </div>
    </li>
  );
}

export interface InvitationsSectionProps {
  invitations: readonly OpenInvitation[];
  /** The roles this viewer may invite people as. */
  roles: readonly Role[];
  timeZone: string;
  title: string;
  intro: string;
}

/** The invite form and the invitations still waiting for an answer, with resend and revoke. */
export function InvitationsSection({ invitations, roles, timeZone, title, intro }: InvitationsSectionProps) {
  const { data } = useFetcher<typeof memberAction>({ key: 'invitations' });
  return (
    <section aria-labelledby="invitations-title" className="space-y-6">
      <div>
        <h2 id="invitations-title" className="text-xl font-semibold text-slate-900">
          {title}
        </h2>
        <p className="mt-1 text-slate-600">{intro}</p>
      </div>
      <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <InviteForm roles={roles} />
      </div>
      <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h3 className="font-semibold text-slate-900">
          {t('members.invitations.openTitle', { count: invitations.length })}
        </h3>
        <div aria-live="polite" className="mt-3 empty:hidden">
          <FetcherResult data={data} />
        </div>
        {invitations.length ? (
          <ul className="mt-2 divide-y divide-slate-200">
            {invitations.map((invitation) => (
              <InvitationItem key={invitation.id} invitation={invitation} timeZone={timeZone} />
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-600">{t('members.invitations.none')}</p>
        )}
      </div>
    </section>
  );
}
