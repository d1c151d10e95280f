import {
  entitlementOf,
  isLiveSubscription,
  SUBSCRIPTION_STATUSES,
  type Entitlement,
  type EntitlementInput,
  type SubscriptionStatus,
} from './entitlement-rules.js';

const now = new Date('2026-11-30T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const configured = (
  subscription: EntitlementInput['subscription'],
  createdDaysAgo = 30,
): EntitlementInput => ({
  billingConfigured: true,
  organizationCreatedAt: daysAgo(createdDaysAgo),
  subscription,
});
const sub = (status: SubscriptionStatus, pastDueSince: Date | null = null) => ({ status, pastDueSince });

describe('entitlementOf', () => {
  it.each<[string, EntitlementInput, Entitlement]>([
    [
      'billing not configured, however old the organization',
      { billingConfigured: false, organizationCreatedAt: daysAgo(400), subscription: null },
      { access: 'full', reason: 'unconfigured', trialEndsAt: null, graceEndsAt: null },
    ],
    [
      'no subscription, day 13 of the trial',
      configured(null, 13),
      { access: 'full', reason: 'trial', trialEndsAt: daysAgo(-1), graceEndsAt: null },
    ],
    [
      'no subscription, trial just over',
      configured(null, 14),
      { access: 'read_only', reason: 'trial_ended', trialEndsAt: now, graceEndsAt: null },
    ],
    [
      'checkout not yet paid, still in the trial',
      configured(sub('incomplete'), 3),
      { access: 'full', reason: 'trial', trialEndsAt: daysAgo(-11), graceEndsAt: null },
    ],
    [
      'trialing',
      configured(sub('trialing')),
      { access: 'full', reason: 'subscribed', trialEndsAt: null, graceEndsAt: null },
    ],
    [
      'active',
      configured(sub('active')),
      { access: 'full', reason: 'subscribed', trialEndsAt: null, graceEndsAt: null },
    ],
    [
      'past due for 6 days',
      configured(sub('past_due', daysAgo(6))),
      { access: 'grace', reason: 'past_due', trialEndsAt: null, graceEndsAt: daysAgo(-1) },
    ],
    [
      'past due for exactly 7 days',
      configured(sub('past_due', daysAgo(7))),
      { access: 'read_only', reason: 'payment_overdue', trialEndsAt: null, graceEndsAt: now },
    ],
    [
      'past due, first seen now',
      configured(sub('past_due', null)),
      { access: 'grace', reason: 'past_due', trialEndsAt: null, graceEndsAt: daysAgo(-7) },
    ],
    [
      'unpaid',
      configured(sub('unpaid', daysAgo(2))),
      { access: 'read_only', reason: 'payment_overdue', trialEndsAt: null, graceEndsAt: null },
    ],
    [
      'paused',
      configured(sub('paused')),
      { access: 'read_only', reason: 'paused', trialEndsAt: null, graceEndsAt: null },
    ],
    [
      'canceled',
      configured(sub('canceled')),
      { access: 'read_only', reason: 'canceled', trialEndsAt: null, graceEndsAt: null },
    ],
    [
      'first payment never made',
      configured(sub('incomplete_expired')),
      { access: 'read_only', reason: 'canceled', trialEndsAt: null, graceEndsAt: null },
    ],
  ])('%s', (_, input, expected) => {
    expect(entitlementOf(input, now)).toEqual(expected);
  });
});

describe('isLiveSubscription', () => {
  it.each<[SubscriptionStatus, boolean]>([
    ['trialing', true],
    ['active', true],
    ['past_due', true],
    ['unpaid', true],
    ['canceled', false],
    ['incomplete', false],
    ['incomplete_expired', false],
    ['paused', false],
  ])('%s → %s', (status, live) => {
    expect(isLiveSubscription(status)).toBe(live);
  });

  it('covers every status', () => {
    expect(SUBSCRIPTION_STATUSES).toHaveLength(8);
  });
});
