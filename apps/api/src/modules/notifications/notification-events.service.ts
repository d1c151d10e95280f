import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { notificationEmail } from './email-templates.js';
import { MailerService } from './mailer.service.js';

/** What happened; each kind is one line of the bell and one email subject. */
export type NotificationKind =
  | 'exercise_assigned'
  | 'exercise_submitted'
  | 'exercise_sent_back'
  | 'exercise_reviewed'
  | 'feedback_answered'
  | 'plan_item_commented'
  | 'client_assigned'
  | 'import_finished';

/**
 * Who hears about it: the client's own account, the client's coaches, or named users. The person who
 * caused the event never gets it.
 */
export type NotificationAudience =
  { clientOf: string } | { coachesOf: string } | { users: readonly string[] };

export interface NotificationEvent {
  kind: NotificationKind;
  audience: NotificationAudience;
  /** The user who caused it; left out of the audience. */
  actorUserId: string | null;
  title: string;
  body: string;
  /** Where to go, relative to the organization (`/me/exercises/…`). */
  link: string;
  /**
   * Names this occurrence: the same key again (a retry, a second worker) reaches nobody twice. The
   * recipient is added to it, so one key serves the whole audience.
   */
  key: string;
}

interface Delivered {
  email: string;
  immediate: boolean;
}

const RECIPIENTS = `
  SELECT m.user_id FROM clients c
    JOIN memberships m ON m.organization_id = c.organization_id AND m.id = c.membership_id AND m.status = 'active'
   WHERE c.organization_id = $1 AND c.id = $2::uuid AND $3 = 'client'
  UNION
  SELECT m.user_id FROM coach_assignments a
    JOIN memberships m ON m.organization_id = a.organization_id AND m.id = a.coach_membership_id AND m.status = 'active'
   WHERE a.organization_id = $1 AND a.client_id = $2::uuid AND $3 = 'coaches'
  UNION
  SELECT m.user_id FROM memberships m
   WHERE m.organization_id = $1 AND m.status = 'active' AND m.user_id = ANY($4::uuid[]) AND $3 = 'users'`;

/**
 * The one fan-out of every coaching event: an in-app notification per recipient (once per key), and an
 * email for those who take them at once; those who chose the daily digest get theirs with the next
 * digest. Runs inside the caller's transaction, so an event whose change fails reaches nobody.
 */
@Injectable()
export class NotificationEventsService {
  constructor(
    private readonly mailer: MailerService,
    @Inject(API_CONFIG) private readonly config: Pick<ApiConfig, 'WEB_URL'>,
  ) {}

  async publish(db: RequestTransaction, orgId: string, event: NotificationEvent): Promise<number> {
    const manager = await db.manager();
    const [target, audience, users] =
      'clientOf' in event.audience
        ? [event.audience.clientOf, 'client', []]
        : 'coachesOf' in event.audience
          ? [event.audience.coachesOf, 'coaches', []]
          : [null, 'users', event.audience.users];
    const delivered: Delivered[] = await manager.query(
      `WITH recipients AS (${RECIPIENTS}),
       inserted AS (
         INSERT INTO notifications (organization_id, user_id, kind, title, body, link, dedupe_key, digest_pending)
         SELECT $1, u.id, $6, $7, $8, $9, $10::text || ':' || u.id::text, u.email_reminders AND u.email_frequency = 'daily'
           FROM recipients r JOIN users u ON u.id = r.user_id AND u.disabled_at IS NULL
          WHERE u.id IS DISTINCT FROM $5::uuid
         ON CONFLICT (organization_id, dedupe_key) DO NOTHING
         RETURNING user_id)
       SELECT u.email, u.email_reminders AND u.email_frequency = 'immediate' AS immediate
         FROM inserted i JOIN users u ON u.id = i.user_id`,
      [
        orgId,
        target,
        audience,
        users,
        event.actorUserId,
        event.kind,
        event.title,
        event.body,
        event.link,
        event.key,
      ],
    );
    const immediate = delivered.filter((row) => row.immediate);
    if (immediate.length) {
      const [{ slug }]: { slug: string }[] = await manager.query(
        'SELECT slug FROM organizations WHERE id = $1',
        [orgId],
      );
      // In-app links are relative to the organization; emails need the whole address.
      const url = new URL(`/app/${slug}${event.link}`, this.config.WEB_URL).toString();
      for (const row of immediate) {
        await this.mailer.send(db, {
          to: row.email,
          ...notificationEmail({ title: event.title, detail: event.body, url }),
        });
      }
    }
    return delivered.length;
  }
}

/** The other side of a client's work: their coaches when the client acts, the client when staff act. */
export function counterpartOf(role: string, clientId: string): NotificationAudience {
  return role === 'client' ? { coachesOf: clientId } : { clientOf: clientId };
}
