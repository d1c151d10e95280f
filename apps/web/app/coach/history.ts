import { t } from '~/i18n/i18n';
import type { ClientPageData } from './client.server';
import { formatDay, formatMoment } from './format';

/** How much history the client page reads; the timeline says so when there is more. */
export const HISTORY_LIMIT = 50;

/** Pure shaping of a client's history for the client page: the timeline and the charts' data. */

export type TimelineKind = 'application' | 'stage' | 'rejection' | 'feedback' | 'exercise';

export interface TimelineEvent {
  id: string;
  kind: TimelineKind;
  /** For ordering: an ISO timestamp (days count as noon UTC). */
  at: string;
  /** The date as the viewer reads it. */
  when: string;
  text: string;
  link?: { to: string; label: string };
}

const dayAt = (day: string) => `${day}T12:00:00.000Z`;

export function buildTimeline(page: ClientPageData, base: string, timeZone: string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const companyOfRejection = new Map<string, string>();
  const clientBase = `${base}/caseload/${page.client.id}`;
  for (const { node: application } of page.applications.edges) {
    events.push({
      id: `application:${application.id}`,
      kind: 'application',
      at: dayAt(application.appliedOn),
      when: formatDay(application.appliedOn),
      text: t('clientPage.timeline.applied', { company: application.company, role: application.roleTitle }),
    });
    for (const move of application.stageHistory) {
      // The first event is the application itself; rejections get their own, richer entry.
      if (move.fromStage === null || move.toStage === 'REJECTED') continue;
      events.push({
        id: `stage:${move.id}`,
        kind: 'stage',
        at: move.changedAt,
        when: formatMoment(move.changedAt, timeZone),
        text: t('clientPage.timeline.moved', {
          company: application.company,
          stage: t(`labels.applicationStage.${move.toStage}`),
        }),
      });
    }
    const rejection = application.rejection;
    if (rejection) {
      companyOfRejection.set(rejection.id, application.company);
      events.push({
        id: `rejection:${rejection.id}`,
        kind: 'rejection',
        at: dayAt(rejection.rejectedOn),
        when: formatDay(rejection.rejectedOn),
        text: t('clientPage.timeline.rejected', {
          company: application.company,
          stage: t(`labels.rejectionStage.${rejection.stageReached}`),
        }),
        link: {
          to: `${clientBase}/rejections/${rejection.id}`,
          label: t('clientPage.timeline.openRejection'),
        },
      });
    }
  }
  for (const { node: request } of page.feedbackRequests.edges) {
    const recipient = t(`labels.feedbackSource.${request.recipientRole}`);
    const rejectionLink = {
      to: `${clientBase}/rejections/${request.rejectionId}`,
      label: t('clientPage.timeline.openRejection'),
    };
    const asked = request.sentOn ? dayAt(request.sentOn) : request.createdAt;
    events.push({
      id: `feedback:${request.id}`,
      kind: 'feedback',
      at: asked,
      when: request.sentOn ? formatDay(request.sentOn) : formatMoment(request.createdAt, timeZone),
      text: t('clientPage.timeline.feedbackRequested', {
        recipient,
        status: t(`labels.feedbackStatus.${request.status}`),
      }),
      link: rejectionLink,
    });
    if (request.answeredOn) {
      events.push({
        id: `feedback-answer:${request.id}`,
        kind: 'feedback',
        at: dayAt(request.answeredOn),
        when: formatDay(request.answeredOn),
        text: t('clientPage.timeline.feedbackAnswered', { recipient }),
        link: rejectionLink,
      });
    }
  }
  for (const { node: assignment } of page.exerciseAssignments.edges) {
    const review = {
      to: `${base}/exercises/review/${assignment.id}`,
      label: t('clientPage.timeline.openReview'),
    };
    events.push({
      id: `exercise:${assignment.id}`,
      kind: 'exercise',
      at: assignment.createdAt,
      when: formatMoment(assignment.createdAt, timeZone),
      text: t('clientPage.timeline.exerciseAssigned', { title: assignment.title }),
    });
    if (assignment.submittedAt) {
      events.push({
        id: `exercise-submitted:${assignment.id}`,
        kind: 'exercise',
        at: assignment.submittedAt,
        when: formatMoment(assignment.submittedAt, timeZone),
        text: t('clientPage.timeline.exerciseSubmitted', { title: assignment.title }),
        link: review,
      });
    }
    if (assignment.reviewedAt) {
      events.push({
        id: `exercise-reviewed:${assignment.id}`,
        kind: 'exercise',
        at: assignment.reviewedAt,
        when: formatMoment(assignment.reviewedAt, timeZone),
        text: t('clientPage.timeline.exerciseReviewed', { title: assignment.title }),
        link: review,
      });
    }
  }
  return events.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id.localeCompare(b.id)));
}

export const HEATMAP_STAGES = [
  'RESUME_SCREEN',
  'PHONE_SCREEN',
  'TECHNICAL_ASSESSMENT',
  'FIRST_INTERVIEW',
  'LATER_INTERVIEW',
  'FINAL_ROUND',
  'AFTER_OFFER',
] as const;
export const HEATMAP_REASONS = [
  'INTERNAL_CANDIDATE',
  'DIFFERENT_DIRECTION',
  'BETTER_QUALIFIED_CANDIDATE',
  'MISSING_SKILL',
  'PRESENTATION_OR_RAPPORT',
  'TIMING_OR_BUDGET',
  'UNKNOWN',
] as const;

export interface Heatmap {
  /** counts[stage][reason] */
  counts: Record<string, Record<string, number>>;
  max: number;
  total: number;
}

/** Rejections counted by stage reached × effective reason (coach tag first). */
export function buildHeatmap(
  rejections: ReadonlyArray<{ stageReached: string; effectiveReason: string }>,
): Heatmap {
  const counts: Record<string, Record<string, number>> = {};
  for (const stage of HEATMAP_STAGES) {
    counts[stage] = Object.fromEntries(HEATMAP_REASONS.map((reason) => [reason, 0]));
  }
  let max = 0;
  for (const rejection of rejections) {
    const row = counts[rejection.stageReached];
    if (!row || !(rejection.effectiveReason in row)) continue;
    row[rejection.effectiveReason] += 1;
    max = Math.max(max, row[rejection.effectiveReason]);
  }
  return { counts, max, total: rejections.length };
}

export interface CheckInPoint {
  day: string;
  value: number;
  company: string;
}

/** Check-ins after rejections, oldest first. */
export function buildCheckIns(page: ClientPageData): CheckInPoint[] {
  return page.applications.edges
    .flatMap(({ node }) =>
      node.rejection?.checkIn != null
        ? [{ day: node.rejection.rejectedOn, value: node.rejection.checkIn, company: node.company }]
        : [],
    )
    .sort((a, b) => a.day.localeCompare(b.day));
}
