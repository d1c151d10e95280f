import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { PageHeader } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { InvitationsSection } from '~/members/InvitationsSection';
import { loadOpenInvitations, memberAction } from '~/members/members.server';
import { invitableRoles } from '~/members/roles';
import { COACHING_ROLES } from '~/coach/roles';

// Coaches invite their clients here; owners and admins can too (they also have the members page).

export const meta: MetaFunction = () => [{ title: t('inviteClients.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  try {
    // The API lists a coach's client invitations only; keep to clients for everyone on this page.
    const invitations = (await loadOpenInvitations(request, organization.slug)).filter(
      (i) => i.role === 'CLIENT',
    );
    return { organization, invitations, timeZone: timeZoneOf(request) };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  return memberAction(request, organization);
}

export default function InviteClientsPage() {
  const { organization, invitations, timeZone } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-4xl space-y-10 px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        title={t('inviteClients.title')}
        description={t('inviteClients.intro', { organization: organization.name })}
      />
      <InvitationsSection
        title={t('inviteClients.sectionTitle')}
        intro={t('inviteClients.sectionIntro')}
        invitations={invitations}
        roles={invitableRoles(organization.role).filter((role) => role === 'CLIENT')}
        timeZone={timeZone}
      />
    </div>
  );
}
