import { data } from '@remix-run/node';
import { parseForm, type FormFailure } from '~/forms/forms';
import { failedForm } from '~/forms/respond.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { t } from '~/i18n/i18n';
import { feedbackActionSchema } from './schemas';
import type { ClientWorkspace } from './workspace.server';

const MyFeedbackRequestsQuery = graphql(`
  query MyFeedbackRequests($clientId: ID!) {
    feedbackRequests(first: 100, filter: { clientId: $clientId }) {
      edges {
        node {
          id
          status
          recipientRole
          recipientName
          message
          sentOn
          followUpOn
          followedUpOn
          answeredOn
          answerText
          followUpDue
          version
          rejection {
            id
            effectiveReason
            application {
              company
              roleTitle
            }
          }
        }
      }
    }
  }
`);

const AdvanceMutation = graphql(`
  mutation AdvanceMyFeedbackRequest($input: AdvanceFeedbackRequestInput!) {
    advanceFeedbackRequest(input: $input) {
      id
      status
      rejection {
        application {
          company
        }
      }
    }
  }
`);

const AnswerMutation = graphql(`
  mutation AnswerMyFeedbackRequest($input: RecordFeedbackAnswerInput!) {
    recordFeedbackAnswer(input: $input) {
      id
      status
      rejection {
        effectiveReason
        application {
          company
        }
      }
    }
  }
`);

export async function loadFeedbackRequests(request: Request, workspace: ClientWorkspace) {
  const { feedbackRequests } = await graphqlRequest(
    MyFeedbackRequestsQuery,
    { clientId: workspace.clientId },
    { request, org: workspace.org },
  );
  return feedbackRequests.edges.map((edge) => edge.node);
}

export type FeedbackActionResult = (FormFailure & { id?: string }) | { success: string; id: string };

export async function feedbackAction(request: Request, workspace: ClientWorkspace, today: string) {
  const form = await request.formData();
  const parsed = parseForm(feedbackActionSchema, form);
  if (!parsed.ok) {
    return data<FeedbackActionResult>(
      { fieldErrors: parsed.fieldErrors, formError: parsed.formError, id: String(form.get('id') ?? '') },
      { status: 400 },
    );
  }
  const action = parsed.data;
  const options = { request, org: workspace.org };
  try {
    if (action.intent === 'advance') {
      const { advanceFeedbackRequest: updated } = await graphqlRequest(
        AdvanceMutation,
        { input: { id: action.id, version: action.version, event: action.event, on: today } },
        options,
      );
      return data<FeedbackActionResult>({
        id: updated.id,
        success: t('me.feedback.updated', { company: updated.rejection.application.company }),
      });
    }
    const { recordFeedbackAnswer: answered } = await graphqlRequest(
      AnswerMutation,
      {
        input: {
          id: action.id,
          version: action.version,
          answerText: action.answerText,
          reason: action.reason,
          answeredOn: today,
        },
      },
      options,
    );
    return data<FeedbackActionResult>({
      id: answered.id,
      success: t('me.feedback.answerSaved', {
        company: answered.rejection.application.company,
        reason: t(`me.reasons.${answered.rejection.effectiveReason}`),
      }),
    });
  } catch (error) {
    return failedForm(error, ['answerText', 'reason'], request);
  }
}
