/** The words of every email Rebound sends, in one place (English first; the catalogue grows with locales). */

const SIGNATURE = '\n\n— Rebound';

export function invitationEmail(input: {
  organizationName: string;
  inviterName: string;
  roleLabel: string;
  url: string;
  validDays: number;
}) {
  return {
    subject: `${input.inviterName} invited you to ${input.organizationName} on Rebound`,
    text:
      `${input.inviterName} invited you to join ${input.organizationName} on Rebound as ${input.roleLabel}.\n\n` +
      `Accept the invitation here:\n${input.url}\n\n` +
      `The link works once and for ${input.validDays} days. If you were not expecting it, you can ignore this email.` +
      SIGNATURE,
  };
}

export function passwordResetEmail(input: { url: string }) {
  return {
    subject: 'Reset your Rebound password',
    text:
      `Someone (hopefully you) asked to reset the password of your Rebound account.\n\n` +
      `Choose a new password here:\n${input.url}\n\n` +
      `The link works once and for one hour. If you did not ask for it, ignore this email: your password stays as it is.` +
      SIGNATURE,
  };
}

export function signInLinkEmail(input: { url: string }) {
  return {
    subject: 'Your Rebound sign-in link',
    text:
      `Use this link to sign in to Rebound:\n${input.url}\n\n` +
      `It works once and for a short time. If you did not ask for it, ignore this email.` +
      SIGNATURE,
  };
}

export function reminderEmail(input: { title: string; detail: string; url: string }) {
  return {
    subject: input.title,
    text:
      `${input.title}${input.detail ? `: ${input.detail}` : ''}.\n\n` +
      `Open it in Rebound:\n${input.url}\n\n` +
      `You get these reminders because they are switched on in your account; you can turn them off there.` +
      SIGNATURE,
  };
}

export function notificationEmail(input: { title: string; detail: string; url: string }) {
  return {
    subject: input.title,
    text:
      `${input.title}${input.detail ? `: ${input.detail}` : ''}.\n\n` +
      `Open it in Rebound:\n${input.url}\n\n` +
      `You get these emails as things happen; in your account you can take them as one daily digest or turn them off.` +
      SIGNATURE,
  };
}

export function dailyDigestEmail(input: {
  organizationName: string;
  items: { title: string; detail: string }[];
  url: string;
}) {
  const lines = input.items.map((item) => `- ${item.title}${item.detail ? `: ${item.detail}` : ''}`);
  return {
    subject: `Your day in ${input.organizationName}: ${input.items.length} ${input.items.length === 1 ? 'update' : 'updates'}`,
    text:
      `Since your last digest:\n\n${lines.join('\n')}\n\n` +
      `See them all in Rebound:\n${input.url}\n\n` +
      `You get one digest a day because you chose it in your account; you can switch to emails as things happen there.` +
      SIGNATURE,
  };
}

export function weeklyDigestEmail(input: {
  newRejections: number;
  toReview: number;
  overdue: number;
  url: string;
}) {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return {
    subject: 'Your week in the caseload',
    text:
      `Here is where your clients stand this week:\n\n` +
      `- ${count(input.newRejections, 'new rejection', 'new rejections')}\n` +
      `- ${count(input.toReview, 'submitted exercise waits', 'submitted exercises wait')} for your review\n` +
      `- ${count(input.overdue, 'exercise is', 'exercises are')} overdue\n\n` +
      `Your caseload, sorted by who needs attention:\n${input.url}` +
      SIGNATURE,
  };
}

export const ROLE_LABELS: Record<string, string> = {
  owner: 'an owner',
  admin: 'an admin',
  coach: 'a coach',
  client: 'a client',
};
