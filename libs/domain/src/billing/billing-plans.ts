import { COACHING_ROLES, type Role } from '../tenancy/role.js';

export const BILLING_PLANS = ['solo', 'practice', 'agency'] as const;
export type BillingPlan = (typeof BILLING_PLANS)[number];

export const TRIAL_DAYS = 14;

/** What a plan's Stripe quantity counts: nothing (one flat price), coach seats, or active clients. */
export const SEAT_BASES = ['flat', 'coaches', 'activeClients'] as const;
export type SeatBasis = (typeof SEAT_BASES)[number];

export interface PlanTerms {
  seatBasis: SeatBasis;
  /** Hard limits enforced when people are invited; null where the plan grows with its quantity. */
  maxCoaches: number | null;
  maxActiveClients: number | null;
}

export const PLAN_TERMS: Readonly<Record<BillingPlan, PlanTerms>> = {
  solo: { seatBasis: 'flat', maxCoaches: 1, maxActiveClients: 25 },
  practice: { seatBasis: 'coaches', maxCoaches: null, maxActiveClients: null },
  agency: { seatBasis: 'activeClients', maxCoaches: null, maxActiveClients: null },
};

export function isBillingPlan(value: unknown): value is BillingPlan {
  return typeof value === 'string' && (BILLING_PLANS as readonly string[]).includes(value);
}

/**
 * People an organization has (active) or has asked to join (pending invitations), by what plans count.
 * `coaches` counts everyone who can hold a caseload: owners and admins coach too.
 */
export interface SeatUsage {
  coaches: number;
  activeClients: number;
}

/** The quantity Stripe bills for a plan: a subscription item cannot have zero. */
export function seatQuantity(plan: BillingPlan, usage: SeatUsage): number {
  switch (PLAN_TERMS[plan].seatBasis) {
    case 'flat':
      return 1;
    case 'coaches':
      return Math.max(1, usage.coaches);
    case 'activeClients':
      return Math.max(1, usage.activeClients);
  }
}

/** Whether the organization's people fit within the plan's hard limits (choosing it at checkout). */
export function fitsPlan(plan: BillingPlan, usage: SeatUsage): boolean {
  const { maxCoaches, maxActiveClients } = PLAN_TERMS[plan];
  return (maxCoaches ?? Infinity) >= usage.coaches && (maxActiveClients ?? Infinity) >= usage.activeClients;
}

export interface SeatLimitProblem {
  limit: 'coaches' | 'activeClients';
  max: number;
}

/**
 * Whether inviting one more person with this role would pass the plan's hard limit. `usage` counts
 * members and pending invitations together, so that sending many invitations cannot overshoot it.
 * Without a plan (trial, billing not configured) nothing is limited.
 */
export function seatLimitProblem(
  plan: BillingPlan | null,
  usage: SeatUsage,
  invitedRole: Role,
): SeatLimitProblem | null {
  if (!plan) return null;
  const { maxCoaches, maxActiveClients } = PLAN_TERMS[plan];
  if (COACHING_ROLES.includes(invitedRole) && maxCoaches !== null && usage.coaches >= maxCoaches) {
    return { limit: 'coaches', max: maxCoaches };
  }
  if (invitedRole === 'client' && maxActiveClients !== null && usage.activeClients >= maxActiveClients) {
    return { limit: 'activeClients', max: maxActiveClients };
  }
  return null;
}
