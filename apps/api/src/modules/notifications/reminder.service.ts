import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { forEachTenant } from '../../database/per-tenant.js';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { reminderEmail } from './email-templates.js';
import { MailerService } from './mailer.service.js';

interface DueReminder {
  user_id: string;
  email: string;
  email_reminders: boolean;
  kind: string;
  title: string;
  body: string;
  link: string;
  dedupe_key: string;
}

/**
 * What is due, per kind: each query names the recipient and a key unique to this reminder, so running the
 * job again (or on two workers) never sends it twice. `$2` is today (UTC), `$3` tomorrow.
 */
const DUE_REMINDERS = `
  SELECT m.user_id, 'exercise_due' AS kind, 'An exercise is due tomorrow' AS title, x.content->>'title' AS body,
         '/me/exercises/' || x.id AS link, 'exercise-due:' || x.id || ':' || x.due_on AS dedupe_key
    FROM exercise_assignments x JOIN clients c ON c.organization_id = x.organization_id AND c.id = x.client_id
    JOIN memberships m ON m.organization_id = c.organization_id AND m.id = c.membership_id AND m.status = 'active'
   WHERE x.organization_id = $1 AND x.status IN ('assigned', 'in_progress') AND x.due_on = $3::date
  UNION ALL
  SELECT m.user_id, 'exercise_overdue', 'An exercise is overdue', x.content->>'title',
         '/me/exercises/' || x.id, 'exercise-overdue:' || x.id || ':' || x.due_on
    FROM exercise_assignments x JOIN clients c ON c.organization_id = x.organization_id AND c.id = x.client_id
    JOIN memberships m ON m.organization_id = c.organization_id AND m.id = c.membership_id AND m.status = 'active'
   WHERE x.organization_id = $1 AND x.status IN ('assigned', 'in_progress') AND x.due_on < $2::date
  UNION ALL
  SELECT m.user_id, 'feedback_follow_up', 'Time for a friendly follow-up', a.company || ' — ' || a.role_title,
         '/me/feedback/' || f.id, 'feedback-follow-up:' || f.id || ':' || f.follow_up_on
    FROM feedback_requests f
    JOIN rejections r ON r.organization_id = f.organization_id AND r.id = f.rejection_id
    JOIN applications a ON a.organization_id = r.organization_id AND a.id = r.application_id
    JOIN clients c ON c.organization_id = r.organization_id AND c.id = r.client_id
    JOIN memberships m ON m.organization_id = c.organization_id AND m.id = c.membership_id AND m.status = 'active'
   WHERE f.organization_id = $1 AND f.status = 'sent' AND f.followed_up_on IS NULL AND f.follow_up_on <= $2::date
  UNION ALL
  SELECT m.user_id, 'stay_in_touch', 'A good moment to stay in touch', a.company,
         '/me/feedback/' || f.id, 'stay-in-touch:' || f.id || ':' || f.stay_in_touch_on
    FROM feedback_requests f
    JOIN rejections r ON r.organization_id = f.organization_id AND r.id = f.rejection_id
    JOIN applications a ON a.organization_id = r.organization_id AND a.id = r.application_id
    JOIN clients c ON c.organization_id = r.organization_id AND c.id = r.client_id
    JOIN memberships m ON m.organization_id = c.organization_id AND m.id = c.membership_id AND m.status = 'active'
   WHERE f.organization_id = $1 AND f.status <> 'draft' AND f.stay_in_touch_on <= $2::date`;

@Injectable()
export class ReminderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    @Inject(API_CONFIG) private readonly config: Pick<ApiConfig, 'WEB_URL'>,
  ) {}

  /** Creates the due in-app notifications and their emails; returns how many were new. */
  run(now: Date): Promise<number> {
    return forEachTenant(this.dataSource, (db, orgId) => this.runForOrganization(db, orgId, now));
  }

  private async runForOrganization(db: RequestTransaction, orgId: string, now: Date): Promise<number> {
    const manager = await db.manager();
    const today = now.toISOString().slice(0, 10);
    const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
    const fresh: DueReminder[] = await manager.query(
      `WITH due AS (${DUE_REMINDERS})
       INSERT INTO notifications (organization_id, user_id, kind, title, body, link, dedupe_key)
       SELECT $1, user_id, kind, title, coalesce(body, ''), link, dedupe_key FROM due
       ON CONFLICT (organization_id, dedupe_key) DO NOTHING
       RETURNING user_id, kind, title, body, link, dedupe_key,
                 (SELECT email FROM users u WHERE u.id = user_id) AS email,
                 (SELECT email_reminders FROM users u WHERE u.id = user_id) AS email_reminders`,
      [orgId, today, tomorrow],
    );
    const [{ slug }]: { slug: string }[] = await manager.query(
      'SELECT slug FROM organizations WHERE id = $1',
      [orgId],
    );
    for (const reminder of fresh.filter((row) => row.email_reminders)) {
      // In-app links are relative to the organization; emails need the whole address.
      const url = new URL(`/app/${slug}${reminder.link}`, this.config.WEB_URL).toString();
      await this.mailer.send(db, {
        to: reminder.email,
        ...reminderEmail({ title: reminder.title, detail: reminder.body, url }),
      });
    }
    return fresh.length;
  }
}
