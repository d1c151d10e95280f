import type { DataSource, EntityManager } from 'typeorm';
import { RequestTransaction } from './request-transaction.js';

/**
 * Runs background work for one organization in a transaction scoped to it (so row-level security
 * applies as it does to requests), commits when the work succeeds, then runs its after-commit tasks
 * (email).
 */
export async function inTenant<T>(
  dataSource: DataSource,
  orgId: string,
  work: (db: RequestTransaction, manager: EntityManager) => Promise<T>,
): Promise<T> {
  const db = new RequestTransaction(dataSource);
  db.setScope({ orgId });
  let succeeded = false;
  try {
    const result = await work(db, await db.manager());
    succeeded = true;
    return result;
  } finally {
    const tasks = await db.finish(succeeded);
    for (const task of tasks) await task();
  }
}

/** Runs background work once per organization, each in its own `inTenant` transaction; sums the counts. */
export async function forEachTenant(
  dataSource: DataSource,
  work: (db: RequestTransaction, orgId: string) => Promise<number>,
): Promise<number> {
  const organizations: { id: string }[] = await dataSource.query(
    'SELECT id FROM all_organization_ids() AS id',
  );
  let total = 0;
  for (const { id } of organizations) {
    total += await inTenant(dataSource, id, (db) => work(db, id));
  }
  return total;
}
