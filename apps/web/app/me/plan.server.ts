import { data } from '@remix-run/node';
import { parseForm, type FormFailure } from '~/forms/forms';
import { failedForm } from '~/forms/respond.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { t } from '~/i18n/i18n';
import { planActionSchema } from './schemas';
import type { ClientWorkspace } from './workspace.server';

const MyPlanQuery = graphql(`
  query MyPlan($clientId: ID!) {
    improvementPlan(clientId: $clientId) {
      goals {
        id
        title
      }
      items {
        id
        title
        category
        status
        owner
        dueOn
        evidence
        goalId
        version
        createdBySide
        comments {
          id
          authorName
          body
          createdAt
        }
      }
      progress {
        done
        total
      }
    }
    planActivity(clientId: $clientId, first: 15) {
      edges {
        node {
          id
          action
          actorName
          createdAt
        }
      }
    }
  }
`);

const UpdateItemMutation = graphql(`
  mutation UpdateMyPlanItem($input: UpdatePlanItemInput!) {
    updatePlanItem(input: $input) {
      id
      title
    }
  }
`);

const CommentMutation = graphql(`
  mutation CommentOnMyPlanItem($input: CommentOnPlanItemInput!) {
    commentOnPlanItem(input: $input) {
      id
    }
  }
`);

const AddItemMutation = graphql(`
  mutation AddMyPlanItem($input: AddPlanItemInput!) {
    addPlanItem(input: $input) {
      id
      title
    }
  }
`);

export async function loadPlan(request: Request, workspace: ClientWorkspace) {
  const result = await graphqlRequest(
    MyPlanQuery,
    { clientId: workspace.clientId },
    { request, org: workspace.org },
  );
  return { plan: result.improvementPlan, activity: result.planActivity.edges.map((edge) => edge.node) };
}

export type PlanActionResult =
  (FormFailure & { intent?: string; id?: string }) | { success: string; intent: string; id: string };

export async function planAction(request: Request, workspace: ClientWorkspace) {
  const form = await request.formData();
  const parsed = parseForm(planActionSchema, form);
  const intent = String(form.get('intent') ?? '');
  const id = String(form.get('id') ?? form.get('itemId') ?? 'new');
  if (!parsed.ok) {
    return data<PlanActionResult>(
      { fieldErrors: parsed.fieldErrors, formError: parsed.formError, intent, id },
      { status: 400 },
    );
  }
  const action = parsed.data;
  const options = { request, org: workspace.org };
  try {
    switch (action.intent) {
      case 'update': {
        const { updatePlanItem } = await graphqlRequest(
          UpdateItemMutation,
          {
            input: {
              id: action.id,
              version: action.version,
              status: action.status,
              evidence: action.evidence,
            },
          },
          options,
        );
        return data<PlanActionResult>({
          success: t('me.plan.saved', { title: updatePlanItem.title }),
          intent,
          id,
        });
      }
      case 'comment': {
        await graphqlRequest(
          CommentMutation,
          { input: { itemId: action.itemId, body: action.body } },
          options,
        );
        return data<PlanActionResult>({ success: t('me.plan.commented'), intent, id });
      }
      case 'add': {
        const { addPlanItem } = await graphqlRequest(
          AddItemMutation,
          {
            input: {
              clientId: workspace.clientId,
              title: action.title,
              category: action.category,
              dueOn: action.dueOn,
              owner: 'CLIENT',
            },
          },
          options,
        );
        return data<PlanActionResult>({
          success: t('me.plan.added', { title: addPlanItem.title }),
          intent,
          id: addPlanItem.id,
        });
      }
    }
  } catch (error) {
    return failedForm(error, ['status', 'evidence', 'body', 'title', 'category', 'dueOn'], request);
  }
}
