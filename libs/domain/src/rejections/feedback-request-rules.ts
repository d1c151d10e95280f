import type { EndedBy, FeedbackRequestStatus } from './rejection-vocabulary.js';

/** Ask a day after the rejection: the contact still remembers the candidate, and the sting has eased. */
export const SUGGESTED_SEND_AFTER_DAYS = 1;
/** The last day of the suggested window (one to two days after the rejection). */
export const LATEST_SEND_AFTER_DAYS = 2;
/** One cordial follow-up a week after sending; a week after that, the request closes as unanswered. */
export const FOLLOW_UP_DAYS = 7;
/** A "stay in touch" note a few months on keeps the door open for the next opening. */
export const STAY_IN_TOUCH_DAYS = 90;

const DAY_MS = 86_400_000;

/** Midnight UTC of the day `date` falls on: the rules deal in days, stored as UTC dates. */
export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** Only after human contact, and only when the employer ended it: an automated reply has nobody to ask. */
export function shouldSuggestFeedbackRequest(input: { endedBy: EndedBy; automated: boolean }): boolean {
  return input.endedBy === 'employer' && !input.automated;
}

export interface FeedbackRequestDates {
  /** The day to send the request. */
  suggestedSendOn: Date;
  /** The last day of the suggested window; later than this the request reads as an afterthought. */
  sendBy: Date;
  /** When to nudge if nothing came back. */
  followUpOn: Date;
  /** When to send a stay-in-touch note. */
  stayInTouchOn: Date;
}

/** The follow-up and stay-in-touch days, counted from the day the request actually went out. */
export function datesAfterSending(sentOn: Date): { followUpOn: Date; stayInTouchOn: Date } {
  const day = utcDay(sentOn);
  return { followUpOn: addDays(day, FOLLOW_UP_DAYS), stayInTouchOn: addDays(day, STAY_IN_TOUCH_DAYS) };
}

/** The plan for a request after a rejection, as UTC days, assuming it goes out on the suggested day. */
export function feedbackRequestDates(rejectedAt: Date): FeedbackRequestDates {
  const rejectedOn = utcDay(rejectedAt);
  const suggestedSendOn = addDays(rejectedOn, SUGGESTED_SEND_AFTER_DAYS);
  return {
    suggestedSendOn,
    sendBy: addDays(rejectedOn, LATEST_SEND_AFTER_DAYS),
    ...datesAfterSending(suggestedSendOn),
  };
}

/** What can happen to a request. `followed_up` is the one cordial nudge; it leaves the request sent. */
export const FEEDBACK_REQUEST_EVENTS = ['sent', 'followed_up', 'answered', 'no_answer'] as const;
export type FeedbackRequestEvent = (typeof FEEDBACK_REQUEST_EVENTS)[number];

/** The events a person records by hand; `answered` comes with the answer itself. */
export const RECORDED_FEEDBACK_REQUEST_EVENTS = [
  'sent',
  'followed_up',
  'no_answer',
] as const satisfies readonly FeedbackRequestEvent[];
export type RecordedFeedbackRequestEvent = (typeof RECORDED_FEEDBACK_REQUEST_EVENTS)[number];

const TRANSITIONS: Record<
  FeedbackRequestStatus,
  Partial<Record<FeedbackRequestEvent, FeedbackRequestStatus>>
> = {
  draft: { sent: 'sent' },
  sent: { followed_up: 'sent', answered: 'answered', no_answer: 'no_answer' },
  // A late answer still counts: closing as unanswered was our guess, not the contact's decision.
  no_answer: { answered: 'answered' },
  answered: {},
};

/**
 * draft → sent → answered | no_answer. Null when the event does not apply, including a second follow-up
 * (pass `alreadyFollowedUp`): one nudge is cordial, two is pestering.
 */
export function nextFeedbackRequestStatus(
  current: FeedbackRequestStatus,
  event: FeedbackRequestEvent,
  alreadyFollowedUp = false,
): FeedbackRequestStatus | null {
  if (event === 'followed_up' && alreadyFollowedUp) return null;
  return TRANSITIONS[current][event] ?? null;
}

export interface FeedbackRequestProgress {
  status: FeedbackRequestStatus;
  followUpOn: Date | null;
  followedUpOn: Date | null;
}

/** Sent, still unanswered, not yet followed up, and the follow-up day has come (compared as UTC days). */
export function followUpDue(request: FeedbackRequestProgress, now: Date): boolean {
  return (
    request.status === 'sent' &&
    !request.followedUpOn &&
    !!request.followUpOn &&
    utcDay(request.followUpOn).getTime() <= utcDay(now).getTime()
  );
}

/** Followed up a week ago and still no answer: time to close it as unanswered. */
export function closeAsUnansweredDue(request: FeedbackRequestProgress, now: Date): boolean {
  return (
    request.status === 'sent' &&
    !!request.followedUpOn &&
    addDays(utcDay(request.followedUpOn), FOLLOW_UP_DAYS).getTime() <= utcDay(now).getTime()
  );
}
