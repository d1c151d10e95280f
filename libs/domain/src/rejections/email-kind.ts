import type { EmailText } from './email-text.js';

/**
 * What a pasted email is when it is not a rejection: good news pasted into the rejection box by mistake (or
 * out of habit). Telling which lets the page offer the right move instead: an invitation moves the
 * application to an interview, an offer to the offer stage, an acknowledgement leaves it where it is.
 */
export const NOT_REJECTION_KINDS = ['invitation', 'offer', 'acknowledgement'] as const;
export type NotRejectionKind = (typeof NOT_REJECTION_KINDS)[number];

type Cues = readonly RegExp[];

/** An offer to the client (not one made to somebody else). */
const OFFER_CUES: Cues = [
  /\b(?:delighted|pleased|happy|thrilled|excited|glad) to (?:offer you|extend (?:you )?(?:an|the|this|our) offer|make you an offer|confirm (?:your|our) offer)\b/i,
  /\b(?:offer you|offering you) the (?:post|position|role|job)\b/i,
  /\b(?:your|an|the) offer (?:letter|of employment)\b/i,
  /\b(?:confirm|indicate) your acceptance\b/i,
  /\b(?:accept|review|sign) (?:the|our|your) offer\b/i,
  /\b(?:love|like|want) (?:you to join|to have you (?:join|on board))\b|\bwelcome aboard\b|\bjoin as\b/i,
  /\b(?:you )?accepted (?:our|the) offer\b/i,
  /\bgood news about\b[^.\n]{0,60}?\b(?:call|chat|phone)\b/i,
];

/** An invitation to a next step: an interview, a call, an assessment, a round. */
const INVITATION_CUES: Cues = [
  /\b(?:invite|inviting|invitation)\b[^.\n]{0,40}?\b(?:interview|call|chat|meet|assessment|round|stage|conversation|exercise|visit)\w*/i,
  /\b(?:like|love|want) to (?:move forward with you|move you forward|progress you|invite you|schedule|set up|arrange|book)\b/i,
  /\bmove (?:forward with you|you forward|you to the next)\b/i,
  /\b(?:like|love|want) you back for\b/i,
  /\b(?:like|love|want) you to (?:complete|take|do|sit|work on)\b[^.\n]{0,60}?\b(?:take-?home|exercise|assessment|test|task|challenge|case study|assignment)\b/i,
  /\b(?:your availability|times that work for you|a time that works|book a (?:slot|time)|pick a (?:slot|time)|when (?:are you|would you be) (?:free|available))\b/i,
  /\b(?:pleased|happy|delighted|excited) to (?:let you know|tell you|inform you) that (?:you(?:'ve| have)|we(?:'d| would))\b/i,
];

/** An acknowledgement that the application arrived and will be read, or a note that it still is. */
const ACKNOWLEDGEMENT_CUES: Cues = [
  /\bhope to (?:come|get) back to you\b|\btaking longer than\b/i,
  /\b(?:still (?:reviewing|interviewing|considering|assessing|looking at)|(?:have|has)n't forgotten about you|expect to (?:make (?:a |our |the )?decisions?|get back|come back|be in touch))\b/i,
  /\b(?:have|has|we've) (?:successfully )?received your (?:application|cv|r[ée]sum[ée]|submission)\b/i,
  /\b(?:thank you|thanks) for (?:applying|your application)\b[\s\S]{0,300}?\b(?:will (?:review|be in touch|get back|contact)|(?:is|are) (?:now )?(?:being )?review\w*|review it)\b/i,
  /\b(?:your application|it) (?:is|has been) (?:now )?(?:under review|being reviewed|submitted)\b/i,
];

const hits = (text: string, cues: Cues) => cues.some((cue) => cue.test(text));

/**
 * Which kind of good news the employer's words read as, strongest first: an offer mentions interviews and
 * calls too, and an invitation thanks you for applying; null when none fits.
 */
export function notRejectionKind(email: EmailText): NotRejectionKind | null {
  const written = email.plain.slice(0, email.quoteStart);
  if (hits(written, OFFER_CUES)) return 'offer';
  if (hits(written, INVITATION_CUES)) return 'invitation';
  if (hits(written, ACKNOWLEDGEMENT_CUES)) return 'acknowledgement';
  return null;
}
