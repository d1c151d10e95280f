import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../config/config.js';
import { isDatabaseUnavailable } from './database-availability.js';

/** Where a read that may lag went, and why (`reason`: fresh, lagging, unavailable, failed). */
export const replicaReads = new Counter({
  name: 'rebound_replica_reads_total',
  help:
    'Reads that may be served by the read replica, by where they were sent (replica, primary) and why; ' +
    'one that failed on the replica counts again as primary/failed.',
  labelNames: ['target', 'reason'] as const,
});

const replicaLag = new Gauge({
  name: 'rebound_replica_lag_seconds',
  help: "The read replica's lag behind the primary at its last check (an upper bound; -1: unreachable).",
  // Summed over API processes it would mean nothing: the worst process's view.
  aggregator: 'max',
});

/** How often, at most, the replica's position is compared with the primary's. */
const CHECK_INTERVAL_MS = 1_000;
/** How long a request waits for a check before it reads from the primary. */
const CHECK_WAIT_MS = 1_000;
/** After a failure, the replica rests this long before it is asked again. */
const UNAVAILABLE_BACKOFF_MS = 5_000;
/** Primary positions kept to date the replica's (one per check). */
const MAX_SAMPLES = 120;

export type ReplicaState = 'fresh' | 'lagging' | 'unavailable';

/** A PostgreSQL LSN (`16/B374D848`) as a number that compares. */
export function lsnValue(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

/**
 * Dates a standby's data by the primary's WAL positions: every check samples the primary's current
 * position (with the time it was asked, on this process's clock) and then the standby's replay position.
 * The standby holds everything the primary had committed at the latest sample it has replayed up to, so
 * `now - that sample's time` bounds its lag from above, whether the primary is busy or idle (an idle
 * primary's position does not move: the standby is caught up as soon as it replayed it), and with no
 * reliance on the two servers' clocks.
 */
export class ReplicaFreshness {
  private samples: { lsn: bigint; at: number }[] = [];
  /** Everything the primary had committed at this time (ms) is on the standby. */
  freshAsOf: number | null = null;

  recordPrimary(lsn: bigint, at: number): void {
    this.samples.push({ lsn, at });
    if (this.samples.length > MAX_SAMPLES) this.samples.shift();
  }

  recordReplayed(lsn: bigint): void {
    const index = this.samples.findLastIndex((sample) => sample.lsn <= lsn);
    if (index < 0) return;
    this.freshAsOf = Math.max(this.freshAsOf ?? 0, this.samples[index].at);
    // Older samples can no longer date anything later than this one.
    this.samples = this.samples.slice(index);
  }

  /** The standby is a copy of the primary (not a standby at all): as fresh as it gets. */
  recordNotInRecovery(at: number): void {
    this.samples = [];
    this.freshAsOf = at;
  }

  lagAt(now: number): number {
    return this.freshAsOf === null ? Number.POSITIVE_INFINITY : now - this.freshAsOf;
  }
}

/**
 * The optional read replica (`DATABASE_REPLICA_URL`): reads that may lag (analytics, exports, the
 * dashboard) go to it while it is within `DATABASE_REPLICA_MAX_LAG_MS` of the primary, and to the primary
 * when it lags more, cannot be reached or fails mid-way. Without the variable nothing goes to it.
 */
@Injectable()
export class ReadReplica implements OnModuleDestroy {
  private readonly logger = new Logger('ReadReplica');
  private readonly freshness = new ReplicaFreshness();
  private dataSource: DataSource | null = null;
  private connecting: Promise<DataSource> | null = null;
  private checking: Promise<void> | null = null;
  private checkedAt = 0;
  private unavailableUntil = 0;
  private state: ReplicaState | null = null;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly primary: DataSource,
  ) {}

  get configured(): boolean {
    return this.config.DATABASE_REPLICA_URL !== undefined;
  }

  /**
   * The replica's connections when it may serve a read now, else null (read from the primary). Waits for
   * a check only when the last one is too old to vouch for the replica; never longer than a second.
   */
  async forRead(): Promise<DataSource | null> {
    if (!this.configured) return null;
    const now = Date.now();
    if (now < this.unavailableUntil) return this.route('unavailable');
    if (now - this.checkedAt >= CHECK_INTERVAL_MS) this.checking ??= this.check();
    if (!this.withinBound(now) && this.checking) {
      await Promise.race([
        this.checking,
        new Promise((resolve) => setTimeout(resolve, CHECK_WAIT_MS).unref()),
      ]);
    }
    if (Date.now() < this.unavailableUntil) return this.route('unavailable');
    return this.withinBound(Date.now()) && this.dataSource ? this.route('fresh') : this.route('lagging');
  }

  /** A read on the replica failed for want of it: the primary serves the read and the next ones. */
  failed(error: unknown): void {
    this.unavailableUntil = Date.now() + UNAVAILABLE_BACKOFF_MS;
    replicaReads.inc({ target: 'primary', reason: 'failed' });
    this.changeState('unavailable', error);
  }

  /** Errors after which a read that failed on the replica is run again on the primary. */
  static shouldRetryOnPrimary(error: unknown): boolean {
    // 40001: a standby cancels a query whose rows replay must remove ("conflict with recovery").
    return isDatabaseUnavailable(error) || (error as { code?: unknown })?.code === '40001';
  }

  async onModuleDestroy(): Promise<void> {
    await this.checking?.catch(() => undefined);
    await this.connecting?.catch(() => undefined);
    if (this.dataSource?.isInitialized) await this.dataSource.destroy();
  }

  private withinBound(now: number): boolean {
    return this.freshness.lagAt(now) <= this.config.DATABASE_REPLICA_MAX_LAG_MS;
  }

  private route(state: ReplicaState): DataSource | null {
    this.changeState(state);
    const target = state === 'fresh' ? 'replica' : 'primary';
    replicaReads.inc({ target, reason: state });
    return state === 'fresh' ? this.dataSource : null;
  }

  /** Logs once per change, not once per read. */
  private changeState(state: ReplicaState, error?: unknown): void {
    if (state === this.state) return;
    const previous = this.state;
    this.state = state;
    const lagMs = this.freshness.lagAt(Date.now());
    const details = {
      event: 'read_replica_state',
      state,
      previous,
      lagMs: Number.isFinite(lagMs) ? lagMs : null,
      maxLagMs: this.config.DATABASE_REPLICA_MAX_LAG_MS,
      ...(error instanceof Error ? { error: error.message } : {}),
    };
    if (state === 'fresh') this.logger.log(details);
    else this.logger.warn(details);
  }

  private async check(): Promise<void> {
    const startedAt = Date.now();
    try {
      const [{ lsn }]: { lsn: string }[] = await this.primary.query(
        'SELECT pg_current_wal_lsn()::text AS lsn',
      );
      this.freshness.recordPrimary(lsnValue(lsn), startedAt);
    } catch {
      // The primary is away: nothing learned about the replica (and the reads fail on the primary anyway).
      this.checkedAt = Date.now();
      this.checking = null;
      return;
    }
    try {
      const replica = await this.connect();
      const [standby]: { inRecovery: boolean; replayed: string | null }[] = await replica.query(
        'SELECT pg_is_in_recovery() AS "inRecovery", pg_last_wal_replay_lsn()::text AS replayed',
      );
      if (!standby.inRecovery) this.freshness.recordNotInRecovery(startedAt);
      else if (standby.replayed) this.freshness.recordReplayed(lsnValue(standby.replayed));
      this.unavailableUntil = 0;
      replicaLag.set(Math.max(0, this.freshness.lagAt(Date.now())) / 1000);
    } catch (error) {
      this.unavailableUntil = Date.now() + UNAVAILABLE_BACKOFF_MS;
      replicaLag.set(-1);
      this.changeState('unavailable', error);
    } finally {
      this.checkedAt = Date.now();
      this.checking = null;
    }
  }

  /** The replica's pool, made at first use: the API starts and serves while the replica is away. */
  private connect(): Promise<DataSource> {
    if (this.dataSource) return Promise.resolve(this.dataSource);
    this.connecting ??= (async () => {
      const dataSource = new DataSource({
        type: 'postgres',
        url: this.config.DATABASE_REPLICA_URL,
        entities: this.primary.options.entities,
        synchronize: false,
        migrationsRun: false,
        logging: this.primary.options.logging,
        logger: this.primary.logger,
        extra: {
          max: this.config.DATABASE_POOL_MAX,
          connectionTimeoutMillis: Math.min(this.config.DATABASE_CONNECT_TIMEOUT_MS, CHECK_WAIT_MS),
          application_name: 'rebound-api-replica',
        },
      });
      await dataSource.initialize();
      this.dataSource = dataSource;
      return dataSource;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }
}
