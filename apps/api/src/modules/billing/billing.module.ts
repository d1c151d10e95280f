import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { BillingResolver } from './billing.resolver.js';
import { BillingService } from './billing.service.js';
import { EntitlementGuard } from './entitlement.guard.js';
import { EntitlementService } from './entitlement.service.js';
import { SeatSyncService } from './seat-sync.service.js';
import { createStripeBilling, STRIPE_BILLING } from './stripe-client.js';
import { StripeWebhookController } from './stripe-webhook.controller.js';
import { StripeWebhookService } from './stripe-webhook.service.js';
import { SubscriptionSyncService } from './subscription-sync.service.js';

/** Stripe plans, the webhook, seat sync, and the entitlement every mutation is checked against. */
@Module({
  providers: [
    { provide: APP_GUARD, useClass: EntitlementGuard },
    {
      provide: STRIPE_BILLING,
      inject: [API_CONFIG],
      useFactory: (config: ApiConfig) => createStripeBilling(config),
    },
    BillingService,
    BillingResolver,
    EntitlementService,
    SeatSyncService,
    StripeWebhookService,
    SubscriptionSyncService,
  ],
  controllers: [StripeWebhookController],
  exports: [BillingService, EntitlementService, SeatSyncService],
})
export class BillingModule {}
