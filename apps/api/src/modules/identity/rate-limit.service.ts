import { Injectable, OnModuleInit } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { RateLimitedError } from '../../common/errors.js';

/** Limits per window; named so tests and documentation quote the same numbers. */
export const LIMITS = {
  /** Wrong passwords for one email: the 6th attempt within 15 minutes is refused. */
  signInPerEmail: { points: 5, duration: 15 * 60 },
  signInPerIp: { points: 50, duration: 15 * 60 },
  /** Password reset and sign-in link requests. */
  emailLinkPerEmail: { points: 5, duration: 60 * 60 },
  emailLinkPerIp: { points: 30, duration: 60 * 60 },
  signUpPerIp: { points: 20, duration: 60 * 60 },
} as const;
export type LimitName = keyof typeof LIMITS;

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

  private limiter(name: LimitName): RateLimiterPostgres {
    const limiter = this.limiters.get(name);
    if (!limiter) throw new Error(`No rate limiter named ${name}`);
    return limiter;
  }
}
