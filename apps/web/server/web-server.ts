import { join } from 'node:path';
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Express } from 'express';
import type { Logger } from 'pino';
import { formBodyLimit } from './body-limit.js';
import { clientAddressMiddleware } from './client-address.js';
import { createWebLogger, currentRequestId, requestLogging } from './request-log.js';
import { securityHeaders } from './security-headers.js';

export interface WebServerOptions {
  /** The Remix server build (`build/server/index.js`). */
  build: ServerBuild;
  /** Its browser assets (`build/client`). */
  clientDirectory: string;
  /** Where users reach the app; https turns on HSTS. */
  publicUrl: URL;
  /** Where browsers report Content-Security-Policy violations. */
  cspReportUri?: string;
  /** JSON request and error log (stdout by default). */
  logger?: Logger;
}

/**
 * The production web server: Remix's request handler on Express, as remix-serve runs it, plus the
 * client's address (TRUST_PROXY), the security headers and a per-response CSP nonce handed to Remix as
 * load context.
 */
export function createWebServer({
  build,
  clientDirectory,
  publicUrl,
  cspReportUri,
  logger = createWebLogger(),
}: WebServerOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // Before anything else: the request id, and one JSON line per request once it is answered.
  app.use(requestLogging(logger, (path) => path === '/healthz'));
  // First: the browser's address, from the socket or from X-Forwarded-For as far as TRUST_PROXY trusts it.
  app.use(clientAddressMiddleware());
  // For probes and the image's HEALTHCHECK: the process serves, without asking the API anything.
  app.get('/healthz', (_request, response) => {
    response.type('text/plain').send('ok');
  });
  app.use(formBodyLimit());
  app.use(compression());
  app.use(securityHeaders({ https: publicUrl.protocol === 'https:', reportUri: cspReportUri }));
  // Vite names its assets by content hash: a name never changes meaning, so browsers keep them a year.
  app.use('/assets', express.static(join(clientDirectory, 'assets'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(clientDirectory, { maxAge: '1h' }));
  app.all(
    '*',
    createRequestHandler({
      build,
      mode: 'production',
      getLoadContext: (_request, response) => ({ cspNonce: response.locals.cspNonce as string }),
    }),
  );
  const logError: ErrorRequestHandler = (error: unknown, _request, response, next) => {
    logger.error({ requestId: currentRequestId(), err: error }, 'request failed');
    if (response.headersSent) return next(error);
    response.status(500).type('text/plain').send('Something went wrong on our side.');
  };
  app.use(logError);
  return app;
}
