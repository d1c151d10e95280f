import { createServer, type Server } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { AggregatorRegistry, Counter, Gauge, Histogram, collectDefaultMetrics, register } from 'prom-client';
import type { DataSource } from 'typeorm';
import type pg from 'pg';

/**
 * Prometheus metrics of this process, served on a port of their own (`METRICS_PORT`) so that they never
 * share the public API's port. One registry per process; with `API_PROCESSES` > 1 the primary serves the
 * sum of its API processes.
 */
collectDefaultMetrics({ prefix: 'rebound_' });

/** Operation names come from callers: past this many distinct ones, the rest count as "other". */
const MAX_OPERATION_LABELS = 200;
const operationLabels = new Set<string>();

function operationLabel(name: string | null | undefined): string {
  const label = name ?? 'anonymous';
  if (operationLabels.has(label)) return label;
  if (operationLabels.size >= MAX_OPERATION_LABELS) return 'other';
  operationLabels.add(label);
  return label;
}

const graphqlDuration = new Histogram({
  name: 'rebound_graphql_request_duration_seconds',
  help: 'GraphQL requests by operation and outcome (ok, or the first error code).',
  labelNames: ['operation', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

/** Operations run by compiled execution, and those it could not compile (run by graphql-js). */
export const graphqlExecutions = new Counter({
  name: 'rebound_graphql_executions_total',
  help: 'GraphQL operations executed, by engine (compiled, graphql-js).',
  labelNames: ['engine'] as const,
});

/** Times every GraphQL request; the rate is the histogram's count. */
export function graphqlMetricsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stopTimer = graphqlDuration.startTimer();
      return {
        async willSendResponse({ operationName, response }) {
          const body = response.body;
          const code = body.kind === 'single' ? body.singleResult.errors?.[0]?.extensions?.code : undefined;
          stopTimer({
            operation: operationLabel(operationName),
            outcome: typeof code === 'string' ? code : 'ok',
          });
        },
      };
    },
  };
}

const pools = new Map<string, DataSource>();

new Gauge({
  name: 'rebound_db_pool_connections',
  help: 'Database connections of this process: open, idle, and requests waiting for one.',
  labelNames: ['pool', 'state'] as const,
  collect() {
    this.reset();
    for (const [name, dataSource] of pools) {
      const pool = (dataSource.driver as unknown as { master?: pg.Pool }).master;
      if (!pool) continue;
      this.set({ pool: name, state: 'total' }, pool.totalCount);
      this.set({ pool: name, state: 'idle' }, pool.idleCount);
      this.set({ pool: name, state: 'waiting' }, pool.waitingCount);
    }
  },
});

/** Reports the pool of `dataSource` as `name` (rebound-api, rebound-worker). */
export function watchPool(name: string, dataSource: DataSource): void {
  pools.set(name, dataSource);
}

const jobSources = new Set<DataSource>();
let jobQueueRead: Promise<void> | null = null;

/** One query fills both queue gauges; prom-client collects them at the same time, so they share it. */
function readJobQueue(): Promise<void> {
  jobQueueRead ??= (async () => {
    jobQueueDepth.reset();
    jobQueueAge.reset();
    for (const dataSource of jobSources) {
      const rows: { queue: string; state: string; depth: number; age: number }[] = await dataSource.query(
        `SELECT name AS queue, state::text AS state, count(*)::int AS depth,
                extract(epoch FROM now() - min(created_on))::float AS age
           FROM pgboss.job WHERE state IN ('created', 'retry', 'active') GROUP BY name, state`,
      );
      const oldest = new Map<string, number>();
      for (const row of rows) {
        jobQueueDepth.set({ queue: row.queue, state: row.state }, row.depth);
        oldest.set(row.queue, Math.max(oldest.get(row.queue) ?? 0, row.age));
      }
      for (const [queue, age] of oldest) jobQueueAge.set({ queue }, age);
    }
  })().finally(() => {
    jobQueueRead = null;
  });
  return jobQueueRead;
}

const jobQueueDepth: Gauge<'queue' | 'state'> = new Gauge({
  name: 'rebound_job_queue_depth',
  help: 'Jobs waiting or running, by queue and state.',
  labelNames: ['queue', 'state'] as const,
  collect: readJobQueue,
});
const jobQueueAge: Gauge<'queue'> = new Gauge({
  name: 'rebound_job_queue_oldest_seconds',
  help: 'Age of the oldest job waiting or running, by queue.',
  labelNames: ['queue'] as const,
  collect: readJobQueue,
});

/** The worker reports the job queue's depth and age (read from the queue's own tables when scraped). */
export function watchJobQueue(dataSource: DataSource): void {
  jobSources.add(dataSource);
}

/** Rows of candidate imports written, by outcome: its rate is an import's progress. */
export const importedRows = new Counter({
  name: 'rebound_candidate_import_rows_total',
  help: 'Candidate import rows processed, by outcome (created, skipped).',
  labelNames: ['outcome'] as const,
});

/**
 * Serves `/metrics` on its own port. In a cluster's primary (`sumOverProcesses`) the answer is the sum
 * over its API processes: prom-client asks each of them over IPC.
 */
export function serveMetrics(
  port: number,
  host: string,
  { sumOverProcesses = false }: { sumOverProcesses?: boolean } = {},
): Promise<Server> {
  const aggregator = sumOverProcesses ? new AggregatorRegistry() : null;
  const server = createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    const metrics = aggregator ? aggregator.clusterMetrics() : register.metrics();
    metrics.then(
      (text) => res.writeHead(200, { 'content-type': register.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
