import type { ApplicationStage, ProgressStage } from '../applications/application-vocabulary.js';
import type { AssignmentStatus } from '../exercises/exercise-vocabulary.js';
import type {
  EndedBy,
  FeedbackRequestStatus,
  RejectionReason,
  RejectionStage,
} from '../rejections/rejection-vocabulary.js';

/** What the insight rules read about a client. Days are UTC calendar days, `YYYY-MM-DD`. */
export interface InsightApplication {
  id: string;
  appliedOn: string;
  stage: ApplicationStage;
  furthestStage: ProgressStage;
  furthestInterviewRound: number | null;
}

export interface InsightRejection {
  id: string;
  applicationId: string;
  rejectedOn: string;
  stageReached: RejectionStage;
  /** Already resolved with `effectiveReason` (coach tag, then employer, then client view). */
  effectiveReason: RejectionReason;
  automated: boolean;
  endedBy: EndedBy;
  /** How hard it hit, 1 (barely) to 5 (very hard); null when the client did not say. */
  checkIn: number | null;
}

export interface InsightFeedbackRequest {
  id: string;
  rejectionId: string;
  status: FeedbackRequestStatus;
  sentOn: string | null;
  followUpOn: string | null;
  followedUpOn: string | null;
}

export interface InsightExercise {
  id: string;
  status: AssignmentStatus;
  dueOn: string | null;
}

export interface ClientHistory {
  applications: InsightApplication[];
  rejections: InsightRejection[];
  feedbackRequests: InsightFeedbackRequest[];
  exercises: InsightExercise[];
}

const DAY_MS = 86_400_000;

/** Milliseconds of midnight UTC of a `YYYY-MM-DD` day (or of an ISO timestamp's UTC day). */
export function dayMs(isoDay: string): number {
  const date = new Date(isoDay.length === 10 ? `${isoDay}T00:00:00.000Z` : isoDay);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Whole UTC days from `isoDay` to the UTC day of `now`; negative for a day in the future. */
export function daysBefore(isoDay: string, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((today - dayMs(isoDay)) / DAY_MS);
}

/** Whole days from day `a` to day `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayMs(b) - dayMs(a)) / DAY_MS);
}
