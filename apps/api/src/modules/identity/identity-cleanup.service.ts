import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Forgets what has run out: attempt counters whose window passed (one row per address, and per account
 * and address, would otherwise pile up under a password spray) sign-up links never followed and
 * two-factor challenges never answered.
 */
@Injectable()
export class IdentityCleanupService {
  constructor(private readonly dataSource: DataSource) {}

  async run(now: Date): Promise<{ counters: number; signUps: number; challenges: number }> {
    const [, counters]: [unknown, number] = await this.dataSource.query(
      'DELETE FROM rate_limits WHERE expire IS NOT NULL AND expire < $1',
      [now.getTime()],
    );
    const [, signUps]: [unknown, number] = await this.dataSource.query(
      'DELETE FROM sign_up_requests WHERE expires_at < $1',
      [now],
    );
    const [, challenges]: [unknown, number] = await this.dataSource.query(
      'DELETE FROM sign_in_challenges WHERE expires_at < $1',
      [now],
    );
    return { counters, signUps, challenges };
  }
}
