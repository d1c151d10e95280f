export default async function globalTeardown() {
  await globalThis.__REBOUND_TEST_CLUSTER__?.stop();
}
