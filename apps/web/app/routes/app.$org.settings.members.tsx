import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useFetcher, useLoaderData } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { textLinkClasses } from '~/components/AuthPanel';
import { Badge, ConfirmDialog, PageHeader, SelectField, SubmitButton } from '~/components/ui';
import type { Role } from '~/graphql/generated/graphql';
import { formatDate } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { FetcherResult, InvitationsSection } from '~/members/InvitationsSection';
import { loadSearchingClientCount } from '~/members/client-count.server';
import { loadMembers, loadOpenInvitations, memberAction } from '~/members/members.server';
import { MANAGER_ROLES, assignableRoles, canChangeStatus, invitableRoles } from '~/members/roles';

export const meta: MetaFunction = () => [{ title: t('members.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { viewer, organization } = await requireMembership(request, params.org, MANAGER_ROLES);
  const after = new URL(request.url).searchParams.get('after');
  try {
    const [members, invitations, clientCount] = await Promise.all([
      loadMembers(request, organization.slug, after),
      loadOpenInvitations(request, organization.slug),
      loadSearchingClientCount(request, organization.slug),
    ]);
    return {
      organization,
      viewerId: viewer.id,
      members,
      isLaterPage: Boolean(after),
      invitations,
      clientCount,
      timeZone: timeZoneOf(request),
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, MANAGER_ROLES);
  return memberAction(request, organization);
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type Member = LoaderData['members']['edges'][number]['node'];

function RoleForm({ member, roles }: { member: Member; roles: Role[] }) {
  const fetcher = useFetcher<typeof action>({ key: 'members' });
  const form = useRef<HTMLFormElement>(null);
  const refused = fetcher.state === 'idle' && fetcher.data !== undefined && !('success' in fetcher.data);
  // A refused change (the last owner, say) puts the select back on the role the member still has.
  useEffect(() => {
    if (refused) form.current?.reset();
  }, [refused, fetcher.data]);
  const busy =
    fetcher.state !== 'idle' &&
    fetcher.formData?.get('memberId') === member.id &&
    fetcher.formData.get('intent') === 'changeRole';
  return (
    <fetcher.Form ref={form} method="post" className="flex items-center gap-2">
      <input type="hidden" name="intent" value="changeRole" />
      <input type="hidden" name="memberId" value={member.id} />
      <SelectField
        label={t('members.list.roleOf', { name: member.name })}
        hideLabel
        name="role"
        defaultValue={member.role}
        options={roles.map((role) => ({ value: role, label: t(`common.roles.${role}`) }))}
        className="w-36"
      />
      <SubmitButton
        variant="secondary"
        pending={busy}
        pendingLabel={t('members.list.saving')}
        aria-label={t('members.list.saveRoleOf', { name: member.name })}
      >
        {t('members.list.saveRole')}
      </SubmitButton>
    </fetcher.Form>
  );
}

function StatusForm({ member, organizationName }: { member: Member; organizationName: string }) {
  const fetcher = useFetcher<typeof action>({ key: 'members' });
  const busy =
    fetcher.state !== 'idle' &&
    fetcher.formData?.get('memberId') === member.id &&
    fetcher.formData.get('intent') === 'setStatus';
  const fields = (status: 'ACTIVE' | 'DISABLED') => (
    <>
      <input type="hidden" name="intent" value="setStatus" />
      <input type="hidden" name="memberId" value={member.id} />
      <input type="hidden" name="status" value={status} />
    </>
  );
  if (member.status === 'DISABLED') {
    return (
      <fetcher.Form method="post">
        {fields('ACTIVE')}
        <SubmitButton
          variant="secondary"
          pending={busy}
          pendingLabel={t('members.list.saving')}
          aria-label={t('members.list.enableLabel', { name: member.name })}
        >
          {t('members.list.enable')}
        </SubmitButton>
      </fetcher.Form>
    );
  }
  return (
    <ConfirmDialog
      trigger={t('members.list.disable')}
      title={t('members.list.disableTitle', { name: member.name })}
      body={t('members.list.disableBody', { organization: organizationName })}
      cancelLabel={t('common.cancel')}
    >
      {(close) => (
        <fetcher.Form method="post" onSubmit={close}>
          {fields('DISABLED')}
          <SubmitButton
            variant="danger"
            pending={busy}
            pendingLabel={t('members.list.saving')}
            className="w-full sm:w-auto"
          >
            {t('members.list.disableConfirm')}
          </SubmitButton>
        </fetcher.Form>
      )}
    </ConfirmDialog>
  );
}

function MembersTable({ data }: { data: LoaderData }) {
  const { organization, viewerId, members, clientCount, timeZone } = data;
  const { data: result } = useFetcher<typeof action>({ key: 'members' });
  const header = 'px-4 py-3 text-left text-sm font-semibold text-slate-900';
  const cell = 'px-4 py-3 align-middle text-sm text-slate-700';
  return (
    <section aria-labelledby="members-title" className="space-y-4">
      <h2 id="members-title" className="text-xl font-semibold text-slate-900">
        {t('members.list.title', { count: members.totalCount })}
      </h2>
      <p className="text-slate-600" data-testid="members-count-note">
        {t('members.list.countNote', { clients: clientCount })}{' '}
        <Link to={`/app/${organization.slug}/caseload`} className={textLinkClasses}>
          {t('members.list.openCaseload')}
        </Link>
      </p>
      <div aria-live="polite" className="empty:hidden">
        <FetcherResult data={result} />
      </div>
      <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-[56rem] w-full divide-y divide-slate-200">
          <caption className="sr-only">
            {t('members.list.caption', { organization: organization.name })}
          </caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={header}>
                {t('members.list.columns.name')}
              </th>
              <th scope="col" className={header}>
                {t('members.list.columns.email')}
              </th>
              <th scope="col" className={header}>
                {t('members.list.columns.role')}
              </th>
              <th scope="col" className={header}>
                {t('members.list.columns.status')}
              </th>
              <th scope="col" className={header}>
                {t('members.list.columns.joined')}
              </th>
              <th scope="col" className={header}>
                {t('members.list.columns.actions')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {members.edges.map(({ node: member }) => {
              const isViewer = member.userId === viewerId;
              const roles = assignableRoles(organization.role, member.role);
              return (
                <tr key={member.id}>
                  <th scope="row" className={`${cell} text-left font-semibold text-slate-900`}>
                    <span className="break-words">{member.name}</span>
                    {isViewer ? <Badge className="ml-2">{t('members.list.you')}</Badge> : null}
                  </th>
                  <td className={cell}>{member.email}</td>
                  <td className={cell}>
                    {roles.length ? (
                      <RoleForm member={member} roles={roles} />
                    ) : (
                      t(`common.roles.${member.role}`)
                    )}
                  </td>
                  <td className={cell}>
                    <Badge tone={member.status === 'ACTIVE' ? 'brand' : 'accent'}>
                      {t(`common.memberStatus.${member.status}`)}
                    </Badge>
                  </td>
                  <td className={`${cell} whitespace-nowrap`}>
                    <time dateTime={member.joinedAt}>
                      {formatDate(member.joinedAt, timeZone, defaultLocale)}
                    </time>
                  </td>
                  <td className={cell}>
                    {canChangeStatus(organization.role, { role: member.role, isViewer }) ? (
                      <StatusForm member={member} organizationName={organization.name} />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {members.pageInfo.hasNextPage || data.isLaterPage ? (
        <nav aria-label={t('members.list.pagesLabel')} className="flex gap-4 text-sm">
          {data.isLaterPage ? (
            <Link to="." className={textLinkClasses}>
              {t('members.list.firstPage')}
            </Link>
          ) : null}
          {members.pageInfo.hasNextPage && members.pageInfo.endCursor ? (
            <Link
              to={`?${new URLSearchParams({ after: members.pageInfo.endCursor })}`}
              className={textLinkClasses}
            >
              {t('members.list.nextPage')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

/** People of the organization, for owners and admins: roles, access, and invitations. */
export default function MembersPage() {
  const data = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-6xl space-y-12 px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        title={t('members.title')}
        description={t('members.intro', { organization: data.organization.name })}
      />
      <MembersTable data={data} />
      <InvitationsSection
        title={t('members.invitations.title')}
        intro={t('members.invitations.intro')}
        invitations={data.invitations}
        roles={invitableRoles(data.organization.role)}
        timeZone={data.timeZone}
      />
    </div>
  );
}
