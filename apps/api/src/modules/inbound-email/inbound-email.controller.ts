import { createHmac } from 'node:crypto';
import {
  BadRequestException,
  Controller,
  Headers,
  HttpCode,
  Inject,
  NotFoundException,
  Post,
  Req,
  UnauthorizedException,
  type RawBodyRequest,
} from '@nestjs/common';
import type { Request } from 'express';
import { z } from 'zod';
import { Public } from '../../common/access.decorators.js';
import { constantTimeEquals } from '../../common/secret-token.js';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { InboundEmailService, type InboundOutcome } from './inbound-email.service.js';

/** The JSON the webhook takes: the fields every inbound-email provider can be mapped to (docs in README). */
const webhookBody = z.object({
  to: z.union([z.string(), z.array(z.string())]),
  from: z.string().nullable().optional(),
  subject: z.string().max(2000).optional(),
  text: z.string().nullable().optional(),
  messageId: z.string().max(1000).nullable().optional(),
});

/**
 * Production's way in for forwarded emails: the inbound provider posts each email here, signed with
 * INBOUND_WEBHOOK_SECRET (`x-rebound-signature: sha256=<hex HMAC-SHA256 of the raw body>`). Refusals answer
 * 200 with the reason, so the provider does not retry an email that will never be accepted.
 */
@Controller('webhooks')
export class InboundEmailController {
  constructor(
    private readonly inbound: InboundEmailService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Public()
  @Post('inbound-email')
  @HttpCode(200)
  async receive(
    @Req() req: RawBodyRequest<Request>,
    @Headers('x-rebound-signature') signature: string | undefined,
  ): Promise<InboundOutcome> {
    const secret = this.config.INBOUND_WEBHOOK_SECRET;
    if (!secret) throw new NotFoundException('Inbound email is not configured');
    const raw = req.rawBody;
    if (!raw) throw new BadRequestException('Expected a JSON body');
    const expected = `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
    if (!signature || !constantTimeEquals(signature, expected))
      throw new UnauthorizedException('Invalid signature');
    let body: z.infer<typeof webhookBody>;
    try {
      body = webhookBody.parse(JSON.parse(raw.toString('utf8')));
    } catch {
      throw new BadRequestException('Expected { to, from, subject, text, messageId }');
    }
    return this.inbound.receive({
      recipients: Array.isArray(body.to) ? body.to : body.to.split(','),
      from: body.from ?? null,
      subject: body.subject ?? '',
      text: body.text ?? null,
      messageId: body.messageId ?? null,
      sizeBytes: raw.length,
      via: 'webhook',
    });
  }
}
