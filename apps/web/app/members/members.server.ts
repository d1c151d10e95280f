import { data } from '@remix-run/node';
import type { ViewerOrganization } from '~/auth/viewer.server';
import { parseForm, type FormFailure } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { t } from '~/i18n/i18n';
import { invitableRoles } from './roles';
import { memberActionSchema } from './schemas';

const MembersQuery = graphql(`
  query Members($after: String) {
    members(first: 50, after: $after) {
      edges {
        node {
          id
          userId
          name
          email
          role
          status
          joinedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const InvitationsQuery = graphql(`
  query Invitations {
    invitations(first: 100) {
      edges {
        node {
          id
          email
          role
          status
          invitedByName
          expiresAt
          lastSentAt
        }
      }
    }
  }
`);

const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
    }
  }
`);

const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
      email
    }
  }
`);

const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      email
    }
  }
`);

const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      name
      role
    }
  }
`);

const SetMemberStatusMutation = graphql(`
  mutation SetMemberStatus($input: SetMemberStatusInput!) {
    setMemberStatus(input: $input) {
      id
      name
      status
    }
  }
`);

export async function loadMembers(request: Request, org: string, after: string | null) {
  const { members } = await graphqlRequest(MembersQuery, { after }, { request, org });
  return members;
}

/** Invitations still open (pending, or expired and worth resending), newest first as the API sends them. */
export async function loadOpenInvitations(request: Request, org: string) {
  const { invitations } = await graphqlRequest(InvitationsQuery, {}, { request, org });
  return invitations.edges
    .map((edge) => edge.node)
    .filter((invitation) => invitation.status === 'PENDING' || invitation.status === 'EXPIRED');
}

export type MemberActionResult = FormFailure | { success: string };

/** The one action of the members and invitation pages: invite, resend, revoke, change role, disable/enable. */
export async function memberAction(request: Request, organization: ViewerOrganization) {
  const form = parseForm(memberActionSchema, await request.formData());
  if (!form.ok) return invalid(form);
  const options = { request, org: organization.slug };
  const action = form.data;
  let success: string;
  try {
    switch (action.intent) {
      case 'invite': {
        if (!invitableRoles(organization.role).includes(action.role)) {
          return invalid({ fieldErrors: { role: t('forms.errors.role') } });
        }
        const { inviteMember } = await graphqlRequest(
          InviteMemberMutation,
          { input: { email: action.email, role: action.role } },
          options,
        );
        success = t('members.invitations.sent', { email: inviteMember.email });
        break;
      }
      case 'resend': {
        const { resendInvitation } = await graphqlRequest(
          ResendInvitationMutation,
          { id: action.invitationId },
          options,
        );
        success = t('members.invitations.resent', { email: resendInvitation.email });
        break;
      }
      case 'revoke': {
        const { revokeInvitation } = await graphqlRequest(
          RevokeInvitationMutation,
          { id: action.invitationId },
          options,
        );
        success = t('members.invitations.revoked', { email: revokeInvitation.email });
        break;
      }
      case 'changeRole': {
        const { changeMemberRole } = await graphqlRequest(
          ChangeMemberRoleMutation,
          { input: { memberId: action.memberId, role: action.role } },
          options,
        );
        success = t('members.list.roleChanged', {
          name: changeMemberRole.name,
          role: t(`common.roles.${changeMemberRole.role}`),
        });
        break;
      }
      case 'setStatus': {
        const { setMemberStatus } = await graphqlRequest(
          SetMemberStatusMutation,
          { input: { memberId: action.memberId, status: action.status } },
          options,
        );
        success =
          setMemberStatus.status === 'DISABLED'
            ? t('members.list.disabled', { name: setMemberStatus.name })
            : t('members.list.enabled', { name: setMemberStatus.name });
        break;
      }
    }
  } catch (error) {
    return failedForm(error, ['email', 'role'], request);
  }
  return data<MemberActionResult>({ success });
}
