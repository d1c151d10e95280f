import { TRIAL_DAYS } from './billing-plans.js';

export const PAST_DUE_GRACE_DAYS = 7;

/** Stripe's subscription statuses (as of the API version the SDK pins). */
export const SUBSCRIPTION_STATUSES = [
  'trialing',
  'active',
  'past_due',
  'unpaid',
  'canceled',
  'incomplete',
  'incomplete_expired',
  'paused',
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export function isSubscriptionStatus(value: unknown): value is SubscriptionStatus {
  return typeof value === 'string' && (SUBSCRIPTION_STATUSES as readonly string[]).includes(value);
}

/** A subscription that bills or will bill: an organization may hold at most one. */
export function isLiveSubscription(status: SubscriptionStatus): boolean {
  return status === 'trialing' || status === 'active' || status === 'past_due' || status === 'unpaid';
}

/**
 * `full`: everything works. `grace`: everything works, with a warning that payment failed.
 * `read_only`: reading, billing and data export only.
 */
export const ACCESS_LEVELS = ['full', 'grace', 'read_only'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

export const ENTITLEMENT_REASONS = [
  'unconfigured',
  'trial',
  'trial_ended',
  'subscribed',
  'past_due',
  'payment_overdue',
  'canceled',
  'paused',
] as const;
export type EntitlementReason = (typeof ENTITLEMENT_REASONS)[number];

export interface Entitlement {
  access: Access;
  reason: EntitlementReason;
  /** The end of the organization's own trial (before any subscription). */
  trialEndsAt: Date | null;
  /** When read-only starts for a past-due subscription. */
  graceEndsAt: Date | null;
}

export interface EntitlementInput {
  billingConfigured: boolean;
  organizationCreatedAt: Date;
  subscription: { status: SubscriptionStatus; pastDueSince: Date | null } | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function trialEndOf(organizationCreatedAt: Date): Date {
  return new Date(organizationCreatedAt.getTime() + TRIAL_DAYS * DAY_MS);
}

/** What an organization may do, from its subscription's status and dates. */
export function entitlementOf(input: EntitlementInput, now: Date): Entitlement {
  // Without Stripe nobody could pay: every organization keeps the trial.
  if (!input.billingConfigured) {
    return { access: 'full', reason: 'unconfigured', trialEndsAt: null, graceEndsAt: null };
  }
  const { subscription } = input;
  // A checkout whose first payment is still open has not replaced the trial yet.
  if (!subscription || subscription.status === 'incomplete') {
    const trialEndsAt = trialEndOf(input.organizationCreatedAt);
    const inTrial = now.getTime() < trialEndsAt.getTime();
    return {
      access: inTrial ? 'full' : 'read_only',
      reason: inTrial ? 'trial' : 'trial_ended',
      trialEndsAt,
      graceEndsAt: null,
    };
  }
  switch (subscription.status) {
    case 'trialing':
    case 'active':
      return { access: 'full', reason: 'subscribed', trialEndsAt: null, graceEndsAt: null };
    case 'past_due': {
      const since = subscription.pastDueSince ?? now;
      const graceEndsAt = new Date(since.getTime() + PAST_DUE_GRACE_DAYS * DAY_MS);
      const inGrace = now.getTime() < graceEndsAt.getTime();
      return {
        access: inGrace ? 'grace' : 'read_only',
        reason: inGrace ? 'past_due' : 'payment_overdue',
        trialEndsAt: null,
        graceEndsAt,
      };
    }
    // Stripe gave up retrying the payment: the grace period is over whatever the dates say.
    case 'unpaid':
      return { access: 'read_only', reason: 'payment_overdue', trialEndsAt: null, graceEndsAt: null };
    case 'paused':
      return { access: 'read_only', reason: 'paused', trialEndsAt: null, graceEndsAt: null };
    case 'canceled':
    case 'incomplete_expired':
      return { access: 'read_only', reason: 'canceled', trialEndsAt: null, graceEndsAt: null };
  }
}
