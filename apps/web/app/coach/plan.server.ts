import { data } from '@remix-run/node';
import type { ViewerOrganization } from '~/auth/viewer.server';
import { parseForm, type FormFailure } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { ApiError, graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { t } from '~/i18n/i18n';
import { planActionSchema } from './schemas';

const PlanQuery = graphql(`
  query PlanEditor($clientId: ID!) {
    client(id: $clientId) {
      id
      name
      status
    }
    improvementPlan(clientId: $clientId) {
      progress {
        done
        total
        share
      }
      goals {
        id
        title
        position
      }
      items {
        id
        goalId
        title
        category
        owner
        status
        dueOn
        evidence
        position
        version
        createdBySide
        comments {
          id
          authorName
          body
          createdAt
        }
      }
    }
    planActivity(clientId: $clientId, first: 30) {
      totalCount
      edges {
        node {
          id
          action
          actorName
          createdAt
          details
          itemId
        }
      }
    }
  }
`);

const AddGoalMutation = graphql(`
  mutation AddPlanGoal($input: AddPlanGoalInput!) {
    addPlanGoal(input: $input) {
      goals {
        id
      }
    }
  }
`);

const AddItemMutation = graphql(`
  mutation AddPlanItem($input: AddPlanItemInput!) {
    addPlanItem(input: $input) {
      id
      title
    }
  }
`);

const UpdateItemMutation = graphql(`
  mutation UpdatePlanItem($input: UpdatePlanItemInput!) {
    updatePlanItem(input: $input) {
      id
      title
      status
      version
      position
    }
  }
`);

const CommentMutation = graphql(`
  mutation CommentOnPlanItem($input: CommentOnPlanItemInput!) {
    commentOnPlanItem(input: $input) {
      id
    }
  }
`);

export async function loadPlan(request: Request, org: string, clientId: string) {
  return graphqlRequest(PlanQuery, { clientId }, { request, org });
}

export type PlanData = Awaited<ReturnType<typeof loadPlan>>;
export type PlanActionResult = FormFailure | { success: string; intent: string; itemId?: string };

const FORM_FIELDS = ['title', 'category', 'owner', 'goalId', 'dueOn', 'evidence', 'status', 'body'];

export async function planAction(request: Request, organization: ViewerOrganization, clientId: string) {
  const form = parseForm(planActionSchema, await request.formData());
  if (!form.ok) return invalid(form);
  const options = { request, org: organization.slug };
  const action = form.data;
  let success: string;
  try {
    switch (action.intent) {
      case 'addGoal':
        await graphqlRequest(AddGoalMutation, { input: { clientId, title: action.title } }, options);
        success = t('plan.goals.added', { title: action.title });
        break;
      case 'addItem': {
        const { addPlanItem } = await graphqlRequest(
          AddItemMutation,
          {
            input: {
              clientId,
              title: action.title,
              category: action.category,
              owner: action.owner,
              goalId: action.goalId ?? null,
              dueOn: action.dueOn ?? null,
            },
          },
          options,
        );
        success = t('plan.items.added', { title: addPlanItem.title });
        break;
      }
      case 'editItem': {
        const { updatePlanItem } = await graphqlRequest(
          UpdateItemMutation,
          {
            input: {
              id: action.itemId,
              version: action.version,
              title: action.title,
              category: action.category,
              owner: action.owner,
              dueOn: action.dueOn ?? null,
              evidence: action.evidence,
            },
          },
          options,
        );
        success = t('plan.items.saved', { title: updatePlanItem.title });
        break;
      }
      case 'setStatus': {
        const { updatePlanItem } = await graphqlRequest(
          UpdateItemMutation,
          { input: { id: action.itemId, version: action.version, status: action.status } },
          options,
        );
        success = t('plan.items.statusChanged', {
          title: updatePlanItem.title,
          status: t(`labels.planStatus.${updatePlanItem.status}`),
        });
        break;
      }
      case 'move': {
        success = await moveItem(request, organization.slug, clientId, action.itemId, action.direction);
        break;
      }
      case 'comment':
        await graphqlRequest(
          CommentMutation,
          { input: { itemId: action.itemId, body: action.body } },
          options,
        );
        success = t('plan.comments.added');
        break;
    }
  } catch (error) {
    return failedForm(error, FORM_FIELDS, request);
  }
  return data<PlanActionResult>({
    success,
    intent: action.intent,
    itemId: 'itemId' in action ? action.itemId : undefined,
  });
}

/**
 * Moves an item one place up or down: it takes its neighbour's place and the neighbour takes its
 * own, so the order stays a clean sequence whatever positions the items had before.
 */
async function moveItem(
  request: Request,
  org: string,
  clientId: string,
  itemId: string,
  direction: 'up' | 'down',
): Promise<string> {
  const { improvementPlan } = await loadPlan(request, org, clientId);
  const items = improvementPlan.items;
  const index = items.findIndex((item) => item.id === itemId);
  if (index === -1) throw new ApiError('NOT_FOUND', 'Plan item not in this plan');
  const target = direction === 'up' ? index - 1 : index + 1;
  const item = items[index];
  if (target < 0 || target >= items.length) return t('plan.items.moved', { title: item.title });
  const reordered = [...items];
  reordered.splice(index, 1);
  reordered.splice(target, 0, item);
  // Rewrite positions only where they differ from the new order, one versioned update each.
  for (const [position, entry] of reordered.entries()) {
    if (entry.position === position) continue;
    await graphqlRequest(
      UpdateItemMutation,
      { input: { id: entry.id, version: entry.version, position } },
      { request, org },
    );
  }
  return t('plan.items.moved', { title: item.title });
}
