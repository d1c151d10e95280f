import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { COACHING_ROLES } from '@rebound/domain';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { forEachTenant } from '../../database/per-tenant.js';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { weeklyDigestEmail } from './email-templates.js';
import { MailerService } from './mailer.service.js';

interface CoachWeek {
  user_id: string;
  email: string;
  email_reminders: boolean;
  new_rejections: number;
  to_review: number;
  overdue: number;
}

/**
 * Monday's email for each coach: new rejections in their caseload over the past week, submissions
 * waiting for their review, and overdue exercises. Counted in SQL per coach; sent once per coach and
 * week (an in-app notification keyed by the week guards it), and only when there is something to say.
 */
@Injectable()
export class DigestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    @Inject(API_CONFIG) private readonly config: Pick<ApiConfig, 'WEB_URL'>,
  ) {}

  run(now: Date): Promise<number> {
    return forEachTenant(this.dataSource, (db, orgId) => this.runForOrganization(db, orgId, now));
  }

  private async runForOrganization(db: RequestTransaction, orgId: string, now: Date): Promise<number> {
    const manager = await db.manager();
    const today = now.toISOString().slice(0, 10);
    const weeks: CoachWeek[] = await manager.query(
      `SELECT m.user_id, u.email, u.email_reminders,
              count(DISTINCT r.id) FILTER (WHERE r.rejected_on > $2::date - 7)::int AS new_rejections,
              count(DISTINCT x.id) FILTER (WHERE x.status = 'submitted')::int AS to_review,
              count(DISTINCT x.id) FILTER (WHERE x.status IN ('assigned', 'in_progress') AND x.due_on < $2::date)::int AS overdue
         FROM memberships m
         JOIN users u ON u.id = m.user_id
         JOIN coach_assignments a ON a.organization_id = m.organization_id AND a.coach_membership_id = m.id
         LEFT JOIN rejections r ON r.organization_id = a.organization_id AND r.client_id = a.client_id
         LEFT JOIN exercise_assignments x ON x.organization_id = a.organization_id AND x.client_id = a.client_id
        WHERE m.organization_id = $1 AND m.status = 'active' AND m.role = ANY($3)
        GROUP BY m.user_id, u.email, u.email_reminders`,
      [orgId, today, COACHING_ROLES],
    );
    const week = isoWeek(now);
    const [{ slug }]: { slug: string }[] = await manager.query(
      'SELECT slug FROM organizations WHERE id = $1',
      [orgId],
    );
    let sent = 0;
    for (const coach of weeks.filter((row) => row.new_rejections + row.to_review + row.overdue > 0)) {
      const summary = `${coach.new_rejections} new rejections, ${coach.to_review} submissions to review, ${coach.overdue} overdue exercises`;
      const fresh = await manager.query(
        `INSERT INTO notifications (organization_id, user_id, kind, title, body, link, dedupe_key)
         VALUES ($1, $2, 'weekly_digest', 'Your week in the caseload', $3, '/caseload', $4)
         ON CONFLICT (organization_id, dedupe_key) DO NOTHING RETURNING id`,
        [orgId, coach.user_id, summary, `weekly-digest:${coach.user_id}:${week}`],
      );
      if (!fresh.length) continue;
      sent += 1;
      if (coach.email_reminders) {
        const url = new URL(`/app/${slug}/caseload`, this.config.WEB_URL).toString();
        await this.mailer.send(db, {
          to: coach.email,
          ...weeklyDigestEmail({
            newRejections: coach.new_rejections,
            toReview: coach.to_review,
            overdue: coach.overdue,
            url,
          }),
        });
      }
    }
    return sent;
  }
}

/** ISO-8601 week, e.g. 2026-W49: the key that makes the digest weekly. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
