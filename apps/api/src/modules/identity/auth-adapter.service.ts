import { Inject, Injectable } from '@nestjs/common';
import { FIELD_LIMITS, normalizeEmail } from '@rebound/domain';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { isEmail } from 'class-validator';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { inputProblem } from '../../common/input-problem-messages.js';
import { hashSecretToken } from '../../common/secret-token.js';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { MailerService } from '../notifications/mailer.service.js';
import { signInLinkEmail } from '../notifications/email-templates.js';
import { isDuplicateEmail } from './account.service.js';
import type { AuthUser, VerificationToken } from './dto/auth.types.js';
import { RateLimitService } from './rate-limit.service.js';
import { AUTH_USER_COLUMNS } from './session.service.js';

/** What Auth.js needs from a database adapter, over our tables; called by the web server only. */
@Injectable()
export class AuthAdapterService {
  constructor(
    private readonly mailer: MailerService,
    private readonly rateLimits: RateLimitService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async user(db: RequestTransaction, id: string): Promise<AuthUser | null> {
    return this.oneUser(db, 'id = $1', [id]);
  }

  async userByEmail(db: RequestTransaction, email: string): Promise<AuthUser | null> {
    return this.oneUser(db, 'lower(email) = $1', [normalizeEmail(email)]);
  }

  async userByAccount(
    db: RequestTransaction,
    provider: string,
    providerAccountId: string,
  ): Promise<AuthUser | null> {
    return this.oneUser(
      db,
      'id = (SELECT user_id FROM user_accounts WHERE provider = $1 AND provider_account_id = $2)',
      [provider, providerAccountId],
    );
  }

  /** Accounts made by a sign-in link or an OAuth provider: the address is proven, no password yet. */
  async createUser(db: RequestTransaction, email: string, name: string): Promise<AuthUser> {
    if (!isEmail(email) || email.length > FIELD_LIMITS.email) {
      throw new BadUserInputError([inputProblem('email', 'INVALID_EMAIL')]);
    }
    if (name.length > FIELD_LIMITS.personName) {
      throw new BadUserInputError([inputProblem('name', 'TOO_LONG', { limit: FIELD_LIMITS.personName })]);
    }
    const manager = await db.manager();
    try {
      const rows: AuthUser[] = await manager.query(
        `INSERT INTO users (email, name, email_verified_at) VALUES ($1, $2, now()) RETURNING ${AUTH_USER_COLUMNS}`,
        [normalizeEmail(email), name.trim() || normalizeEmail(email).split('@')[0]],
      );
      return rows[0];
    } catch (error) {
      if (isDuplicateEmail(error))
        throw new ConflictError('EMAIL_TAKEN', 'An account with this email already exists.', 'email');
      throw error;
    }
  }

  async linkAccount(
    db: RequestTransaction,
    userId: string,
    provider: string,
    providerAccountId: string,
  ): Promise<boolean> {
    const manager = await db.manager();
    const linked: unknown[] = await manager.query(
      `INSERT INTO user_accounts (provider, provider_account_id, user_id)
       SELECT $1, $2, id FROM users WHERE id = $3
       ON CONFLICT (provider, provider_account_id) DO NOTHING RETURNING user_id`,
      [provider, providerAccountId, userId],
    );
    if (!linked.length && !(await this.user(db, userId))) throw new NotFoundError('User');
    return true;
  }

  async createVerificationToken(
    db: RequestTransaction,
    identifier: string,
    token: string,
    expires: Date,
  ): Promise<boolean> {
    const manager = await db.manager();
    await manager.query(
      'INSERT INTO verification_tokens (identifier, token_hash, expires_at) VALUES ($1, $2, $3)',
      [normalizeEmail(identifier), hashSecretToken(token), expires],
    );
    return true;
  }

  /** Single use: the token is gone once read. */
  async useVerificationToken(
    db: RequestTransaction,
    identifier: string,
    token: string,
  ): Promise<VerificationToken | null> {
    const manager = await db.manager();
    const rows: [VerificationToken[], number] = await manager.query(
      `DELETE FROM verification_tokens WHERE identifier = $1 AND token_hash = $2
       RETURNING identifier, expires_at AS expires`,
      [normalizeEmail(identifier), hashSecretToken(token)],
    );
    return rows[0][0] ?? null;
  }

  async sendSignInLink(
    db: RequestTransaction,
    clientIp: string,
    email: string,
    url: string,
  ): Promise<boolean> {
    if (!isEmail(email) || email.length > FIELD_LIMITS.email) {
      throw new BadUserInputError([inputProblem('email', 'INVALID_EMAIL')]);
    }
    if (!URL.canParse(url) || new URL(url).origin !== new URL(this.config.WEB_URL).origin) {
      throw new BadUserInputError([
        {
          path: 'url',
          code: 'SIGN_IN_LINK_OFF_SITE',
          message: 'Sign-in links point to the Rebound web app only.',
        },
      ]);
    }
    const limits: ['emailLinkPerEmail' | 'emailLinkPerIp', string][] = [
      ['emailLinkPerEmail', normalizeEmail(email)],
      ['emailLinkPerIp', clientIp],
    ];
    await this.rateLimits.assertAllowed(limits);
    await this.rateLimits.consume(limits);
    await this.mailer.send(db, { to: normalizeEmail(email), ...signInLinkEmail({ url }) });
    return true;
  }

  private async oneUser(db: RequestTransaction, where: string, params: unknown[]): Promise<AuthUser | null> {
    const manager = await db.manager();
    const rows: AuthUser[] = await manager.query(
      `SELECT ${AUTH_USER_COLUMNS} FROM users WHERE ${where}`,
      params,
    );
    return rows[0] ?? null;
  }
}
