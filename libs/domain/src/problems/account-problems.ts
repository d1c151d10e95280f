/**
 * Problems particular to the account part of the product, as codes (see problem-codes.ts): each with a
 * one-line comment saying when the API answers it and which params it carries.
 */
export const ACCOUNT_PROBLEMS = [
  // Signing up, signing in, passwords
  /** A new password shorter than the rules allow. Params: `limit` (the fewest characters). */
  'PASSWORD_TOO_SHORT',
  /** A new password that contains the account's email address (or its part before the @). */
  'PASSWORD_CONTAINS_EMAIL',
  /** Signing in with an email and password that do not match an account that may sign in. */
  'WRONG_CREDENTIALS',
  /** An account already has this email (confirming a sign-up, creating an account from an invitation). */
  'EMAIL_TAKEN',
  /** A sign-up link that is unknown, already used or past its 24 hours. */
  'SIGN_UP_LINK_INVALID',
  /** A password-reset link that is unknown, already used or past its hour. */
  'RESET_LINK_INVALID',
  /** A sign-in link asked for a page outside the Rebound web app. */
  'SIGN_IN_LINK_OFF_SITE',

  // Two-factor sign-in
  /** The second step of a sign-in whose challenge has expired or was used: sign in again. */
  'SIGN_IN_EXPIRED',
  /** Text that is not a 6-digit authenticator code where one is needed. */
  'AUTHENTICATOR_CODE_EXPECTED',
  /** An authenticator or recovery code that does not match. */
  'WRONG_CODE',
  /** An authenticator code already used (or an older one): the next one is needed. */
  'CODE_ALREADY_USED',
  /** Turning two-factor sign-in off without a code or the password. */
  'CODE_OR_PASSWORD_REQUIRED',
  /** Turning two-factor sign-in off with a password that does not match the account's. */
  'WRONG_PASSWORD',
  /** Setting up two-factor sign-in while it is already on. */
  'TWO_FACTOR_ALREADY_ON',
  /** Confirming a set-up that was never started (or was replaced): start it again. */
  'TWO_FACTOR_SETUP_MISSING',
  /** Changing two-factor sign-in (new recovery codes, turning it off) while it is off. */
  'TWO_FACTOR_OFF',
  /** Requiring two-factor sign-in of staff before turning it on for one's own account. */
  'OWN_TWO_FACTOR_FIRST',

  // Members and invitations
  /** Inviting someone straight in as owner: invite as admin, then make them owner. */
  'OWNER_NOT_INVITABLE',
  /** Inviting an email that already belongs to a member of the organization. */
  'ALREADY_MEMBER',
  /** Accepting an invitation to an organization one is already a member of. */
  'ALREADY_JOINED',
  /** Inviting an email that already has a pending invitation: resend that one instead. */
  'INVITATION_PENDING',
  /** Using, resending or withdrawing an invitation that was already accepted. */
  'INVITATION_ACCEPTED',
  /** Using or resending an invitation that was withdrawn. */
  'INVITATION_REVOKED',
  /** Using an invitation past its last day. */
  'INVITATION_EXPIRED',
  /** Disabling one's own membership. */
  'CANNOT_DISABLE_SELF',
  /** Demoting or disabling the organization's last active owner. */
  'LAST_OWNER',

  // Billing
  /** Checking out a plan the organization has outgrown (more people than it allows). */
  'PLAN_TOO_SMALL',
  /** Adding someone who coaches past the plan's coaching seats. Params: `plan` (name), `limit`. */
  'COACHING_SEATS_TAKEN',
  /** Adding a client past the plan's active clients (open invitations count). Params: `plan`, `limit`. */
  'ACTIVE_CLIENT_LIMIT',
  /** Checking out while a subscription is live: it changes in the Stripe customer portal. */
  'ALREADY_SUBSCRIBED',
  /** Opening the customer portal before any plan was chosen. */
  'NO_SUBSCRIPTION',
  /** Checkout or portal on a server without Stripe configured. */
  'BILLING_NOT_CONFIGURED',
  /** A change in an organization whose free trial ended without a plan: it is read-only. */
  'READ_ONLY_TRIAL_ENDED',
  /** A change in an organization whose subscription is overdue: it is read-only. */
  'READ_ONLY_PAYMENT_OVERDUE',
  /** A change in an organization whose subscription is paused: it is read-only. */
  'READ_ONLY_PAUSED',
  /** A change in an organization whose subscription has ended: it is read-only. */
  'READ_ONLY_CANCELED',

  // Audit log and privacy
  /** A time range whose end comes before its start (the audit log's filter). */
  'END_BEFORE_START',
  /** A client asking again for their data to be deleted while the first request is open. */
  'DELETION_ALREADY_REQUESTED',
] as const;
