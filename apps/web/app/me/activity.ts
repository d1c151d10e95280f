import type { ApplicationStage, AssignmentStatus, FeedbackRequestStatus } from '~/graphql/generated/graphql';

/** One line of "recent activity" on the workspace home; `at` is an ISO timestamp or a YYYY-MM-DD day. */
export type ActivityItem =
  | { kind: 'stage'; id: string; at: string; company: string; stage: ApplicationStage }
  | { kind: 'rejection'; id: string; at: string; company: string }
  | { kind: 'exercise_submitted' | 'exercise_reviewed'; id: string; at: string; title: string }
  | { kind: 'feedback_answered'; id: string; at: string; company: string }
  | { kind: 'plan'; id: string; at: string; action: string; actorName: string | null };

export interface ActivitySources {
  applications: ReadonlyArray<{
    id: string;
    company: string;
    stage: ApplicationStage;
    lastActivityAt: string;
  }>;
  rejections: ReadonlyArray<{ id: string; createdAt: string; application: { company: string } }>;
  exercises: ReadonlyArray<{
    id: string;
    title: string;
    status: AssignmentStatus;
    submittedAt?: string | null;
    reviewedAt?: string | null;
  }>;
  feedbackRequests: ReadonlyArray<{
    id: string;
    status: FeedbackRequestStatus;
    answeredOn?: string | null;
    rejection: { application: { company: string } };
  }>;
  plan: ReadonlyArray<{ id: string; action: string; actorName?: string | null; createdAt: string }>;
}

export const MAX_ACTIVITY_ITEMS = 8;

/** Comparable instant: a bare day sorts at its start (UTC). */
function instant(at: string): number {
  return new Date(at.length === 10 ? `${at}T00:00:00Z` : at).getTime();
}

/**
 * The newest things that happened in the client's search, newest first. A rejection is told once (as the
 * rejection, not also as a move to "rejected").
 */
export function recentActivity(sources: ActivitySources, limit = MAX_ACTIVITY_ITEMS): ActivityItem[] {
  const items: ActivityItem[] = [
    ...sources.applications
      .filter((application) => application.stage !== 'REJECTED')
      .map((application) => ({
        kind: 'stage' as const,
        id: `stage-${application.id}`,
        at: application.lastActivityAt,
        company: application.company,
        stage: application.stage,
      })),
    ...sources.rejections.map((rejection) => ({
      kind: 'rejection' as const,
      id: `rejection-${rejection.id}`,
      at: rejection.createdAt,
      company: rejection.application.company,
    })),
    ...sources.exercises.flatMap((exercise) => {
      const out: ActivityItem[] = [];
      if (exercise.submittedAt)
        out.push({
          kind: 'exercise_submitted',
          id: `submitted-${exercise.id}`,
          at: exercise.submittedAt,
          title: exercise.title,
        });
      if (exercise.reviewedAt)
        out.push({
          kind: 'exercise_reviewed',
          id: `reviewed-${exercise.id}`,
          at: exercise.reviewedAt,
          title: exercise.title,
        });
      return out;
    }),
    ...sources.feedbackRequests
      .filter((request) => request.status === 'ANSWERED' && request.answeredOn)
      .map((request) => ({
        kind: 'feedback_answered' as const,
        id: `answered-${request.id}`,
        at: request.answeredOn!,
        company: request.rejection.application.company,
      })),
    ...sources.plan.map((entry) => ({
      kind: 'plan' as const,
      id: `plan-${entry.id}`,
      at: entry.createdAt,
      action: entry.action,
      actorName: entry.actorName ?? null,
    })),
  ];
  return items.sort((a, b) => instant(b.at) - instant(a.at) || a.id.localeCompare(b.id)).slice(0, limit);
}
