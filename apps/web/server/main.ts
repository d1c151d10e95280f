/**
 * Serves the production build of the web app (`npm run build`): `node apps/web/build/web-server/main.js`.
 * Environment: PORT (3000), HOST (all interfaces), WEB_URL (the public URL, https for HSTS), CSP_REPORT_URI (where
 * browsers report CSP violations), and what the
 * app itself reads (API_URL, AUTH_SECRET, SERVICE_KEY, AUTH_URL…). It sits in the build it serves.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import { createWebLogger, routeConsoleToLog } from './request-log.js';
import { createWebServer } from './web-server.js';

process.env.NODE_ENV = 'production';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const buildDirectory = fileURLToPath(new URL('../', import.meta.url));
const publicUrl = new URL(process.env.WEB_URL ?? `http://127.0.0.1:${port}`);

const logger = createWebLogger();
// Remix's own error reports and our loaders' warnings become JSON lines with the request's id.
routeConsoleToLog(logger);

const build = (await import(pathToFileURL(resolve(buildDirectory, 'server/index.js')).href)) as ServerBuild;
const server = createWebServer({
  build,
  clientDirectory: resolve(buildDirectory, 'client'),
  publicUrl,
  cspReportUri: process.env.CSP_REPORT_URI || undefined,
  logger,
}).listen(port, host, () =>
  console.log(`Rebound web listening on http://${host}:${port} (public URL ${publicUrl.origin})`),
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
