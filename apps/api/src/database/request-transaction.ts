import { DataSource, EntityManager, QueryRunner } from 'typeorm';

export interface TenantScope {
  orgId: string | null;
  userId: string | null;
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

  constructor(private readonly dataSource: DataSource) {}

  /** Fixes who the request acts for; only possible before the first statement. */
  setScope(scope: Partial<TenantScope>): void {
    if (this.opened) throw new Error('The tenant scope cannot change once the transaction has started');
    this.scope = { ...this.scope, ...scope };
  }

  get orgId(): string | null {
    return this.scope.orgId;
  }

  /** The entity manager bound to this request's transaction, opened on first use. */
  async manager(): Promise<EntityManager> {
    this.opened ??= this.open();
    return (await this.opened).manager;
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

  private async open(): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`, [
        this.scope.orgId ?? '',
        this.scope.userId ?? '',
      ]);
      return runner;
    } catch (error) {
      await runner.release();
      throw error;
    }
  }
}
