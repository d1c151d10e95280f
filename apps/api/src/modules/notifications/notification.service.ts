import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/errors.js';
import { keysetPage, newestFirst } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import type { RequestTransaction } from '../../database/request-transaction.js';
import type { EmailFrequency, Notification } from './dto/notification.types.js';

const COLUMNS = `n.id, n.kind, n.title, n.body, n.link, n.read_at AS "readAt", n.created_at AS "createdAt"`;

/** The viewer's own notifications in the organization: nobody reads anyone else's. */
@Injectable()
export class NotificationService {
  async list(
    ctx: ServiceContext,
    first: number,
    after: string | null | undefined,
    unreadOnly: boolean,
  ): Promise<Connection<Notification>> {
    return keysetPage<Notification>(ctx.db, {
      columns: COLUMNS,
      from: `notifications n WHERE n.organization_id = $1 AND n.user_id = $2 ${unreadOnly ? 'AND n.read_at IS NULL' : ''}`,
      params: [ctx.orgId, ctx.userId],
      order: newestFirst('n'),
      first,
      after,
    });
  }

  async unreadCount(ctx: ServiceContext): Promise<number> {
    const manager = await ctx.db.manager();
    const [{ count }] = await manager.query(
      'SELECT count(*)::int AS count FROM notifications WHERE organization_id = $1 AND user_id = $2 AND read_at IS NULL',
      [ctx.orgId, ctx.userId],
    );
    return count;
  }

  async markRead(ctx: ServiceContext, id: string): Promise<Notification> {
    const manager = await ctx.db.manager();
    const rows: Notification[] = await manager
      .query(
        `UPDATE notifications n SET read_at = coalesce(read_at, now()) WHERE n.organization_id = $1 AND n.user_id = $2 AND n.id = $3
       RETURNING ${COLUMNS}`,
        [ctx.orgId, ctx.userId, id],
      )
      .then((result: [Notification[], number]) => result[0]);
    if (!rows.length) throw new NotFoundError('Notification');
    return rows[0];
  }

  async markAllRead(ctx: ServiceContext): Promise<number> {
    const manager = await ctx.db.manager();
    const [, count]: [unknown[], number] = await manager.query(
      'UPDATE notifications SET read_at = now() WHERE organization_id = $1 AND user_id = $2 AND read_at IS NULL',
      [ctx.orgId, ctx.userId],
    );
    return count;
  }

  async emailReminders(db: RequestTransaction, userId: string): Promise<boolean> {
    const manager = await db.manager();
    const rows: Array<{ enabled: boolean }> = await manager.query(
      'SELECT email_reminders AS enabled FROM users WHERE id = $1',
      [userId],
    );
    if (!rows.length) throw new NotFoundError('User');
    return rows[0].enabled;
  }

  /** Email reminders are a person's choice across organizations; in-app notifications always arrive. */
  async setEmailReminders(db: RequestTransaction, userId: string, enabled: boolean): Promise<boolean> {
    const manager = await db.manager();
    await manager.query('UPDATE users SET email_reminders = $2, updated_at = now() WHERE id = $1', [
      userId,
      enabled,
    ]);
    return enabled;
  }

  async emailFrequency(db: RequestTransaction, userId: string): Promise<EmailFrequency> {
    const manager = await db.manager();
    const rows: Array<{ frequency: EmailFrequency }> = await manager.query(
      'SELECT email_frequency AS frequency FROM users WHERE id = $1',
      [userId],
    );
    if (!rows.length) throw new NotFoundError('User');
    return rows[0].frequency;
  }

  /** Immediate: an email per event; daily: one digest a day (what already waits for it still goes with it). */
  async setEmailFrequency(
    db: RequestTransaction,
    userId: string,
    frequency: EmailFrequency,
  ): Promise<EmailFrequency> {
    const manager = await db.manager();
    await manager.query('UPDATE users SET email_frequency = $2, updated_at = now() WHERE id = $1', [
      userId,
      frequency,
    ]);
    return frequency;
  }
}
