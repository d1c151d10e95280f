// Loaded by Node outside Jest's transform; the test target registers swc's ESM loader, so TS imports work.
// One PostgreSQL for the run, one migrated template; each test file clones its own database from it.
const { startTestCluster } = await import('@rebound/testing');
const { runMigrations } = await import('./src/database/migrate.ts');

export default async function globalSetup() {
  globalThis.__REBOUND_TEST_CLUSTER__ = await startTestCluster(async (templateUrl) => {
    await runMigrations(templateUrl);
  });
}
