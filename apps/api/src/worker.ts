import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadWorkerConfig } from './config/config.js';
import { DataSource } from 'typeorm';
import { serveMetrics, watchJobQueue, watchPool } from './observability/metrics.js';
import { WorkerModule } from './worker.module.js';

/** The job worker entry point: scheduled checks now, reminders and emails as they arrive. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadWorkerConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message.replace('API configuration', 'worker configuration'));
      process.exit(1);
    }
    throw error;
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const dataSource = app.get(DataSource);
  watchPool('rebound-worker', dataSource);
  watchJobQueue(dataSource);
  if (config.METRICS_PORT) await serveMetrics(config.METRICS_PORT, config.METRICS_HOST);
  console.log('Rebound worker started');
}

main().catch((error: unknown) => {
  console.error('Rebound worker failed to start:', error);
  process.exit(1);
});
