import { createHash } from 'node:crypto';
import pg from 'pg';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { ReadReplica } from './read-replica.js';

const statementNames = new Map<string, string>();
const MAX_STATEMENT_NAMES = 1_000;

/** A SQL string literal (standard_conforming_strings is on since PostgreSQL 9.1). */
const literal = (value: string | null) =>
  value === null ? 'NULL' : pg.Client.prototype.escapeLiteral(value);

export interface TenantScope {
  orgId: string | null;
  userId: string | null;
}

/** Where a request came from, as far as the API knows it: recorded with audit log entries. */
export interface RequestOrigin {
  requestId: string | null;
  /** The browser's address (reported by the web server) or the peer's. */
  clientAddress: string | null;
  /** The browser's user agent (reported by the web server) or the peer's. */
  userAgent: string | null;
}

/** Who a signed-in request acts for, as `open_request` settled it. */
export interface RequestPrincipal {
  /** False when the session is unknown, revoked or expired, or its user is disabled. */
  signedIn: boolean;
  /** The organization the request names, when it exists (and the session is valid). */
  orgId: string | null;
  membershipId: string | null;
  role: string | null;
  /** The organization requires two-factor sign-in of staff; this staff member has not turned it on. */
  twoFactorMissing: boolean;
}

/**
 * One database transaction per API request. The tenant and the user are written into the transaction
 * (`set_config(..., true)`) before the first statement, so row-level security sees them for every
 * statement the request runs and forgets them when the transaction ends.
 */
export class RequestTransaction {
  private scope: TenantScope = { orgId: null, userId: null };
  private opened: Promise<QueryRunner> | null = null;
  private readonly afterCommitTasks: (() => Promise<void>)[] = [];
  /** The same scope on the read replica, in a read-only transaction, opened by the first `readFromReplica`. */
  private onReplica: RequestTransaction | null = null;
  /** Set when the operation said its reads may lag (the dashboard); see `readMayLag`. */
  private laggingReadsAllowed = false;

  /**
   * `origin`: the HTTP request behind this transaction (absent for background work); `primary`: on a
   * read replica's transaction, the request's transaction on the primary.
   */
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: {
      replica?: ReadReplica | null;
      readOnly?: boolean;
      origin?: RequestOrigin;
      primary?: RequestTransaction;
    } = {},
  ) {}

  /** The HTTP request behind this transaction; null for background work. */
  get origin(): RequestOrigin | null {
    return this.options.origin ?? this.options.primary?.origin ?? null;
  }

  /**
   * Where the request's writes go: this transaction, or the primary's when this one reads from the
   * replica (an export read there still records its audit entry with the request's other writes).
   */
  get primary(): RequestTransaction {
    return this.options.primary ?? this;
  }

  /** Fixes who the request acts for; only possible before the first statement. */
  setScope(scope: Partial<TenantScope>): void {
    if (this.opened) throw new Error('The tenant scope cannot change once the transaction has started');
    this.scope = { ...this.scope, ...scope };
  }

  get orgId(): string | null {
    return this.scope.orgId;
  }

  /**
   * Settles whether a session token's session holds and the viewer's membership in the organization
   * `slug` names, and fixes the scope accordingly. With an organization the transaction opens with that
   * same statement; without one it stays unopened, so that work which picks its tenant itself (accepting
   * an invitation) can still set the scope.
   */
  async openForSession(sessionId: string, userId: string, slug: string | null): Promise<RequestPrincipal> {
    if (this.opened) throw new Error('The request transaction is already open');
    const sql = `SELECT signed_in AS "signedIn", org_id AS "orgId", member_id AS "membershipId", member_role AS role,
      two_factor_missing AS "twoFactorMissing" FROM open_request(${literal(sessionId)}::uuid, ${literal(userId)}::uuid, ${literal(slug)})`;
    let principal: RequestPrincipal | undefined;
    if (slug === null) {
      [principal] = (await this.dataSource.query(sql)) as RequestPrincipal[];
    } else {
      this.opened = this.begin(sql, (rows) => (principal = rows[0] as unknown as RequestPrincipal));
      await this.opened;
    }
    if (principal!.signedIn) this.scope = { userId, orgId: principal!.orgId };
    return principal!;
  }

  /**
   * Fixes who the request acts for, even when the transaction already opened on the organization the
   * request named: for work that picks its tenant itself (accepting an invitation from a page of
   * another organization). Only for a request that has read, not written, so far.
   */
  async moveScope(scope: TenantScope): Promise<void> {
    if (!this.opened) {
      this.setScope(scope);
      return;
    }
    this.scope = { ...scope };
    await this.closeReplica();
    const runner = await this.opened;
    await runner.query(`SELECT set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`, [
      scope.orgId ?? '',
      scope.userId ?? '',
    ]);
  }

  /** The entity manager bound to this request's transaction, opened on first use. */
  async manager(): Promise<EntityManager> {
    this.opened ??= this.begin(
      `SELECT set_config('app.org_id', ${literal(this.scope.orgId ?? '')}, true),
              set_config('app.user_id', ${literal(this.scope.userId ?? '')}, true)`,
    );
    return (await this.opened).manager;
  }

  /**
   * Runs a hot read as a named prepared statement on this transaction's connection, so that PostgreSQL
   * parses and plans each distinct text once per connection instead of on every request.
   */
  async queryPrepared<T>(sql: string, params: unknown[]): Promise<T[]> {
    await this.manager();
    const runner = await this.opened!;
    const connection = (await runner.connect()) as pg.ClientBase;
    this.dataSource.logger.logQuery(sql, params, runner);
    let name = statementNames.get(sql);
    if (!name) {
      name = `rebound_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
      if (statementNames.size < MAX_STATEMENT_NAMES) statementNames.set(sql, name);
    }
    const result = await connection.query({ name, text: sql, values: params });
    return result.rows as T[];
  }

  /** The operation's reads may lag the primary (by the replica's bound): see `readMayLag`. */
  allowLaggingReads(): void {
    this.laggingReadsAllowed = true;
  }

  /**
   * Runs read-only work that may see the data as it was up to `DATABASE_REPLICA_MAX_LAG_MS` ago
   * (analytics, exports) on the read replica, in a read-only transaction with this request's tenant and
   * user, so that row-level security applies there as here. Without a replica, when it lags more or
   * cannot be reached, and when it fails mid-way (the work is read-only, so it can run again), the work
   * runs on this transaction, and the user never sees the difference.
   */
  async readFromReplica<T>(work: (db: RequestTransaction) => Promise<T>): Promise<T> {
    const replica = this.options.replica;
    const replicaSource = await replica?.forRead();
    if (!replica || !replicaSource) return work(this);
    if (!this.onReplica) {
      this.onReplica = new RequestTransaction(replicaSource, { readOnly: true, primary: this });
      this.onReplica.setScope(this.scope);
    }
    try {
      return await work(this.onReplica);
    } catch (error) {
      if (!ReadReplica.shouldRetryOnPrimary(error)) throw error;
      replica.failed(error);
      await this.closeReplica();
      return work(this);
    }
  }

  /**
   * `readFromReplica` for reads that are usually read fresh (the caseload, notifications) when the
   * operation allowed it (`allowLaggingReads`); on this transaction otherwise.
   */
  readMayLag<T>(work: (db: RequestTransaction) => Promise<T>): Promise<T> {
    return this.laggingReadsAllowed ? this.readFromReplica(work) : work(this);
  }

  /** Work with outside effects (sending email) that must happen only if this request's writes stick. */
  afterCommit(task: () => Promise<void>): void {
    this.afterCommitTasks.push(task);
  }

  /**
   * Commits when the request succeeded, rolls back otherwise; always returns the connection. Returns the
   * after-commit tasks to run (none after a rollback).
   */
  async finish(succeeded: boolean): Promise<(() => Promise<void>)[]> {
    const tasks = succeeded ? this.afterCommitTasks.splice(0) : [];
    await this.closeReplica();
    if (!this.opened) return tasks;
    const runner = await this.opened.catch(() => null);
    this.opened = null;
    if (!runner) return tasks;
    try {
      if (runner.isTransactionActive) {
        if (succeeded) await runner.commitTransaction();
        else await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
    }
    return tasks;
  }

  /** Ends the replica's read-only transaction; its reads are done, so a failure there changes nothing. */
  private async closeReplica(): Promise<void> {
    const onReplica = this.onReplica;
    this.onReplica = null;
    await onReplica?.finish(true).catch(() => undefined);
  }

  /**
   * Starts the transaction and runs `scopeSql` (which writes who it acts for) before anything else, in
   * one round trip: both go as one simple-protocol query, hence literals rather than parameters. TypeORM
   * is then told its runner is inside a transaction, as its own `startTransaction` would have, so that
   * commit, rollback and any nested transaction (a savepoint) behave as usual.
   */
  private async begin(
    scopeSql: string,
    readScope: (rows: Record<string, unknown>[]) => void = () => undefined,
  ): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    let connection: pg.ClientBase | null = null;
    try {
      connection = (await runner.connect()) as pg.ClientBase;
      const sql = `START TRANSACTION${this.options.readOnly ? ' READ ONLY' : ''}; ${scopeSql}`;
      this.dataSource.logger.logQuery(sql, [], runner);
      const results = (await connection.query(sql)) as unknown as pg.QueryResult[];
      Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
      readScope(results[1].rows);
      return runner;
    } catch (error) {
      // A failed scope statement leaves the transaction open and aborted: end it before the pool reuses
      // the connection.
      await connection?.query('ROLLBACK').catch(() => undefined);
      await runner.release();
      throw error;
    }
  }
}
