// Loaded by Node outside Jest's transform; the test target registers swc's ESM loader, so TS imports work.
const { startTestCluster } = await import('./src/test-cluster.ts');

export default async function globalSetup() {
  globalThis.__REBOUND_TEST_CLUSTER__ = await startTestCluster(async () => undefined);
}
