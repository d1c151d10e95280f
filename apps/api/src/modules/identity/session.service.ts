import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '../../common/errors.js';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import type { AuthSession, AuthUser } from './dto/auth.types.js';

/** As long as the Auth.js session cookie (its default maxAge). */
export const SESSION_DAYS = 30;

export const AUTH_USER_COLUMNS = `id, email, name, email_verified_at AS "emailVerified"`;

@Injectable()
export class SessionService {
  constructor(private readonly auditLog: AuditLogService) {}

  /** Opens a server-side session for an enabled user. */
  async create(db: RequestTransaction, userId: string): Promise<AuthSession> {
    const manager = await db.manager();
    const users: AuthUser[] = await manager.query(
      `SELECT ${AUTH_USER_COLUMNS} FROM users WHERE id = $1 AND disabled_at IS NULL`,
      [userId],
    );
    if (!users.length) throw new UnauthenticatedError('This account cannot sign in.');
    const sessions: { id: string; expires_at: Date }[] = await manager.query(
      `INSERT INTO sessions (user_id, expires_at) VALUES ($1, now() + make_interval(days => $2))
       RETURNING id, expires_at`,
      [userId, SESSION_DAYS],
    );
    await this.auditLog.recordSignIn(db, userId, sessions[0].id);
    return { sessionId: sessions[0].id, expiresAt: sessions[0].expires_at, user: users[0] };
  }

  async revoke(db: RequestTransaction, sessionId: string): Promise<void> {
    const manager = await db.manager();
    await manager.query('UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [
      sessionId,
    ]);
  }

  async revokeAll(db: RequestTransaction, userId: string): Promise<void> {
    const manager = await db.manager();
    await manager.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
      userId,
    ]);
  }
}
