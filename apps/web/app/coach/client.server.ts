import { data } from '@remix-run/node';
import type { ViewerOrganization } from '~/auth/viewer.server';
import { parseForm, type FormFailure } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { t } from '~/i18n/i18n';
import { HISTORY_LIMIT } from './history';
import { clientActionSchema, rejectionActionSchema } from './schemas';

const ClientPageQuery = graphql(`
  query ClientPage($clientId: ID!, $historyLimit: Int!) {
    client(id: $clientId) {
      id
      name
      email
      status
      hasAccount
      targetRoles
      coaches {
        memberId
        name
        primary
      }
    }
    improvementPlan(clientId: $clientId) {
      progress {
        done
        total
        share
      }
    }
    clientInsights(clientId: $clientId) {
      key
      kind
      severity
      sentence
      evidence {
        rejectionIds
        applicationIds
      }
      suggestions {
        key
        type
        templateId
        category
        title
        actedOn
        assignmentId
        planItemId
      }
      dismissal {
        dismissedAt
        reason
      }
    }
    clientAttention(clientId: $clientId) {
      score
      reasons {
        kind
        points
        sentence
      }
    }
    rejectionBaseline(clientId: $clientId) {
      caseloadSize
      clientTotal
      caseloadTotal
      windowDays
      cells {
        stage
        reason
        clientCount
        caseloadCount
      }
      recentStages {
        stage
        share
      }
      recentReasons {
        reason
        share
      }
    }
    caseloadComparison(clientId: $clientId) {
      caseloadSize
      steps {
        step
        count
        conversion
        caseloadMedian
      }
    }
    applications(first: $historyLimit, filter: { clientId: $clientId }) {
      totalCount
      edges {
        node {
          id
          company
          roleTitle
          appliedOn
          stage
          furthestStage
          stageHistory {
            id
            changedAt
            fromStage
            toStage
            interviewRound
            changedByName
          }
          rejection {
            id
            rejectedOn
            stageReached
            effectiveReason
            checkIn
            automated
          }
        }
      }
    }
    feedbackRequests(first: $historyLimit, filter: { clientId: $clientId }) {
      edges {
        node {
          id
          status
          createdAt
          sentOn
          answeredOn
          recipientRole
          rejectionId
        }
      }
    }
    exerciseAssignments(first: $historyLimit, filter: { clientId: $clientId }) {
      edges {
        node {
          id
          title
          status
          createdAt
          submittedAt
          reviewedAt
          dueOn
          overdue
        }
      }
    }
  }
`);

const ActOnInsightMutation = graphql(`
  mutation ActOnInsight($input: ActOnInsightInput!) {
    actOnInsight(input: $input) {
      key
      suggestions {
        key
        title
        type
        actedOn
      }
    }
  }
`);

const DismissInsightMutation = graphql(`
  mutation DismissInsight($input: DismissInsightInput!) {
    dismissInsight(input: $input) {
      key
    }
  }
`);

const RejectionQuery = graphql(`
  query RejectionDetail($id: ID!) {
    rejection(id: $id) {
      id
      clientId
      version
      rejectedOn
      stageReached
      endedBy
      automated
      employerReason
      clientViewReason
      coachTag
      effectiveReason
      feedbackSource
      feedbackText
      clientNotes
      coachPrivateNotes
      checkIn
      application {
        id
        company
        roleTitle
        appliedOn
        client {
          id
          name
        }
      }
      feedbackRequests {
        id
        status
        recipientRole
        sentOn
        answeredOn
        answerText
      }
    }
  }
`);

const UpdateRejectionMutation = graphql(`
  mutation SaveCoachView($input: UpdateRejectionInput!) {
    updateRejection(input: $input) {
      id
      version
      coachTag
      coachPrivateNotes
    }
  }
`);

export async function loadClientPage(request: Request, org: string, clientId: string) {
  return graphqlRequest(ClientPageQuery, { clientId, historyLimit: HISTORY_LIMIT }, { request, org });
}

export type ClientPageData = Awaited<ReturnType<typeof loadClientPage>>;

export async function loadRejection(request: Request, org: string, id: string) {
  const { rejection } = await graphqlRequest(RejectionQuery, { id }, { request, org });
  return rejection;
}

export type ClientActionResult = FormFailure | { success: string; insightKey: string };

export async function clientAction(request: Request, organization: ViewerOrganization, clientId: string) {
  const form = parseForm(clientActionSchema, await request.formData());
  if (!form.ok) return invalid(form);
  const options = { request, org: organization.slug };
  const action = form.data;
  try {
    if (action.intent === 'actOnInsight') {
      const { actOnInsight } = await graphqlRequest(
        ActOnInsightMutation,
        {
          input: {
            clientId,
            insightKey: action.insightKey,
            suggestionKey: action.suggestionKey,
            dueOn: action.dueOn ?? null,
          },
        },
        options,
      );
      const suggestion = actOnInsight.suggestions.find((candidate) => candidate.key === action.suggestionKey);
      const title = suggestion?.title ?? '';
      return data<ClientActionResult>({
        insightKey: action.insightKey,
        success:
          suggestion?.type === 'PLAN_ITEM'
            ? t('clientPage.insights.addedToPlan', { title })
            : t('clientPage.insights.assigned', { title }),
      });
    }
    await graphqlRequest(
      DismissInsightMutation,
      { input: { clientId, insightKey: action.insightKey, reason: action.reason } },
      options,
    );
    return data<ClientActionResult>({
      insightKey: action.insightKey,
      success: t('clientPage.insights.dismissed'),
    });
  } catch (error) {
    return failedForm(error, ['dueOn', 'reason'], request);
  }
}

export async function rejectionAction(
  request: Request,
  organization: ViewerOrganization,
  rejectionId: string,
) {
  const form = parseForm(rejectionActionSchema, await request.formData());
  if (!form.ok) return invalid(form);
  try {
    await graphqlRequest(
      UpdateRejectionMutation,
      {
        input: {
          id: rejectionId,
          version: form.data.version,
          coachTag: form.data.coachTag ?? null,
          coachPrivateNotes: form.data.coachPrivateNotes,
        },
      },
      { request, org: organization.slug },
    );
  } catch (error) {
    return failedForm(error, ['coachTag', 'coachPrivateNotes'], request);
  }
  return data<FormFailure | { success: string }>({ success: t('rejectionDetail.saved') });
}
