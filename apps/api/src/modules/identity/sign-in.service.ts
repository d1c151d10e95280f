import { Injectable } from '@nestjs/common';
import { readSecondFactorCode, TWO_FACTOR } from '@rebound/domain';
import { BadUserInputError, UnauthenticatedError } from '../../common/errors.js';
import { hashSecretToken, newSecretToken } from '../../common/secret-token.js';
import type { AnonymousContext } from './account.service.js';
import type { AuthSession } from './dto/auth.types.js';
import type { SignInResult, TwoFactorChallenge } from './dto/two-factor.types.js';
import { RateLimitService, signInAttemptKey } from './rate-limit.service.js';
import { SessionService } from './session.service.js';
import { secondFactorCodeProblem, TwoFactorService } from './two-factor.service.js';

const CHALLENGE_GONE = 'This sign-in has expired. Sign in again.';

/**
 * Where a sign-in of an existing account is decided. After the first factor (a password, an email
 * link, OAuth) a user without two-factor sign-in gets a session; a user with it gets a challenge, a
 * short-lived single-use row whose token the web server holds until the second factor arrives, and no
 * session yet. `complete` is the one place every such sign-in ends.
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly sessions: SessionService,
    private readonly twoFactor: TwoFactorService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async afterFirstFactor(ctx: AnonymousContext, userId: string): Promise<SignInResult> {
    if (await this.twoFactor.isEnabled(ctx.db, userId)) {
      return { session: null, twoFactorChallenge: await this.challenge(ctx, userId) };
    }
    return { session: await this.complete(ctx, userId), twoFactorChallenge: null };
  }

  /** A person has proved who they are (with every factor they have): their session. */
  async complete(ctx: AnonymousContext, userId: string): Promise<AuthSession> {
    return this.sessions.create(ctx.db, userId);
  }

  /**
   * The second step: a code from the app or a recovery code for the challenge's user. Wrong codes go
   * through the same growing delay per account and address as wrong passwords, and a challenge takes
   * only a few before the password is asked again. The challenge is spent by the sign-in it completes.
   */
  async completeWithSecondFactor(
    ctx: AnonymousContext,
    input: { challenge: string; code: string },
  ): Promise<AuthSession> {
    const manager = await ctx.db.manager();
    const [challenge]: { id: string; user_id: string; email: string }[] = await manager.query(
      `SELECT c.id, c.user_id, u.email FROM sign_in_challenges c JOIN users u ON u.id = c.user_id
        WHERE c.token_hash = $1 AND c.expires_at > now() AND u.disabled_at IS NULL
        FOR UPDATE OF c`,
      [hashSecretToken(input.challenge)],
    );
    if (!challenge) {
      throw new BadUserInputError([
        { path: 'input.challenge', code: 'SIGN_IN_EXPIRED', message: CHALLENGE_GONE },
      ]);
    }
    const attempt = signInAttemptKey(challenge.email, ctx.clientIp);
    await this.rateLimits.assertAllowed([
      ['signInPerIp', ctx.clientIp],
      ['secondFactorPerChallenge', challenge.id],
    ]);
    await this.rateLimits.assertNotDelayed(attempt);

    const code = readSecondFactorCode(input.code);
    const outcome = code ? await this.twoFactor.checkSecondFactor(ctx.db, challenge.user_id, code) : 'wrong';
    if (outcome !== 'accepted') {
      await this.rateLimits.consume([
        ['signInPerIp', ctx.clientIp],
        ['secondFactorPerChallenge', challenge.id],
      ]);
      await this.rateLimits.recordFailure(attempt);
      const problem = secondFactorCodeProblem(outcome);
      throw new BadUserInputError([problem], problem.message);
    }
    await manager.query('DELETE FROM sign_in_challenges WHERE id = $1', [challenge.id]);
    await this.rateLimits.clearFailures(attempt);
    return this.complete(ctx, challenge.user_id);
  }

  private async challenge(ctx: AnonymousContext, userId: string): Promise<TwoFactorChallenge> {
    const token = newSecretToken();
    const manager = await ctx.db.manager();
    const rows: { expires_at: Date }[] = await manager.query(
      `INSERT INTO sign_in_challenges (token_hash, user_id, expires_at)
       SELECT $1, id, now() + make_interval(mins => $3) FROM users WHERE id = $2 AND disabled_at IS NULL
       RETURNING expires_at`,
      [hashSecretToken(token), userId, TWO_FACTOR.challengeMinutes],
    );
    if (!rows.length) throw new UnauthenticatedError('This account cannot sign in.');
    return { token, expiresAt: rows[0].expires_at };
  }
}
