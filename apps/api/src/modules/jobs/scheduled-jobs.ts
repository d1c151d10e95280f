import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { GhostingService } from '../applications/ghosting.service.js';
import { TriageService } from '../insights/triage.service.js';
import { CandidateImportProcessor } from '../agency/candidate-import.processor.js';
import type { ImportJob } from '../agency/candidate-import.service.js';
import {
  CandidateInvitationProcessor,
  type InvitationJob,
} from '../agency/candidate-invitation.processor.js';
import { CANDIDATE_IMPORT_QUEUE, CANDIDATE_INVITATIONS_QUEUE } from './queue-names.js';
import { DigestService } from '../notifications/digest.service.js';
import { NotificationDigestService } from '../notifications/notification-digest.service.js';
import { ReminderService } from '../notifications/reminder.service.js';
import { IdentityCleanupService } from '../identity/identity-cleanup.service.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { Clock } from './clock.js';
import { JobQueue } from './job-queue.js';

export const GHOSTING_CHECK = 'ghosting-check';
/** Hourly, a little after the hour: applications silent past the organization's limit become ghosted. */
export const GHOSTING_CHECK_CRON = '17 * * * *';

export const REMINDERS = 'reminders';
/** Every quarter of an hour; each reminder carries its own key, so a run twice sends nothing twice. */
export const REMINDERS_CRON = '*/15 * * * *';

export const TRIAGE_REFRESH = 'triage-refresh';
/** Just after midnight (UTC), when every triage score of the day before goes stale. */
export const TRIAGE_REFRESH_CRON = '5 0 * * *';

export const IDENTITY_CLEANUP = 'identity-cleanup';
/** Hourly: expired attempt counters and sign-up links. */
export const IDENTITY_CLEANUP_CRON = '41 * * * *';
export const IMPORT_SWEEP = 'candidate-import-sweep';
/** Every minute: imports whose worker stopped are queued again. */
export const IMPORT_SWEEP_CRON = '* * * * *';

export const AUDIT_RETENTION = 'audit-retention';
/** Daily (UTC): audit log entries past AUDIT_RETENTION_DAYS are removed. */
export const AUDIT_RETENTION_CRON = '23 3 * * *';

export const WEEKLY_DIGEST = 'weekly-digest';
/** Monday morning (UTC), before most coaches start their week. */
export const WEEKLY_DIGEST_CRON = '0 6 * * 1';

export const DAILY_DIGEST = 'notification-daily-digest';
/** Every morning (UTC): one email with the day's notifications for those who chose a digest. */
export const DAILY_DIGEST_CRON = '30 6 * * *';

/** The worker's recurring jobs: scheduled in the queue (so one run happens however many workers there are). */
@Injectable()
export class ScheduledJobs implements OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly ghosting: GhostingService,
    private readonly reminders: ReminderService,
    private readonly digests: DigestService,
    private readonly dailyDigests: NotificationDigestService,
    private readonly triage: TriageService,
    private readonly imports: CandidateImportProcessor,
    private readonly invitations: CandidateInvitationProcessor,
    private readonly identityCleanup: IdentityCleanupService,
    private readonly auditLog: AuditLogService,
    private readonly clock: Clock,
    private readonly logger: PinoLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const boss = await this.queue.start();
    await boss.createQueue(GHOSTING_CHECK, { name: GHOSTING_CHECK, policy: 'singleton' });
    await boss.schedule(GHOSTING_CHECK, GHOSTING_CHECK_CRON);
    await boss.work(GHOSTING_CHECK, async () => {
      const ghosted = await this.ghosting.run(this.clock.now());
      this.logger.info({ ghosted }, 'ghosting check done');
    });
    await boss.createQueue(REMINDERS, { name: REMINDERS, policy: 'singleton' });
    await boss.schedule(REMINDERS, REMINDERS_CRON);
    await boss.work(REMINDERS, async () => {
      const sent = await this.reminders.run(this.clock.now());
      this.logger.info({ sent }, 'reminders done');
    });
    await boss.createQueue(TRIAGE_REFRESH, { name: TRIAGE_REFRESH, policy: 'singleton' });
    await boss.schedule(TRIAGE_REFRESH, TRIAGE_REFRESH_CRON);
    await boss.work(TRIAGE_REFRESH, async () => {
      const refreshed = await this.triage.refreshAll(this.clock.now());
      this.logger.info({ refreshed }, 'triage refresh done');
    });
    await boss.createQueue(IDENTITY_CLEANUP, { name: IDENTITY_CLEANUP, policy: 'singleton' });
    await boss.schedule(IDENTITY_CLEANUP, IDENTITY_CLEANUP_CRON);
    await boss.work(IDENTITY_CLEANUP, async () => {
      const removed = await this.identityCleanup.run(this.clock.now());
      this.logger.info(removed, 'identity cleanup done');
    });
    await boss.createQueue(AUDIT_RETENTION, { name: AUDIT_RETENTION, policy: 'singleton' });
    await boss.schedule(AUDIT_RETENTION, AUDIT_RETENTION_CRON);
    await boss.work(AUDIT_RETENTION, async () => {
      const removed = await this.auditLog.purgeExpired();
      this.logger.info({ removed }, 'audit log retention done');
    });
    // The import and invitation queues are made by their migration: the API sends to them before any worker runs.
    await boss.work<ImportJob>(CANDIDATE_IMPORT_QUEUE, async ([job]) => {
      await this.imports.run(job.data);
      const { importId, phase, requestId } = job.data as ImportJob & { requestId?: string };
      this.logger.info({ importId, phase, requestId }, 'candidate import step done');
    });
    await boss.work<InvitationJob>(CANDIDATE_INVITATIONS_QUEUE, async ([job]) => {
      const sent = await this.invitations.run(job.data);
      const { requestId } = job.data as InvitationJob & { requestId?: string };
      this.logger.info({ sent, requestId }, 'candidate invitations sent');
    });
    await boss.createQueue(IMPORT_SWEEP, { name: IMPORT_SWEEP, policy: 'singleton' });
    await boss.schedule(IMPORT_SWEEP, IMPORT_SWEEP_CRON);
    await boss.work(IMPORT_SWEEP, async () => {
      const resumed = await this.imports.resumeStalled();
      if (resumed) this.logger.warn({ resumed }, 'resumed stalled candidate imports');
    });
    await this.imports.resumeStalled();
    await boss.createQueue(WEEKLY_DIGEST, { name: WEEKLY_DIGEST, policy: 'singleton' });
    await boss.schedule(WEEKLY_DIGEST, WEEKLY_DIGEST_CRON);
    await boss.work(WEEKLY_DIGEST, async () => {
      const sent = await this.digests.run(this.clock.now());
      this.logger.info({ sent }, 'weekly digest done');
    });
    await boss.createQueue(DAILY_DIGEST, { name: DAILY_DIGEST, policy: 'singleton' });
    await boss.schedule(DAILY_DIGEST, DAILY_DIGEST_CRON);
    await boss.work(DAILY_DIGEST, async () => {
      const sent = await this.dailyDigests.run();
      this.logger.info({ sent }, 'daily notification digest done');
    });
  }
}
