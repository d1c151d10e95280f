import { Module } from '@nestjs/common';
import { InboundEmailController } from './inbound-email.controller.js';
import { InboundEmailResolver } from './inbound-email.resolver.js';
import { InboundEmailService } from './inbound-email.service.js';
import { InboundSmtpServer } from './inbound-smtp.server.js';

@Module({
  controllers: [InboundEmailController],
  providers: [InboundEmailService, InboundEmailResolver, InboundSmtpServer],
})
export class InboundEmailModule {}
