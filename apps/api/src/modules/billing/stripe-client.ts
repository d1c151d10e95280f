import Stripe from 'stripe';
import { isBillingPlan, type BillingPlan } from '@rebound/domain';
import type { ApiConfig } from '../../config/config.js';

/** Billing as configured at boot: null when no Stripe keys are set (every organization in trial). */
export interface StripeBilling {
  stripe: Stripe;
  webhookSecret: string;
  prices: Readonly<Record<BillingPlan, string>>;
}

export const STRIPE_BILLING = Symbol('STRIPE_BILLING');

export function createStripeBilling(config: ApiConfig): StripeBilling | null {
  const {
    STRIPE_SECRET_KEY: key,
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    STRIPE_PRICE_SOLO: solo,
    STRIPE_PRICE_PRACTICE: practice,
    STRIPE_PRICE_AGENCY: agency,
  } = config;
  // The config schema takes these all together or not at all.
  if (!key || !webhookSecret || !solo || !practice || !agency) return null;
  const endpoint = config.STRIPE_API_URL ? new URL(config.STRIPE_API_URL) : null;
  const stripe = new Stripe(key, {
    // The SDK resends a failed write with the idempotency key we gave it.
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: 'Rebound' },
    ...(endpoint && {
      host: endpoint.hostname,
      port: endpoint.port || (endpoint.protocol === 'https:' ? 443 : 80),
      protocol: endpoint.protocol === 'https:' ? 'https' : 'http',
    }),
  });
  return { stripe, webhookSecret, prices: { solo, practice, agency } };
}

export function planOfPrice(billing: StripeBilling, priceId: string): BillingPlan | null {
  const plan = Object.entries(billing.prices).find(([, price]) => price === priceId)?.[0];
  return isBillingPlan(plan) ? plan : null;
}
