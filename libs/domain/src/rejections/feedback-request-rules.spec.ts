import {
  closeAsUnansweredDue,
  datesAfterSending,
  FEEDBACK_REQUEST_EVENTS,
  feedbackRequestDates,
  FOLLOW_UP_DAYS,
  followUpDue,
  nextFeedbackRequestStatus,
  shouldSuggestFeedbackRequest,
  STAY_IN_TOUCH_DAYS,
  utcDay,
  type FeedbackRequestEvent,
} from './feedback-request-rules.js';
import {
  FEEDBACK_REQUEST_STATUSES,
  type EndedBy,
  type FeedbackRequestStatus,
} from './rejection-vocabulary.js';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const dayOrNull = (iso: string | null) => (iso ? day(iso) : null);

describe('shouldSuggestFeedbackRequest', () => {
  it.each<[EndedBy, boolean, boolean]>([
    ['employer', false, true],
    ['employer', true, false],
    ['client', false, false],
    ['client', true, false],
    ['silence', false, false],
    ['silence', true, false],
  ])('ended by %s, automated %p → %p', (endedBy, automated, expected) => {
    expect(shouldSuggestFeedbackRequest({ endedBy, automated })).toBe(expected);
  });
});

describe('feedbackRequestDates', () => {
  it.each([
    // rejected at, send on, send by, follow up on, stay in touch on
    ['2026-11-20T09:00:00Z', '2026-11-21', '2026-11-22', '2026-11-28', '2027-02-19'],
    // Late evening UTC is still that UTC day.
    ['2026-11-20T23:59:59Z', '2026-11-21', '2026-11-22', '2026-11-28', '2027-02-19'],
    // Across a month and a year end.
    ['2026-12-31T10:00:00Z', '2027-01-01', '2027-01-02', '2027-01-08', '2027-04-01'],
    // Across a leap day.
    ['2028-02-27T08:00:00Z', '2028-02-28', '2028-02-29', '2028-03-06', '2028-05-28'],
  ])(
    'rejected %s → send %s (by %s), follow up %s, stay in touch %s',
    (rejectedAt, send, sendBy, followUp, stayInTouch) => {
      expect(feedbackRequestDates(new Date(rejectedAt))).toEqual({
        suggestedSendOn: day(send),
        sendBy: day(sendBy),
        followUpOn: day(followUp),
        stayInTouchOn: day(stayInTouch),
      });
    },
  );

  it('counts follow-up and stay-in-touch from the day it was really sent', () => {
    expect(datesAfterSending(new Date('2026-11-25T16:30:00Z'))).toEqual({
      followUpOn: day('2026-12-02'),
      stayInTouchOn: day('2027-02-23'),
    });
    expect(FOLLOW_UP_DAYS).toBe(7);
    expect(STAY_IN_TOUCH_DAYS).toBe(90);
  });

  it('works in UTC days', () => {
    expect(utcDay(new Date('2026-11-25T23:30:00-05:00'))).toEqual(day('2026-11-26'));
  });
});

describe('nextFeedbackRequestStatus', () => {
  it.each<[FeedbackRequestStatus, FeedbackRequestEvent, FeedbackRequestStatus | null]>([
    ['draft', 'sent', 'sent'],
    ['draft', 'answered', null],
    ['draft', 'followed_up', null],
    ['draft', 'no_answer', null],
    ['sent', 'followed_up', 'sent'],
    ['sent', 'answered', 'answered'],
    ['sent', 'no_answer', 'no_answer'],
    ['sent', 'sent', null],
    ['no_answer', 'answered', 'answered'],
    ['no_answer', 'sent', null],
    ['no_answer', 'followed_up', null],
    ['no_answer', 'no_answer', null],
    ['answered', 'no_answer', null],
    ['answered', 'sent', null],
    ['answered', 'followed_up', null],
    ['answered', 'answered', null],
  ])('%s + %s → %s', (current, event, next) => {
    expect(nextFeedbackRequestStatus(current, event)).toBe(next);
  });

  it('allows one follow-up only', () => {
    expect(nextFeedbackRequestStatus('sent', 'followed_up', false)).toBe('sent');
    expect(nextFeedbackRequestStatus('sent', 'followed_up', true)).toBeNull();
    // The answer or the close still come after the follow-up.
    expect(nextFeedbackRequestStatus('sent', 'answered', true)).toBe('answered');
    expect(nextFeedbackRequestStatus('sent', 'no_answer', true)).toBe('no_answer');
  });

  it('has an answer for every status and event', () => {
    for (const status of FEEDBACK_REQUEST_STATUSES) {
      for (const event of FEEDBACK_REQUEST_EVENTS) {
        const next = nextFeedbackRequestStatus(status, event);
        expect(next === null || FEEDBACK_REQUEST_STATUSES.includes(next)).toBe(true);
      }
    }
  });
});

describe('followUpDue', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  it.each<[FeedbackRequestStatus, string | null, string | null, boolean]>([
    ['sent', '2026-11-28', null, true],
    ['sent', '2026-11-20', null, true],
    ['sent', '2026-11-29', null, false],
    ['sent', '2026-11-20', '2026-11-21', false],
    ['sent', null, null, false],
    ['answered', '2026-11-20', null, false],
    ['no_answer', '2026-11-20', null, false],
    ['draft', null, null, false],
  ])('%s, follow-up %s, followed up %s → %p', (status, followUpOn, followedUpOn, expected) => {
    expect(
      followUpDue({ status, followUpOn: dayOrNull(followUpOn), followedUpOn: dayOrNull(followedUpOn) }, now),
    ).toBe(expected);
  });

  it('treats the follow-up day as due from its first minute', () => {
    const request = {
      status: 'sent' as const,
      followUpOn: new Date('2026-11-28T15:00:00Z'),
      followedUpOn: null,
    };
    expect(followUpDue(request, new Date('2026-11-28T00:01:00Z'))).toBe(true);
  });
});

describe('closeAsUnansweredDue', () => {
  const now = new Date('2026-12-05T08:00:00Z');
  it.each<[FeedbackRequestStatus, string | null, boolean]>([
    ['sent', '2026-11-28', true],
    ['sent', '2026-11-20', true],
    ['sent', '2026-11-29', false],
    ['sent', null, false],
    ['answered', '2026-11-20', false],
    ['no_answer', '2026-11-20', false],
  ])('%s, followed up %s → %p', (status, followedUpOn, expected) => {
    expect(
      closeAsUnansweredDue({ status, followUpOn: null, followedUpOn: dayOrNull(followedUpOn) }, now),
    ).toBe(expected);
  });
});
