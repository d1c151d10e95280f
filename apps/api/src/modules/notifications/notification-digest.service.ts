import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { forEachTenant } from '../../database/per-tenant.js';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { dailyDigestEmail } from './email-templates.js';
import { MailerService } from './mailer.service.js';

/** At most this many lines in one digest; the rest wait in the bell. */
const DIGEST_LINES = 30;

interface PendingDigest {
  user_id: string;
  email: string;
  items: { title: string; detail: string }[];
}

/**
 * The daily email of those who take their notifications as a digest: one per person and organization,
 * listing what arrived since the last one. Pending rows are claimed by the same statement that reads
 * them, so a second run (or worker) finds nothing left to send.
 */
@Injectable()
export class NotificationDigestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    @Inject(API_CONFIG) private readonly config: Pick<ApiConfig, 'WEB_URL'>,
  ) {}

  run(): Promise<number> {
    return forEachTenant(this.dataSource, (db, orgId) => this.runForOrganization(db, orgId));
  }

  async runForOrganization(db: RequestTransaction, orgId: string): Promise<number> {
    const manager = await db.manager();
    const digests: PendingDigest[] = await manager.query(
      `WITH claimed AS (
         UPDATE notifications SET digest_pending = false
          WHERE organization_id = $1 AND digest_pending
          RETURNING user_id, title, body, created_at)
       SELECT c.user_id, u.email,
              (array_agg(json_build_object('title', c.title, 'detail', c.body) ORDER BY c.created_at))[1:${DIGEST_LINES}] AS items
         FROM claimed c JOIN users u ON u.id = c.user_id
        WHERE u.email_reminders AND u.disabled_at IS NULL
        GROUP BY c.user_id, u.email`,
      [orgId],
    );
    if (!digests.length) return 0;
    const [{ slug, name }]: { slug: string; name: string }[] = await manager.query(
      'SELECT slug, name FROM organizations WHERE id = $1',
      [orgId],
    );
    const url = new URL(`/app/${slug}/notifications`, this.config.WEB_URL).toString();
    for (const digest of digests) {
      await this.mailer.send(db, {
        to: digest.email,
        ...dailyDigestEmail({ organizationName: name, items: digest.items, url }),
      });
    }
    return digests.length;
  }
}
