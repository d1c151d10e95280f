import { REJECTION_REASONS, REJECTION_STAGES } from '~/graphql/enums';
import { t } from '~/i18n/i18n';
import type { ClientPageData } from './client.server';
import { formatDay, formatMoment, percent } from './format';

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

export interface HeatmapCell {
  count: number;
  /** The cell's share of the client's rejections. */
  share: number;
  /** The cell's share of the caseload's rejections. */
  caseloadShare: number;
}

export interface Heatmap {
  /** cells[stage][reason] */
  cells: Record<string, Record<string, HeatmapCell>>;
  max: number;
  total: number;
  caseloadTotal: number;
  caseloadSize: number;
}

interface Baseline {
  clientTotal: number;
  caseloadTotal: number;
  caseloadSize: number;
  cells: ReadonlyArray<{ stage: string; reason: string; clientCount: number; caseloadCount: number }>;
}

const shareOf = (count: number, total: number) => (total ? count / total : 0);

/**
 * The client's rejections by stage reached × effective reason (coach tag first), each cell beside the
 * caseload's share of the same cell; the counts come from the API, counted in SQL.
 */
export function buildHeatmap(baseline: Baseline): Heatmap {
  const cells: Heatmap['cells'] = {};
  for (const stage of REJECTION_STAGES) {
    cells[stage] = Object.fromEntries(
      REJECTION_REASONS.map((reason) => [reason, { count: 0, share: 0, caseloadShare: 0 }]),
    );
  }
  let max = 0;
  for (const cell of baseline.cells) {
    const row = cells[cell.stage];
    if (!row || !(cell.reason in row)) continue;
    row[cell.reason] = {
      count: cell.clientCount,
      share: shareOf(cell.clientCount, baseline.clientTotal),
      caseloadShare: shareOf(cell.caseloadCount, baseline.caseloadTotal),
    };
    max = Math.max(max, cell.clientCount);
  }
  return {
    cells,
    max,
    total: baseline.clientTotal,
    caseloadTotal: baseline.caseloadTotal,
    caseloadSize: baseline.caseloadSize,
  };
}

/**
 * The caseload's figure an insight is read against: for a stage or reason pattern, the caseload's share of
 * rejections at that stage (or with that reason) over the insights' own window; null for other insights.
 */
export function insightBaseline(
  insightKey: string,
  baseline: {
    windowDays: number;
    recentStages: ReadonlyArray<{ stage: string; share: number }>;
    recentReasons: ReadonlyArray<{ reason: string; share: number }>;
  },
): string | null {
  const [kind, subject = ''] = insightKey.split(':');
  const wanted = subject.toUpperCase();
  if (kind === 'stage_concentration') {
    const share = baseline.recentStages.find((row) => row.stage === wanted)?.share ?? 0;
    return t('coachLoops.baseline.stage', { share: percent(share), days: baseline.windowDays });
  }
  if (kind === 'reason_concentration') {
    const share = baseline.recentReasons.find((row) => row.reason === wanted)?.share ?? 0;
    return t('coachLoops.baseline.reason', { share: percent(share), days: baseline.windowDays });
  }
  return null;
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
