import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { MAX_API_BODY_BYTES } from '@rebound/domain';
import { AppModule } from './app.module.js';
import type { ApiConfig } from './config/config.js';
import { watchPool } from './observability/metrics.js';
import { requestScopeMiddleware } from './observability/request-scope.js';

/** Builds the API (used by `main.ts` and by the integration tests). */
export async function createApiApp(config: ApiConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    // JSON only (GraphQL, the webhooks), registered below with its limit: no form parser runs per request.
    bodyParser: false,
    // Stripe signs the exact bytes it sent: the webhook verifies them before any parsing.
    rawBody: true,
  });
  // A small candidate CSV (up to 5 MB) may travel inside a GraphQL request, escaped into JSON. A bigger body is
  // refused (413) from its Content-Length, or as soon as that many bytes have streamed in.
  app.useBodyParser('json', { limit: MAX_API_BODY_BYTES });
  // After the body is read: a body parser's stream callbacks would not keep the scope.
  app.use(requestScopeMiddleware);
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  // The web app calls the API from its server; browsers never do, so no CORS.
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  // Nobody revalidates an API response (the web server calls it afresh), and hashing every body for an
  // ETag cost 2% of a 50-row caseload request.
  app.getHttpAdapter().getInstance().set('etag', false);
  watchPool('rebound-api', app.get(DataSource));
  return app;
}
