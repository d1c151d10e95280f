/** The web's words for the account problem codes (libs/domain account-problems.ts). Same rules as messages.en.ts. */
export const accountProblems = {
  PASSWORD_TOO_SHORT: 'Use at least {limit} characters.',
  PASSWORD_CONTAINS_EMAIL: 'Choose a password that does not contain your email address.',
  WRONG_CREDENTIALS: 'Email or password is incorrect.',
  EMAIL_TAKEN:
    'An account with this email already exists. Sign in with your password or an email link instead.',
  SIGN_UP_LINK_INVALID: 'This sign-up link has expired or was already used. Sign up again.',
  RESET_LINK_INVALID: 'This reset link has expired or was already used. Ask for a new one.',
  SIGN_IN_LINK_OFF_SITE: 'A sign-in link can only lead to a page of Rebound.',

  SIGN_IN_EXPIRED: 'That sign-in took too long or was already used. Sign in again.',
  AUTHENTICATOR_CODE_EXPECTED: 'Enter the 6-digit code from your authenticator app.',
  WRONG_CODE: 'That code is not right. Enter the newest code your app shows.',
  CODE_ALREADY_USED: 'That code was already used. Wait for the next one.',
  CODE_OR_PASSWORD_REQUIRED: 'Enter a code from your authenticator app, or your password.',
  WRONG_PASSWORD: 'That password is not right.',
  TWO_FACTOR_ALREADY_ON: 'Two-factor sign-in is already on for your account.',
  TWO_FACTOR_SETUP_MISSING: 'This set-up is no longer waiting for a code. Start it again.',
  TWO_FACTOR_OFF: 'Two-factor sign-in is off for your account, so there is nothing to change.',
  OWN_TWO_FACTOR_FIRST: 'Turn on two-factor sign-in for your own account first, from your account page.',

  OWNER_NOT_INVITABLE: 'Invite them as an admin, then make them an owner.',
  ALREADY_MEMBER: 'This person is already a member of the organization.',
  ALREADY_JOINED: 'You are already a member of this organization.',
  INVITATION_PENDING: 'An invitation to this email is already waiting. Resend it instead.',
  INVITATION_ACCEPTED: 'This invitation was already accepted.',
  INVITATION_REVOKED: 'This invitation was withdrawn. Ask for a new one.',
  INVITATION_EXPIRED: 'This invitation has expired. Ask for a new one.',
  CANNOT_DISABLE_SELF: 'You cannot disable yourself. Another owner or admin can.',
  LAST_OWNER: 'An organization needs at least one active owner. Make someone else owner first.',

  PLAN_TOO_SMALL: 'Your organization has more people than this plan allows. Choose a larger plan.',
  COACHING_SEATS_TAKEN:
    'The {plan} plan has no coaching seat left (it includes {limit}; owners, admins and coaches each take one). Choose the Practice plan on the billing page to add people who coach.',
  ACTIVE_CLIENT_LIMIT:
    'The {plan} plan includes up to {limit} active clients, counting open invitations, and that limit is reached. Archive a client, or choose the Practice plan on the billing page.',
  ALREADY_SUBSCRIBED:
    'This organization already has a subscription. Change its plan in the customer portal on the billing page.',
  NO_SUBSCRIPTION: 'Choose a plan first. The customer portal manages a subscription once there is one.',
  BILLING_NOT_CONFIGURED: 'Billing is not configured on this server, so there is nothing to pay for.',
  READ_ONLY_TRIAL_ENDED:
    'The free trial has ended, so nothing can be changed for now. The owner can choose a plan on the billing page.',
  READ_ONLY_PAYMENT_OVERDUE:
    'The subscription is overdue, so nothing can be changed for now. The owner can update the payment method on the billing page.',
  READ_ONLY_PAUSED:
    'The subscription is paused, so nothing can be changed for now. The owner can resume it on the billing page.',
  READ_ONLY_CANCELED:
    'The subscription has ended: everything stays readable and can be downloaded, but nothing can be changed. The owner can subscribe again on the billing page.',

  END_BEFORE_START: 'Choose an end that comes after the start.',
  DELETION_ALREADY_REQUESTED:
    'You already asked for your data to be deleted. An admin of the organization will confirm it.',
} as const;
