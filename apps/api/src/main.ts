import cluster from 'node:cluster';
import { ConfigError, loadConfig, type ApiConfig } from './config/config.js';
import { createApiApp } from './app.factory.js';
import { serveMetrics } from './observability/metrics.js';

/**
 * With API_PROCESSES > 1 this process forks that many API processes sharing the port (Node uses one
 * core per process) and stops them when it stops. When one dies the whole API stops with an error, as
 * a single process would, and whatever supervises it starts it again.
 */
function superviseProcesses(count: number, config: ApiConfig): void {
  let stopping = false;
  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stopAll(signal));
  cluster.on('exit', (worker, code) => {
    if (stopping) return;
    console.error(`Rebound API process ${worker.process.pid} stopped (exit code ${code}); stopping the API.`);
    stopAll('SIGTERM');
    process.exitCode = 1;
  });
  let listening = 0;
  cluster.on('listening', (_worker, address) => {
    listening += 1;
    if (listening === count) {
      console.log(`Rebound API listening on http://${address.address}:${address.port} (${count} processes)`);
    }
  });
  for (let i = 0; i < count; i += 1) cluster.fork();
  if (config.METRICS_PORT)
    void serveMetrics(config.METRICS_PORT, config.METRICS_HOST, { sumOverProcesses: true });
}

async function serve(config: ApiConfig): Promise<void> {
  const app = await createApiApp(config);
  await app.listen(config.API_PORT, config.API_HOST);
  if (cluster.isPrimary) {
    console.log(`Rebound API listening on ${await app.getUrl()}`);
    if (config.METRICS_PORT) await serveMetrics(config.METRICS_PORT, config.METRICS_HOST);
  }
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (cluster.isPrimary && config.API_PROCESSES > 1) superviseProcesses(config.API_PROCESSES, config);
  else await serve(config);
}

main().catch((error: unknown) => {
  console.error('Rebound API failed to start:', error);
  process.exit(1);
});
