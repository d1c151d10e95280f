import { Module } from '@nestjs/common';
import { DigestService } from './digest.service.js';
import { MailerService } from './mailer.service.js';
import { NotificationDigestService } from './notification-digest.service.js';
import { NotificationEventsService } from './notification-events.service.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';
import { OutboxResolver } from './outbox.resolver.js';
import { ReminderService } from './reminder.service.js';

@Module({
  providers: [
    MailerService,
    OutboxResolver,
    NotificationService,
    NotificationResolver,
    ReminderService,
    DigestService,
    NotificationEventsService,
    NotificationDigestService,
  ],
  exports: [
    MailerService,
    ReminderService,
    DigestService,
    NotificationEventsService,
    NotificationDigestService,
  ],
})
export class NotificationsModule {}
