import type { DataSource } from 'typeorm';
import { RequestTransaction } from './request-transaction.js';

/**
 * Runs background work once per organization, each in its own transaction scoped to that tenant (so
 * row-level security applies as it does to requests), then runs its after-commit tasks (email).
 * Returns the sum of what each run counted.
 */
export async function forEachTenant(
  dataSource: DataSource,
  work: (db: RequestTransaction, orgId: string) => Promise<number>,
): Promise<number> {
  const organizations: { id: string }[] = await dataSource.query(
    'SELECT id FROM all_organization_ids() AS id',
  );
  let total = 0;
  for (const { id } of organizations) {
    const db = new RequestTransaction(dataSource);
    db.setScope({ orgId: id });
    let succeeded = false;
    try {
      total += await work(db, id);
      succeeded = true;
    } finally {
      const tasks = await db.finish(succeeded);
      for (const task of tasks) await task();
    }
  }
  return total;
}
