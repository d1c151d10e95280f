import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  BILLING_PLANS,
  fitsPlan,
  isLiveSubscription,
  PLAN_TERMS,
  seatLimitProblem,
  seatQuantity,
  trialEndOf,
  type BillingPlan,
  type Role,
  type SeatLimitProblem,
} from '@rebound/domain';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { ConflictError, PaymentRequiredError, type FieldProblem } from '../../common/errors.js';
import type { ServiceContext } from '../../common/request-context.js';
import { findBillingAccount, seatUsage, type BillingAccount } from './billing-account.js';
import type { BillingOverview, BillingRedirect } from './dto/billing.types.js';
import { EntitlementService } from './entitlement.service.js';
import { STRIPE_BILLING, type StripeBilling } from './stripe-client.js';
import { AUDIT_ACTIONS } from '../audit/audit-actions.js';
import { AuditLogService } from '../audit/audit-log.service.js';

/** Stripe refuses a trial end closer than 48 hours; a trial that short is not worth carrying over. */
const MIN_TRIAL_CARRY_OVER_MS = 2 * 24 * 60 * 60 * 1000 + 60 * 60 * 1000;

const PLAN_NAMES: Record<BillingPlan, string> = { solo: 'Solo', practice: 'Practice', agency: 'Agency' };

/** The plan's limit that adding someone would pass, blamed on the input `path`. */
function seatLimitFieldProblem(path: string, plan: BillingPlan, problem: SeatLimitProblem): FieldProblem {
  const params = { plan: PLAN_NAMES[plan], limit: problem.max };
  return problem.limit === 'coaches'
    ? {
        path,
        code: 'COACHING_SEATS_TAKEN',
        params,
        message: `The ${PLAN_NAMES[plan]} plan includes ${problem.max} coaching seat${problem.max === 1 ? '' : 's'} (owners, admins and coaches), and ${problem.max === 1 ? 'it is' : 'all are'} taken. Choose the Practice plan on the billing page to add people who coach.`,
      }
    : {
        path,
        code: 'ACTIVE_CLIENT_LIMIT',
        params,
        message: `The ${PLAN_NAMES[plan]} plan includes up to ${problem.max} active clients, counting open invitations, and that limit is reached. Archive a client, or choose the Practice plan on the billing page.`,
      };
}

@Injectable()
export class BillingService {
  constructor(
    private readonly entitlements: EntitlementService,
    @Inject(STRIPE_BILLING) private readonly billing: StripeBilling | null,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly auditLog: AuditLogService,
  ) {}

  async overview(ctx: ServiceContext): Promise<BillingOverview> {
    const manager = await ctx.db.manager();
    // One transaction, one connection: these run one after the other anyway.
    const account = await findBillingAccount(manager, ctx.orgId);
    const usage = await seatUsage(manager, ctx.orgId, false);
    const entitlement = await this.entitlements.of(ctx.db, ctx.orgId);
    const live = Boolean(account?.status && isLiveSubscription(account.status));
    return {
      configured: this.billing !== null,
      entitlement,
      subscription: account?.status
        ? {
            plan: account.plan,
            status: account.status,
            quantity: account.quantity,
            trialEndsAt: account.trialEndsAt,
            currentPeriodEndsAt: account.currentPeriodEndsAt,
            cancelAtPeriodEnd: account.cancelAtPeriodEnd,
          }
        : null,
      canSubscribe: this.billing !== null && !live,
      canManage: this.billing !== null && account !== null,
      usage,
      plans: BILLING_PLANS.map((plan) => ({
        plan,
        ...PLAN_TERMS[plan],
        quantity: seatQuantity(plan, usage),
        fits: fitsPlan(plan, usage),
      })),
    };
  }

  /** A Stripe Checkout page for the plan, billing today's count; the rest of the trial carries over. */
  async startCheckout(ctx: ServiceContext, plan: BillingPlan): Promise<BillingRedirect> {
    const billing = this.requireBilling();
    const manager = await ctx.db.manager();
    const usage = await seatUsage(manager, ctx.orgId, false);
    if (!fitsPlan(plan, usage)) {
      const { maxCoaches, maxActiveClients } = PLAN_TERMS[plan];
      throw new ConflictError(
        'PLAN_TOO_SMALL',
        `The ${PLAN_NAMES[plan]} plan allows ${maxCoaches} coaching seat and ${maxActiveClients} active clients; this organization has more. Choose another plan.`,
        'input.plan',
      );
    }
    const account = await this.ensureCustomer(ctx, billing);
    if (account.status && isLiveSubscription(account.status)) {
      throw new ConflictError(
        'ALREADY_SUBSCRIBED',
        'This organization already has a subscription. Change it in the Stripe customer portal.',
      );
    }
    const [org]: { slug: string; createdAt: Date }[] = await manager.query(
      'SELECT slug, created_at AS "createdAt" FROM organizations WHERE id = $1',
      [ctx.orgId],
    );
    const trialEnd = trialEndOf(org.createdAt);
    const carryTrial = !account.subscriptionId && trialEnd.getTime() - Date.now() > MIN_TRIAL_CARRY_OVER_MS;
    const page = new URL(`/app/${org.slug}/settings/billing`, this.config.WEB_URL);
    const session = await billing.stripe.checkout.sessions.create(
      {
        mode: 'subscription',
        customer: account.customerId,
        client_reference_id: ctx.orgId,
        line_items: [{ price: billing.prices[plan], quantity: seatQuantity(plan, usage) }],
        subscription_data: {
          metadata: { organization_id: ctx.orgId, plan },
          ...(carryTrial && { trial_end: Math.floor(trialEnd.getTime() / 1000) }),
        },
        success_url: `${page}?checkout=done`,
        cancel_url: `${page}?checkout=canceled`,
      },
      // Each click is its own purchase attempt; the SDK's retries of this call reuse the key.
      { idempotencyKey: `checkout:${ctx.orgId}:${randomUUID()}` },
    );
    if (!session.url) throw new Error('Stripe returned a checkout session without a URL');
    await this.auditLog.record(ctx, {
      action: AUDIT_ACTIONS.BILLING_CHECKOUT_STARTED,
      target: { type: 'billing', id: session.id, label: PLAN_NAMES[plan] },
      metadata: { plan, quantity: seatQuantity(plan, usage) },
    });
    return { url: session.url };
  }

  /** The Stripe customer portal: change plan or payment method, cancel, download invoices. */
  async openPortal(ctx: ServiceContext): Promise<BillingRedirect> {
    const billing = this.requireBilling();
    const manager = await ctx.db.manager();
    const account = await findBillingAccount(manager, ctx.orgId);
    if (!account)
      throw new ConflictError(
        'NO_SUBSCRIPTION',
        'Choose a plan first; the portal manages an existing subscription.',
      );
    const [org]: { slug: string }[] = await manager.query('SELECT slug FROM organizations WHERE id = $1', [
      ctx.orgId,
    ]);
    const session = await billing.stripe.billingPortal.sessions.create(
      {
        customer: account.customerId,
        return_url: new URL(`/app/${org.slug}/settings/billing`, this.config.WEB_URL).toString(),
      },
      { idempotencyKey: `portal:${ctx.orgId}:${randomUUID()}` },
    );
    await this.auditLog.record(ctx, {
      action: AUDIT_ACTIONS.BILLING_PORTAL_OPENED,
      target: { type: 'billing', id: session.id, label: 'Stripe customer portal' },
    });
    return { url: session.url };
  }

  /**
   * Refuses adding someone with this role (inviting, promoting, re-enabling, reactivating a client) when
   * that would pass the subscribed plan's hard limit, naming the limit; `field` is the input it blames
   * (the whole input when no one field is to blame, so that a form still shows which limit it was).
   * `adding` is how many people come in at once (a bulk import).
   */
  async assertSeatAvailable(ctx: ServiceContext, role: Role, field = 'input', adding = 1): Promise<void> {
    const manager = await ctx.db.manager();
    // Locked until commit: two invitations at once cannot both take the last seat.
    const account = await findBillingAccount(manager, ctx.orgId, true);
    const plan = account?.status && isLiveSubscription(account.status) ? account.plan : null;
    if (!plan) return;
    const usage = await seatUsage(manager, ctx.orgId, true);
    const others = adding - 1;
    const counted =
      role === 'client'
        ? { ...usage, activeClients: usage.activeClients + others }
        : { ...usage, coaches: usage.coaches + others };
    const problem = seatLimitProblem(plan, counted, role);
    if (problem) {
      const fieldProblem = seatLimitFieldProblem(field, plan, problem);
      throw new PaymentRequiredError(fieldProblem.message, [fieldProblem]);
    }
  }

  private requireBilling(): StripeBilling {
    if (!this.billing) {
      throw new ConflictError('BILLING_NOT_CONFIGURED', 'Billing is not configured on this server.');
    }
    return this.billing;
  }

  /**
   * The organization's one Stripe customer, created on first use. The idempotency key is the
   * organization, so two first checkouts at once get the same customer back from Stripe.
   */
  private async ensureCustomer(ctx: ServiceContext, billing: StripeBilling): Promise<BillingAccount> {
    const manager = await ctx.db.manager();
    const existing = await findBillingAccount(manager, ctx.orgId, true);
    if (existing) return existing;
    const [org]: { name: string }[] = await manager.query('SELECT name FROM organizations WHERE id = $1', [
      ctx.orgId,
    ]);
    const customer = await billing.stripe.customers.create(
      { name: org.name, metadata: { organization_id: ctx.orgId } },
      { idempotencyKey: `customer:${ctx.orgId}` },
    );
    await manager.query(
      `INSERT INTO billing_accounts (organization_id, stripe_customer_id) VALUES ($1, $2)
       ON CONFLICT (organization_id) DO NOTHING`,
      [ctx.orgId, customer.id],
    );
    return (await findBillingAccount(manager, ctx.orgId, true))!;
  }
}
