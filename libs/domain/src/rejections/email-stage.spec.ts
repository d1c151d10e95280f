import { readEmail } from './email-text.js';
import { suggestStage } from './email-stage.js';
import { suggestFromRejectionEmail } from './rejection-email.js';
import type { RejectionStage } from './rejection-vocabulary.js';

/** Each line: what the employer wrote, the stage it reads as, and words the phrase must contain. */
const CASES: readonly [text: string, stage: RejectionStage | null, phrase?: string][] = [
  // résumé / CV screen
  [
    'Thank you for applying for the Data Analyst role. Having reviewed your CV, we will not be progressing your application.',
    'resume_screen',
    'applying',
  ],
  ["Unfortunately we won't be inviting you to interview for this position.", null],
  [
    'We have reviewed your application and unfortunately we will not be inviting you to an interview on this occasion.',
    'resume_screen',
    'application',
  ],
  ['We will keep your CV on file for future roles. Unfortunately we are not moving forward.', null],
  // recruiter or phone screen
  [
    'Thanks for taking my call on Tuesday. After our phone screen, we have decided not to move forward.',
    'phone_screen',
    'phone screen',
  ],
  [
    'It was lovely speaking with me last week, sorry: speaking with us last week. We will pass.',
    'phone_screen',
  ],
  [
    'Thank you for the initial call with our recruiter. Unfortunately it is a no.',
    'phone_screen',
    'initial call',
  ],
  // take-home / technical exercise
  [
    'Thank you for completing the take-home exercise. The team reviewed it and unfortunately it fell short.',
    'technical_assessment',
    'take-home exercise',
  ],
  [
    'Thanks for the phone call and for the technical assessment you sent back. We will not proceed.',
    'technical_assessment',
    'technical assessment',
  ],
  ['We reviewed the coding challenge you submitted and decided not to continue.', 'technical_assessment'],
  ['Thanks for working on the case study. Unfortunately we are going with others.', 'technical_assessment'],
  // first interview
  [
    'Thank you for taking the time to interview with us for the Product Designer role. Unfortunately we will not move forward.',
    'first_interview',
    'interview',
  ],
  ['It was great meeting with the hiring manager on Zoom. Sadly we decided against it.', 'first_interview'],
  [
    'Thank you for your interview yesterday. We will not be taking you to the next round.',
    'first_interview',
    'your interview',
  ],
  // later / panel interview
  [
    'Thank you for attending the panel interview on Thursday. We regret to say we will not be proceeding.',
    'later_interview',
    'panel interview',
  ],
  [
    'Thanks for coming back for the second interview. Unfortunately it was not a match.',
    'later_interview',
    'second interview',
  ],
  [
    'Thank you for meeting the team on site and for the first interview. Unfortunately no.',
    'later_interview',
  ],
  // final round
  [
    'Thank you for making it to the final round of interviews with us. It was a close decision, but we went with another candidate.',
    'final_round',
    'final round',
  ],
  ['After your final interview with our CEO we decided not to proceed.', 'final_round'],
  // after an offer
  [
    'I am sorry to tell you that we have to withdraw our offer, as the budget for the role was cut.',
    'after_offer',
    'withdraw our offer',
  ],
  ['Following the reference checks we are unable to continue with your appointment.', 'after_offer'],
  // offers and later stages named for someone else, or not reached, do not count
  ['We have offered the role to another candidate whose experience is closer to the brief.', null],
  [
    'Unfortunately we are unable to offer you the position after reviewing your application.',
    'resume_screen',
  ],
  [
    'We were not able to progress you to the final round. Thank you for your interview with Dana.',
    'first_interview',
  ],
];

describe('the stage read from the wording of a rejection email', () => {
  it.each(CASES.map(([text, stage, phrase]) => [text, stage, phrase ?? ''] as const))(
    '%s → %s',
    (text, stage, phrase) => {
      const got = suggestStage(readEmail(text));
      expect(got?.value ?? null).toBe(stage);
      if (phrase) expect(got!.phrase.toLowerCase()).toContain(phrase.toLowerCase());
      if (got) expect(text).toContain(got.phrase);
    },
  );

  it('ignores the quoted earlier message', () => {
    const text = `Hi Sam,\n\nUnfortunately we will not move forward.\n\nOn Tue, 3 Mar 2026 at 10:00, Sam wrote:\n> Thanks for the final interview!`;
    expect(suggestStage(readEmail(text))).toBeNull();
  });

  it('is part of what a pasted rejection suggests, and absent when the email is not a rejection', () => {
    const rejection = suggestFromRejectionEmail(
      'Thank you for completing the take-home task. Unfortunately we have decided not to proceed.',
    );
    expect(rejection.stage).toEqual({
      value: 'technical_assessment',
      phrase: expect.stringContaining('take-home task'),
    });
    const invitation = suggestFromRejectionEmail(
      'We would like to invite you to a final interview. Please send your availability.',
    );
    expect(invitation.stage).toBeNull();
  });
});
