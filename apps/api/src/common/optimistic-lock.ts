import type { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from './errors.js';
import { inputProblemMessage } from './input-problem-messages.js';

/**
 * After an `UPDATE … WHERE version = $expected RETURNING …` that matched nothing: tells a row that was
 * changed meanwhile (CONFLICT, nothing written) from one that does not exist for this viewer (NOT_FOUND).
 */
export async function staleOrMissing(
  manager: EntityManager,
  table: string,
  orgId: string,
  id: string,
  what: string,
): Promise<never> {
  const rows = await manager.query(`SELECT 1 FROM ${table} WHERE organization_id = $1 AND id = $2`, [
    orgId,
    id,
  ]);
  if (rows.length)
    throw new ConflictError('STALE_VERSION', inputProblemMessage('STALE_VERSION'), 'input.version');
  throw new NotFoundError(what);
}

/**
 * Runs an `UPDATE … WHERE organization_id = … AND id = … AND version = $expected` and answers CONFLICT
 * (stale version, nothing written) or NOT_FOUND when it matched no row.
 */
export async function updateVersioned(
  manager: EntityManager,
  sql: string,
  params: unknown[],
  target: { table: string; orgId: string; id: string; what: string },
): Promise<void> {
  // The structured result gives the affected count; a plain query() answers UPDATE with [rows, count].
  const result = await manager.queryRunner!.query(sql, params, true);
  if (!result.affected) await staleOrMissing(manager, target.table, target.orgId, target.id, target.what);
}
