import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';

export const MIGRATIONS_TABLE = 'schema_migrations';

/** Runs pending migrations as the schema owner (never as the API's role). Returns their names. */
export async function runMigrations(ownerDatabaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: ownerDatabaseUrl,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    logging: ['error'],
  });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
