import type { Logger } from 'typeorm';

/**
 * Counts the SQL statements the API sends (TypeORM calls `logQuery` for each one). Tests use it to prove
 * that a list costs the same number of statements for 1 row as for 50.
 */
export class StatementCounter implements Logger {
  count = 0;

  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export const STATEMENT_COUNTER = Symbol('STATEMENT_COUNTER');
