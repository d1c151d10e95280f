import {
  orderNextSteps,
  progressSummary,
  type ApplicationStage as DomainStage,
  type NextStepCandidate,
} from '@rebound/domain';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { recentActivity } from './activity';
import { toDomainStage } from './vocabulary';

const WorkspaceHomeQuery = graphql(`
  query WorkspaceHome($clientId: ID!) {
    openExercises: exerciseAssignments(
      first: 50
      filter: { clientId: $clientId, statuses: [ASSIGNED, IN_PROGRESS] }
    ) {
      edges {
        node {
          id
          title
          dueOn
          status
          overdue
        }
      }
    }
    doneExercises: exerciseAssignments(
      first: 20
      filter: { clientId: $clientId, statuses: [SUBMITTED, REVIEWED] }
    ) {
      totalCount
      edges {
        node {
          id
          title
          status
          submittedAt
          reviewedAt
        }
      }
    }
    feedbackRequests(first: 50, filter: { clientId: $clientId }) {
      edges {
        node {
          id
          status
          followUpDue
          followUpOn
          answeredOn
          createdAt
          rejection {
            id
            application {
              id
              company
              roleTitle
            }
          }
        }
      }
    }
    improvementPlan(clientId: $clientId) {
      items {
        id
        title
        status
        owner
        dueOn
      }
      progress {
        done
        total
      }
    }
    planActivity(clientId: $clientId, first: 5) {
      edges {
        node {
          id
          action
          actorName
          createdAt
          details
        }
      }
    }
  }
`);

/** Split from WorkspaceHome: one query holding both stays under the API's cost limit. */
const WorkspaceHistoryQuery = graphql(`
  query WorkspaceHistory($clientId: ID!) {
    applications(first: 100, filter: { clientId: $clientId }) {
      totalCount
      edges {
        node {
          id
          company
          roleTitle
          appliedOn
          stage
          furthestStage
          lastActivityAt
        }
      }
    }
    rejections(first: 20, filter: { clientId: $clientId }) {
      edges {
        node {
          id
          rejectedOn
          checkIn
          createdAt
          application {
            id
            company
          }
        }
      }
    }
  }
`);

export async function loadWorkspaceHome(request: Request, org: string, clientId: string, today: string) {
  const [result, history] = await Promise.all([
    graphqlRequest(WorkspaceHomeQuery, { clientId }, { request, org }),
    graphqlRequest(WorkspaceHistoryQuery, { clientId }, { request, org }),
  ]);
  const exercises = result.openExercises.edges.map((edge) => edge.node);
  const requests = result.feedbackRequests.edges.map((edge) => edge.node);
  const planItems = result.improvementPlan.items;
  const applications = history.applications.edges.map((edge) => edge.node);
  const rejections = history.rejections.edges.map((edge) => edge.node);

  const candidates: NextStepCandidate[] = [
    ...exercises.map((exercise) => ({
      kind: 'exercise' as const,
      id: exercise.id,
      title: exercise.title,
      dueOn: exercise.dueOn ?? null,
    })),
    ...requests
      .filter((request) => request.followUpDue)
      .map((request) => ({
        kind: 'follow_up' as const,
        id: request.id,
        title: request.rejection.application.company,
        dueOn: request.followUpOn ?? null,
      })),
    ...requests
      .filter((request) => request.status === 'DRAFT')
      .map((request) => ({
        kind: 'feedback_draft' as const,
        id: request.id,
        title: request.rejection.application.company,
        dueOn: null,
      })),
    ...planItems
      .filter((item) => item.owner === 'CLIENT' && (item.status === 'TODO' || item.status === 'DOING'))
      .map((item) => ({
        kind: 'plan_item' as const,
        id: item.id,
        title: item.title,
        dueOn: item.dueOn ?? null,
      })),
  ];

  const summary = progressSummary({
    today,
    applications: applications.map((application) => ({
      appliedOn: application.appliedOn,
      furthestStage: toDomainStage(application.furthestStage) as DomainStage,
    })),
    rejections: rejections.map((rejection) => ({
      rejectedOn: rejection.rejectedOn,
      checkIn: rejection.checkIn ?? null,
    })),
    exercisesSubmitted: result.doneExercises.totalCount,
    feedbackAnswered: requests.filter((request) => request.status === 'ANSWERED').length,
    planItemsDone: result.improvementPlan.progress.done,
    planItemsTotal: result.improvementPlan.progress.total,
  });

  return {
    nextSteps: orderNextSteps(candidates, today),
    summary,
    activity: recentActivity({
      applications,
      rejections,
      exercises: result.doneExercises.edges.map((edge) => edge.node),
      feedbackRequests: requests,
      plan: result.planActivity.edges.map((edge) => edge.node),
    }),
    counts: {
      openApplications: applications.filter((application) => !isClosed(application.stage)).length,
      applications: history.applications.totalCount,
    },
  };
}

function isClosed(stage: string): boolean {
  return stage === 'HIRED' || stage === 'REJECTED' || stage === 'WITHDRAWN' || stage === 'GHOSTED';
}
