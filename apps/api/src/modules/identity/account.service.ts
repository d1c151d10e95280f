import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  normalizeEmail,
  passwordProblem,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_PROBLEM_MESSAGES,
  signInDelaySeconds,
  type PasswordProblem,
} from '@rebound/domain';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { BadUserInputError, ConflictError, type FieldProblem } from '../../common/errors.js';
import { inputProblem } from '../../common/input-problem-messages.js';
import { hashSecretToken, newSecretToken } from '../../common/secret-token.js';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { MailerService } from '../notifications/mailer.service.js';
import { passwordResetEmail } from '../notifications/email-templates.js';
import {
  confirmSignUpEmail,
  repeatedSignInFailuresEmail,
  signUpWithExistingAccountEmail,
} from '../notifications/security-email-templates.js';
import { OrganizationService } from '../tenancy/organization.service.js';
import type { AuthSession } from './dto/auth.types.js';
import type { ResetPasswordInput, SignInInput, SignUpInput } from './dto/account.types.js';
import { hashPassword, verifyPasswordOrDecoy } from './password.js';
import type { SignInResult } from './dto/two-factor.types.js';
import { RateLimitService, signInAttemptKey } from './rate-limit.service.js';
import { SignInService } from './sign-in.service.js';
import { SessionService } from './session.service.js';

const PASSWORD_RESET_MINUTES = 60;
const SIGN_UP_LINK_HOURS = 24;
const WRONG_CREDENTIALS = 'Email or password is incorrect.';

/** A request made for a browser: the transaction to write in and where the browser is. */
export interface AnonymousContext {
  db: RequestTransaction;
  clientIp: string;
}

export function assertPasswordAllowed(password: string, email: string, field = 'input.password'): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new BadUserInputError([passwordFieldProblem(field, problem)]);
}

function passwordFieldProblem(path: string, problem: PasswordProblem): FieldProblem {
  switch (problem) {
    case 'too_long':
      return inputProblem(path, 'TOO_LONG', { limit: PASSWORD_MAX_LENGTH });
    case 'too_short':
      return {
        path,
        code: 'PASSWORD_TOO_SHORT',
        message: PASSWORD_PROBLEM_MESSAGES.too_short,
        params: { limit: PASSWORD_MIN_LENGTH },
      };
    case 'contains_email':
      return { path, code: 'PASSWORD_CONTAINS_EMAIL', message: PASSWORD_PROBLEM_MESSAGES.contains_email };
  }
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
    private readonly signIns: SignInService,
    private readonly rateLimits: RateLimitService,
    private readonly organizations: OrganizationService,
    private readonly mailer: MailerService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /**
   * The sign-up form: emails a link that finishes the account, or, when the address already has one, a
   * note saying so. The answer is the same either way (and costs the same password hashing), so the
   * form cannot tell anyone whether an address has an account.
   */
  async signUp(ctx: AnonymousContext, input: SignUpInput): Promise<boolean> {
    const email = normalizeEmail(input.email);
    assertPasswordAllowed(input.password, email);
    const limits: ['signUpPerEmail' | 'signUpPerIp', string][] = [
      ['signUpPerEmail', email],
      ['signUpPerIp', ctx.clientIp],
    ];
    await this.rateLimits.assertAllowed(limits);
    await this.rateLimits.consume(limits);
    const passwordHash = await hashPassword(input.password);
    if (await this.emailTaken(ctx.db, email)) {
      await this.mailer.send(ctx.db, {
        to: email,
        ...signUpWithExistingAccountEmail({
          signInUrl: new URL('/sign-in', this.config.WEB_URL).toString(),
          resetUrl: new URL('/forgot-password', this.config.WEB_URL).toString(),
        }),
      });
      return true;
    }
    const token = newSecretToken();
    const manager = await ctx.db.manager();
    await manager.query(
      `INSERT INTO sign_up_requests
         (token_hash, email, name, password_hash, organization_name, organization_kind, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7))`,
      [
        hashSecretToken(token),
        email,
        input.name.trim(),
        passwordHash,
        input.organizationName.trim(),
        input.organizationKind,
        SIGN_UP_LINK_HOURS,
      ],
    );
    const url = new URL('/sign-up/confirm', this.config.WEB_URL);
    url.searchParams.set('token', token);
    await this.mailer.send(ctx.db, {
      to: email,
      ...confirmSignUpEmail({ url: url.toString(), validHours: SIGN_UP_LINK_HOURS }),
    });
    return true;
  }

  /**
   * The emailed sign-up link: the user, their organization and their owner membership, in one
   * transaction; signs them in. Single use.
   */
  async confirmSignUp(ctx: AnonymousContext, token: string): Promise<AuthSession> {
    // The new tenant is the transaction's from its first statement on.
    const userId = randomUUID();
    const orgId = randomUUID();
    ctx.db.setScope({ orgId, userId });
    const manager = await ctx.db.manager();
    const [requests]: [
      {
        email: string;
        name: string;
        password_hash: string;
        organization_name: string;
        organization_kind: string;
      }[],
      number,
    ] = await manager.query(
      `DELETE FROM sign_up_requests WHERE token_hash = $1 AND expires_at > now()
       RETURNING email, name, password_hash, organization_name, organization_kind`,
      [hashSecretToken(token)],
    );
    const request = requests[0];
    if (!request) {
      throw new BadUserInputError([
        {
          path: 'token',
          code: 'SIGN_UP_LINK_INVALID',
          message: 'This sign-up link is invalid or has expired. Sign up again.',
        },
      ]);
    }
    if (await this.emailTaken(ctx.db, request.email)) throw emailTakenError('token');

    const slug = await this.organizations.availableSlug(request.organization_name);
    try {
      await manager.query(
        'INSERT INTO users (id, email, name, password_hash, email_verified_at) VALUES ($1, $2, $3, $4, now())',
        [userId, request.email, request.name, request.password_hash],
      );
    } catch (error) {
      if (isDuplicateEmail(error)) throw emailTakenError('token');
      throw error;
    }
    await manager.query('INSERT INTO organizations (id, name, slug, kind) VALUES ($1, $2, $3, $4)', [
      orgId,
      request.organization_name,
      slug,
      request.organization_kind,
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
  async signIn(ctx: AnonymousContext, input: SignInInput): Promise<SignInResult> {
    const email = normalizeEmail(input.email);
    const attempt = signInAttemptKey(email, ctx.clientIp);
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
        [{ path: 'input.password', code: 'WRONG_CREDENTIALS', message: WRONG_CREDENTIALS }],
        WRONG_CREDENTIALS,
      );
    }
    const result = await this.signIns.afterFirstFactor(ctx, user.id);
    // With a second factor still to come, the count goes on until it is given: the right password alone
    // must not reset the delay on guessing codes.
    if (result.session) await this.rateLimits.clearFailures(attempt);
    return result;
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
        {
          path: 'input.token',
          code: 'RESET_LINK_INVALID',
          message: 'This reset link is invalid or has expired. Ask for a new one.',
        },
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

function emailTakenError(path = 'input.email'): ConflictError {
  return new ConflictError(
    'EMAIL_TAKEN',
    'An account with this email already exists. Sign in instead.',
    path,
  );
}
