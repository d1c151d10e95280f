import { Module } from '@nestjs/common';
import { MailerService } from './mailer.service.js';
import { OutboxResolver } from './outbox.resolver.js';

@Module({
  providers: [MailerService, OutboxResolver],
  exports: [MailerService],
})
export class NotificationsModule {}
