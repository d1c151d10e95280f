import { Injectable, OnModuleInit } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { SIGN_IN_DELAY, signInDelaySeconds, TWO_FACTOR } from '@rebound/domain';
import { RateLimitedError } from '../../common/errors.js';

/** Limits per window; named so tests and documentation quote the same numbers. */
export const LIMITS = {
  /** Wrong passwords from one address, whichever accounts they aim at. */
  signInPerIp: { points: 50, duration: 15 * 60 },
  /**
   * Wrong passwords in a row for one account from one address: never refuses by itself, the count sets
   * the wait in `signInDelay` (see `signInDelaySeconds`).
   */
  signInFailures: { points: Number.MAX_SAFE_INTEGER, duration: SIGN_IN_DELAY.windowSeconds },
  /** The wait an account+address pair owes before its next attempt (blocked for that long). */
  signInDelay: { points: 1, duration: SIGN_IN_DELAY.maxDelaySeconds },
  /** Notices to an account's owner that someone keeps guessing its password: one an hour at most. */
  signInNoticePerEmail: { points: 1, duration: 60 * 60 },
  /** Password reset and sign-in link requests. */
  emailLinkPerEmail: { points: 5, duration: 60 * 60 },
  emailLinkPerIp: { points: 30, duration: 60 * 60 },
  signUpPerEmail: { points: 5, duration: 60 * 60 },
  signUpPerIp: { points: 20, duration: 60 * 60 },
  /** Wrong codes one two-factor challenge takes; then the password is asked again. */
  secondFactorPerChallenge: {
    points: TWO_FACTOR.challengeMaxFailures,
    duration: TWO_FACTOR.challengeMinutes * 60,
  },
} as const;
export type LimitName = keyof typeof LIMITS;

/** The growing delay's key: one account from one address (wrong passwords and wrong codes alike). */
export function signInAttemptKey(email: string, clientIp: string): string {
  return `${email}|${clientIp}`;
}

/**
 * Attempt counters kept in PostgreSQL (rate-limiter-flexible), so every API instance sees the same
 * counts. They live outside the request transaction: a failed attempt counts even though its request
 * rolls back.
 */
@Injectable()
export class RateLimitService implements OnModuleInit {
  private limiters = new Map<LimitName, RateLimiterPostgres>();

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as unknown as { master: unknown }).master;
    for (const [name, limit] of Object.entries(LIMITS) as [LimitName, (typeof LIMITS)[LimitName]][]) {
      this.limiters.set(
        name,
        new RateLimiterPostgres({
          storeClient: pool,
          storeType: 'pool',
          tableName: 'rate_limits',
          tableCreated: true,
          clearExpiredByTimeout: false,
          keyPrefix: name,
          points: limit.points,
          duration: limit.duration,
        }),
      );
    }
  }

  /** Refuses with RATE_LIMITED when any of the keys has used up its window. */
  async assertAllowed(checks: [LimitName, string][]): Promise<void> {
    for (const [name, key] of checks) {
      const state = await this.limiter(name).get(key);
      if (state && state.consumedPoints >= LIMITS[name].points) {
        throw new RateLimitedError(Math.ceil(state.msBeforeNext / 1000));
      }
    }
  }

  /** Counts one attempt against each key. */
  async consume(checks: [LimitName, string][]): Promise<void> {
    for (const [name, key] of checks) {
      await this.limiter(name)
        .consume(key)
        .catch((rejection: unknown) => {
          if (!(rejection instanceof RateLimiterRes)) throw rejection;
        });
    }
  }

  async reset(name: LimitName, key: string): Promise<void> {
    await this.limiter(name).delete(key);
  }

  /** Refuses with RATE_LIMITED while the key still owes a wait from {@link recordFailure}. */
  async assertNotDelayed(key: string): Promise<void> {
    const state = await this.limiter('signInDelay').get(key);
    if (state && state.consumedPoints > LIMITS.signInDelay.points && state.msBeforeNext > 0) {
      throw new RateLimitedError(Math.ceil(state.msBeforeNext / 1000));
    }
  }

  /**
   * Counts one more wrong password for the key and makes it wait the growing delay. Answers how many
   * failures in a row the key has now.
   */
  async recordFailure(key: string): Promise<number> {
    const failures = (await this.limiter('signInFailures').consume(key)).consumedPoints;
    const delay = signInDelaySeconds(failures);
    if (delay > 0) await this.limiter('signInDelay').block(key, delay);
    return failures;
  }

  /** A right password: the key starts afresh. */
  async clearFailures(key: string): Promise<void> {
    await Promise.all([this.reset('signInFailures', key), this.reset('signInDelay', key)]);
  }

  /** Whether one more of this limit is allowed for the key, counting it if so (never throws RATE_LIMITED). */
  async tryConsume(name: LimitName, key: string): Promise<boolean> {
    return this.limiter(name)
      .consume(key)
      .then(
        () => true,
        (rejection: unknown) => {
          if (rejection instanceof RateLimiterRes) return false;
          throw rejection;
        },
      );
  }

  private limiter(name: LimitName): RateLimiterPostgres {
    const limiter = this.limiters.get(name);
    if (!limiter) throw new Error(`No rate limiter named ${name}`);
    return limiter;
  }
}
