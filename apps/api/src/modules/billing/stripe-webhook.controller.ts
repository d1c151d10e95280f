import {
  BadRequestException,
  Controller,
  Headers,
  HttpCode,
  NotFoundException,
  Post,
  Req,
  type RawBodyRequest,
} from '@nestjs/common';
import type { Request } from 'express';
import { Public } from '../../common/access.decorators.js';
import {
  BillingNotConfiguredError,
  StripeWebhookService,
  WebhookSignatureError,
  type WebhookOutcome,
} from './stripe-webhook.service.js';

/** Stripe posts subscription and invoice events here; the signature, not a session, proves the sender. */
@Controller('webhooks')
export class StripeWebhookController {
  constructor(private readonly webhooks: StripeWebhookService) {}

  @Public()
  @Post('stripe')
  @HttpCode(200)
  async stripe(
    @Req() req: RawBodyRequest<Request>,
    @Headers('stripe-signature') signature: string | undefined,
  ): Promise<{ received: true; outcome: WebhookOutcome }> {
    try {
      return { received: true, outcome: await this.webhooks.receive(req.rawBody, signature) };
    } catch (error) {
      if (error instanceof WebhookSignatureError) throw new BadRequestException('Invalid Stripe signature');
      if (error instanceof BillingNotConfiguredError)
        throw new NotFoundException('Billing is not configured');
      throw error;
    }
  }
}
