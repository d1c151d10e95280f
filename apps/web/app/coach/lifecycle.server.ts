import { data } from '@remix-run/node';
import type { ViewerOrganization } from '~/auth/viewer.server';
import { parseForm, type FormFailure } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { t } from '~/i18n/i18n';
import { bulkCaseloadSchema, manageClientSchema } from './lifecycle.schemas';
import { seesAllCoaches } from './roles';
import { parseValues } from './schemas';

const ClientManagementQuery = graphql(`
  query ClientManagement($clientId: ID!, $withCoaches: Boolean!) {
    client(id: $clientId) {
      id
      status
      statusChangedAt
      lifecycle {
        id
        kind
        fromStatus
        toStatus
        fromCoachName
        toCoachName
        reason
        changedByName
        changedAt
      }
    }
    exerciseAssignments(first: 50, filter: { clientId: $clientId, statuses: [ASSIGNED, IN_PROGRESS] }) {
      edges {
        node {
          id
          version
          title
          status
          dueOn
          overdue
          templateId
        }
      }
    }
    members(first: 100) @include(if: $withCoaches) {
      edges {
        node {
          id
          name
          role
          status
        }
      }
    }
  }
`);

const ChangeStatusMutation = graphql(`
  mutation ChangeClientStatus($input: ChangeClientStatusInput!) {
    changeClientStatus(input: $input) {
      changed
    }
  }
`);

const ReassignMutation = graphql(`
  mutation ReassignClients($input: ReassignClientsInput!) {
    reassignClients(input: $input) {
      changed
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation WithdrawExercise($input: WithdrawExerciseInput!) {
    withdrawExercise(input: $input) {
      id
    }
  }
`);

const RescheduleMutation = graphql(`
  mutation RescheduleExercise($input: RescheduleExerciseInput!) {
    rescheduleExercise(input: $input) {
      id
    }
  }
`);

/** Coaches who can take a client: active owners, admins and coaches. */
export function coachOptions(
  members: { edges: { node: { id: string; name: string; role: string; status: string } }[] } | undefined,
) {
  return (members?.edges ?? [])
    .map(({ node }) => node)
    .filter((member) => member.status === 'ACTIVE' && member.role !== 'CLIENT')
    .map((member) => ({ value: member.id, label: member.name }));
}

export async function loadClientManagement(
  request: Request,
  organization: ViewerOrganization,
  clientId: string,
) {
  const result = await graphqlRequest(
    ClientManagementQuery,
    { clientId, withCoaches: seesAllCoaches(organization.role) },
    { request, org: organization.slug },
  );
  return {
    status: result.client.status,
    statusChangedAt: result.client.statusChangedAt,
    lifecycle: result.client.lifecycle,
    openExercises: result.exerciseAssignments.edges.map(({ node }) => node),
    coaches: seesAllCoaches(organization.role) ? coachOptions(result.members) : null,
  };
}

export type ManageClientResult = FormFailure | { success: string; intent: string };

/** The client page's status, coach and exercise forms. */
export async function manageClientAction(
  formData: FormData,
  request: Request,
  organization: ViewerOrganization,
  clientId: string,
) {
  const form = parseForm(manageClientSchema, formData);
  if (!form.ok) return invalid(form);
  const options = { request, org: organization.slug };
  const action = form.data;
  try {
    switch (action.intent) {
      case 'changeStatus': {
        const { changeClientStatus } = await graphqlRequest(
          ChangeStatusMutation,
          { input: { clientIds: [clientId], status: action.status, reason: action.reason } },
          options,
        );
        const success = changeClientStatus.changed
          ? t('coachLoops.lifecycle.statusChanged')
          : t('coachLoops.lifecycle.statusUnchanged');
        return data<ManageClientResult>({ intent: action.intent, success });
      }
      case 'reassign':
        await graphqlRequest(
          ReassignMutation,
          { input: { clientIds: [clientId], coachId: action.coachId, reason: action.reason } },
          options,
        );
        return data<ManageClientResult>({
          intent: action.intent,
          success: t('coachLoops.lifecycle.reassigned'),
        });
      case 'withdrawExercise':
        await graphqlRequest(
          WithdrawMutation,
          { input: { id: action.assignmentId, version: action.version } },
          options,
        );
        return data<ManageClientResult>({
          intent: action.intent,
          success: t('coachLoops.exercises.withdrawn'),
        });
      case 'rescheduleExercise':
        await graphqlRequest(
          RescheduleMutation,
          { input: { id: action.assignmentId, version: action.version, dueOn: action.dueOn ?? null } },
          options,
        );
        return data<ManageClientResult>({
          intent: action.intent,
          success: t('coachLoops.exercises.dueSaved'),
        });
    }
  } catch (error) {
    return failedForm(error, ['status', 'coachId', 'reason', 'dueOn'], request);
  }
}

export type BulkCaseloadResult = FormFailure | { success: string };

/** The caseload's bulk action over the ticked clients. */
export async function bulkCaseloadAction(
  formData: FormData,
  request: Request,
  organization: ViewerOrganization,
) {
  const form = parseValues(bulkCaseloadSchema, {
    ...Object.fromEntries(formData),
    clientIds: formData.getAll('clientIds'),
  });
  if (!form.ok) return invalid(form);
  const { clientIds, action, reason } = form.data;
  const [kind, value] = action.split(':') as ['status' | 'coach', string];
  const options = { request, org: organization.slug };
  try {
    const changed =
      kind === 'status'
        ? (
            await graphqlRequest(
              ChangeStatusMutation,
              { input: { clientIds, status: value as 'ACTIVE', reason } },
              options,
            )
          ).changeClientStatus.changed
        : (await graphqlRequest(ReassignMutation, { input: { clientIds, coachId: value, reason } }, options))
            .reassignClients.changed;
    return data<BulkCaseloadResult>({ success: t('coachLoops.bulk.done', { count: changed }) });
  } catch (error) {
    return failedForm(error, ['clientIds', 'action', 'reason'], request);
  }
}
