import { notRejectionKind, type NotRejectionKind } from './email-kind.js';
import { readEmail } from './email-text.js';
import { REJECTION_EMAIL_CORPUS } from './rejection-email.corpus.js';
import { suggestFromRejectionEmail } from './rejection-email.js';

/**
 * Not rejections, and none of the kinds the page has a move for: a reference request, a survey, a reminder
 * to finish an application, a question before interviews, a talent-pool welcome.
 */
const NEITHER = new Set([
  'not-rejection-reference-request',
  'not-rejection-survey',
  'not-rejection-ats-application-incomplete',
  'not-rejection-salary-question',
  'not-rejection-talent-pool',
]);

const CASES: readonly [text: string, kind: NotRejectionKind | null][] = [
  [
    "Just a quick note: we're still interviewing candidates for the position and expect to make decisions by the end of next week.",
    'acknowledgement',
  ],
  ["so happy to confirm we'd love you to join as head baker. chat tomorrow about start dates?", 'offer'],
  ['Welcome aboard! We are excited you accepted our offer for the Operations Analyst role.', 'offer'],
  [
    "Great feedback from Holbrook — they'd like you back for a second interview next Wednesday.",
    'invitation',
  ],
  // invitations
  [
    "As a next step, we'd like you to complete a short take-home exercise. Please send your solution within five days.",
    'invitation',
  ],
  [
    'Hi Sam, thanks for applying! We would like to invite you to a first interview with our Head of Design. Could you send your availability for next week?',
    'invitation',
  ],
  [
    "Great news: the team loved your take-home and we'd like to move you forward to the panel stage. Pick a time that works here.",
    'invitation',
  ],
  [
    'Are you free for a quick call on Thursday? We would like to schedule a chat about the role.',
    'invitation',
  ],
  // offers
  [
    'Dear Ms Okafor, following your final interview, I am delighted to offer you the position of Senior Analyst. Your offer letter is attached; please confirm your acceptance by Friday.',
    'offer',
  ],
  [
    "We're thrilled to extend an offer for the Backend Engineer role. Can we call to talk it through?",
    'offer',
  ],
  // acknowledgements
  [
    'Thank you for applying to the Support Agent position at Bluefin. We have received your application and will review it shortly.',
    'acknowledgement',
  ],
  [
    'Your application has been submitted. Our recruiters will be in touch if your profile matches.',
    'acknowledgement',
  ],
  // neither
  ['See you at the conference next month!', null],
];

describe('what a pasted email is when it is not a rejection', () => {
  it.each(CASES)('%s → %s', (text, kind) => {
    expect(notRejectionKind(readEmail(text))).toBe(kind);
  });

  it.each(CASES.filter(([, kind]) => kind !== null))(
    'is told on the suggestion, which then stops short of a reason and a stage: %s',
    (text, kind) => {
      const got = suggestFromRejectionEmail(text);
      expect(got.isRejection).toBe(false);
      expect(got.notRejection).toBe(kind);
      expect(got.stage).toBeNull();
      expect(got.reason.value).toBe('unknown');
    },
  );

  it('names every non-rejection of the project corpus, and no rejection of it', () => {
    for (const example of REJECTION_EMAIL_CORPUS) {
      const got = suggestFromRejectionEmail(example.text);
      if (example.expected.isRejection && got.isRejection)
        expect([example.id, got.notRejection]).toEqual([example.id, null]);
      if (!example.expected.isRejection && !got.isRejection)
        expect([example.id, got.notRejection]).toEqual([
          example.id,
          NEITHER.has(example.id) ? null : expect.any(String),
        ]);
    }
  });
});
