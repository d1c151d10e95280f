import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  normalizeEmail,
  passwordProblem,
  PASSWORD_PROBLEM_MESSAGES,
  signInDelaySeconds,
} from '@rebound/domain';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { hashSecretToken, newSecretToken } from '../../common/secret-token.js';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { MailerService } from '../notifications/mailer.service.js';
import { passwordResetEmail } from '../notifications/email-templates.js';
import { repeatedSignInFailuresEmail } from '../notifications/security-email-templates.js';
import { OrganizationService } from '../tenancy/organization.service.js';
import type { AuthSession } from './dto/auth.types.js';
import type { ResetPasswordInput, SignInInput, SignUpInput } from './dto/account.inputs.js';
import { hashPassword, verifyPasswordOrDecoy } from './password.js';
import { RateLimitService } from './rate-limit.service.js';
import { SessionService } from './session.service.js';

const PASSWORD_RESET_MINUTES = 60;
const WRONG_CREDENTIALS = 'Email or password is incorrect.';

/** A request made for a browser: the transaction to write in and where the browser is. */
export interface AnonymousContext {
  db: RequestTransaction;
  clientIp: string;
}

export function assertPasswordAllowed(password: string, email: string, field = 'input.password'): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new BadUserInputError([{ path: field, message: PASSWORD_PROBLEM_MESSAGES[problem] }]);
}

/** Postgres' unique_violation on the users' email index: someone took the address meanwhile. */
export function isDuplicateEmail(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driverError?.code === '23505' && driverError.constraint === 'users_email_key';
}

@Injectable()
export class AccountService {
  constructor(
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimitService,
    private readonly organizations: OrganizationService,
    private readonly mailer: MailerService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** A new user, their organization and their owner membership, in one transaction. */
  async signUp(ctx: AnonymousContext, input: SignUpInput): Promise<AuthSession> {
    const email = normalizeEmail(input.email);
    assertPasswordAllowed(input.password, email);
    await this.rateLimits.assertAllowed([['signUpPerIp', ctx.clientIp]]);
    await this.rateLimits.consume([['signUpPerIp', ctx.clientIp]]);
    const userId = randomUUID();
    const orgId = randomUUID();
    ctx.db.setScope({ orgId, userId });
    if (await this.emailTaken(ctx.db, email)) throw emailTakenError();

    const slug = await this.organizations.availableSlug(input.organizationName);
    const passwordHash = await hashPassword(input.password);
    const manager = await ctx.db.manager();
    try {
      await manager.query('INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [
        userId,
        email,
        input.name.trim(),
        passwordHash,
      ]);
    } catch (error) {
      if (isDuplicateEmail(error)) throw emailTakenError();
      throw error;
    }
    await manager.query('INSERT INTO organizations (id, name, slug, kind) VALUES ($1, $2, $3, $4)', [
      orgId,
      input.organizationName.trim(),
      slug,
      input.organizationKind,
    ]);
    await manager.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'owner')`, [
      orgId,
      userId,
    ]);
    return this.sessions.create(ctx.db, userId);
  }

  /**
   * Email and password. Wrong attempts count per address (whatever the accounts) and per account and
   * address: after a few, that pair waits a growing delay before its next attempt, and the account's
   * owner gets a notice. Nothing an address does delays the same account from another address, so no
   * stranger can keep an owner out. Unknown emails cost the same password-hash work as known ones.
   */
  async signIn(ctx: AnonymousContext, input: SignInInput): Promise<AuthSession> {
    const email = normalizeEmail(input.email);
    const attempt = `${email}|${ctx.clientIp}`;
    await this.rateLimits.assertAllowed([['signInPerIp', ctx.clientIp]]);
    await this.rateLimits.assertNotDelayed(attempt);
    const manager = await ctx.db.manager();
    const users: { id: string; password_hash: string | null; disabled_at: Date | null }[] =
      await manager.query('SELECT id, password_hash, disabled_at FROM users WHERE lower(email) = $1', [
        email,
      ]);
    const user = users[0];
    const valid = await verifyPasswordOrDecoy(user?.password_hash ?? null, input.password);
    if (!user || !valid || user.disabled_at) {
      await this.rateLimits.consume([['signInPerIp', ctx.clientIp]]);
      const failures = await this.rateLimits.recordFailure(attempt);
      if (user && !user.disabled_at && signInDelaySeconds(failures) > 0) {
        await this.noticeRepeatedFailures(email, ctx.clientIp);
      }
      throw new BadUserInputError(
        [{ path: 'input.password', message: WRONG_CREDENTIALS }],
        WRONG_CREDENTIALS,
      );
    }
    await this.rateLimits.clearFailures(attempt);
    return this.sessions.create(ctx.db, user.id);
  }

  /** Tells the owner, at most once an hour, that an address keeps guessing their password. */
  private async noticeRepeatedFailures(email: string, clientIp: string): Promise<void> {
    if (!(await this.rateLimits.tryConsume('signInNoticePerEmail', email))) return;
    await this.mailer.sendDespiteFailure({
      to: email,
      ...repeatedSignInFailuresEmail({
        address: clientIp,
        resetUrl: new URL('/forgot-password', this.config.WEB_URL).toString(),
      }),
    });
  }

  /** Always answers the same, whether or not the account exists, so it cannot be used to probe emails. */
  async requestPasswordReset(ctx: AnonymousContext, rawEmail: string): Promise<boolean> {
    const email = normalizeEmail(rawEmail);
    const limits: ['emailLinkPerEmail' | 'emailLinkPerIp', string][] = [
      ['emailLinkPerEmail', email],
      ['emailLinkPerIp', ctx.clientIp],
    ];
    await this.rateLimits.assertAllowed(limits);
    await this.rateLimits.consume(limits);
    const manager = await ctx.db.manager();
    const users: { id: string; email: string }[] = await manager.query(
      'SELECT id, email FROM users WHERE lower(email) = $1 AND disabled_at IS NULL',
      [email],
    );
    if (!users.length) return true;
    const token = newSecretToken();
    await manager.query(
      `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(mins => $3))`,
      [users[0].id, hashSecretToken(token), PASSWORD_RESET_MINUTES],
    );
    const url = new URL('/reset-password', this.config.WEB_URL);
    url.searchParams.set('token', token);
    await this.mailer.send(ctx.db, { to: users[0].email, ...passwordResetEmail({ url: url.toString() }) });
    return true;
  }

  /** Single use, one hour; every session of the user ends, wherever it was. */
  async resetPassword(ctx: AnonymousContext, input: ResetPasswordInput): Promise<boolean> {
    const manager = await ctx.db.manager();
    const tokens: { id: string; user_id: string; email: string }[] = await manager.query(
      `SELECT t.id, t.user_id, u.email FROM password_reset_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.disabled_at IS NULL
        FOR UPDATE OF t`,
      [hashSecretToken(input.token)],
    );
    const token = tokens[0];
    if (!token) {
      throw new BadUserInputError([
        { path: 'input.token', message: 'This reset link is invalid or has expired. Ask for a new one.' },
      ]);
    }
    assertPasswordAllowed(input.password, token.email);
    await manager.query('UPDATE password_reset_tokens SET used_at = now() WHERE id = $1', [token.id]);
    await manager.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [
      token.user_id,
      await hashPassword(input.password),
    ]);
    await this.sessions.revokeAll(ctx.db, token.user_id);
    return true;
  }

  async emailTaken(db: RequestTransaction, email: string): Promise<boolean> {
    const manager = await db.manager();
    const rows = await manager.query('SELECT 1 FROM users WHERE lower(email) = $1', [normalizeEmail(email)]);
    return rows.length > 0;
  }
}

function emailTakenError(): ConflictError {
  return new ConflictError('An account with this email already exists. Sign in instead.', 'input.email');
}
