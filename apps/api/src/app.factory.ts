import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { ApiConfig } from './config/config.js';

/** Builds the API (used by `main.ts` and by the integration tests). */
export async function createApiApp(config: ApiConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), {
    bufferLogs: true,
    // Stripe signs the exact bytes it sent: the webhook verifies them before any parsing.
    rawBody: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  // The web app calls the API from its server; browsers never do, so no CORS.
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  return app;
}
