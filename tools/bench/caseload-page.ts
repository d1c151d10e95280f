/**
 * How fast the coach's home answers, and how much JavaScript a browser downloads for it: the server
 * response of `/app/:org/caseload` (session check, layout and page loaders calling the API, React rendered
 * to HTML), timed from request to the last byte of the HTML, for the demo coach on the demo data; then,
 * for each page measured, the gzipped size of every script the page loads (entry, route chunks and their
 * module preloads) beside React DOM's own gzipped size, the floor of any React page.
 *
 * Usage:
 *   npm run build && node --import @swc-node/register/esm-register tools/bench/caseload-page.ts
 *     [--requests 200] [--warmup 20] [--org demo] [--email coach@demo.rebound.test] [--budget 300]
 *     [--pages /app/demo/caseload,/app/demo/analytics] [--url http://127.0.0.1:3000]
 * Without `--url` it starts the production build itself (`npm start -- --production --ephemeral`) on free
 * ports and stops it afterwards; with `--url` it measures a product already running there.
 *
 * Requests go one after another, so each figure is one page's latency rather than queueing. Prints
 * p50/p95/p99/max and the scripts per page; exits with 1 when p95 is over the budget (300 ms). Not part
 * of `npm test`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { freePort } from '@rebound/dev-postgres';
import { startChild, stopChild, waitUntilServing, type ManagedProcess } from '../src/process-group.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    org: { type: 'string', default: 'demo' },
    email: { type: 'string', default: 'coach@demo.rebound.test' },
    password: { type: 'string', default: 'rebound-demo' },
    requests: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    budget: { type: 'string', default: '300' },
    path: { type: 'string', default: '' },
    pages: { type: 'string', default: '' },
  },
});

const pagePath = values.path || `/app/${values.org}/caseload`;
const sizedPages = values.pages
  ? values.pages.split(',').map((page) => page.trim())
  : [pagePath, `/app/${values.org}`, `/app/${values.org}/analytics`];

/** Starts the production build on free ports with a throwaway database, as the e2e run does. */
async function startProduction(): Promise<{ base: string; product: ManagedProcess }> {
  const [webPort, apiPort] = [await freePort(), await freePort()];
  const product = startChild(
    'product',
    process.execPath,
    ['--import', '@swc-node/register/esm-register', 'tools/src/start.ts', '--ephemeral', '--production'],
    {
      env: {
        ...process.env,
        PORT: String(webPort),
        API_PORT: String(apiPort),
        INBOUND_SMTP_PORT: 'off',
        LOG_LEVEL: 'warn',
        NODE_OPTIONS: '',
      },
    },
  );
  const base = `http://127.0.0.1:${webPort}`;
  await waitUntilServing(`${base}/healthz`, product, 180_000);
  return { base, product };
}

/** Signs in through the web app's own form and returns the session cookie it sets. */
async function signIn(base: string): Promise<string> {
  const body = new URLSearchParams({ email: values.email, password: values.password, redirectTo: '' });
  const response = await fetch(`${base}/sign-in`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  const session = cookies.find((cookie) => cookie.split('=')[0].endsWith('authjs.session-token'));
  if (!session) throw new Error(`Sign-in did not set a session cookie (HTTP ${response.status}).`);
  return session;
}

async function page(base: string, path: string, cookie: string): Promise<string> {
  const response = await fetch(`${base}${path}`, { headers: { cookie, 'x-bench': '1' } });
  const html = await response.text();
  if (response.status !== 200 || !html.includes('</html>')) {
    throw new Error(`${path} answered HTTP ${response.status}`);
  }
  return html;
}

async function timeOnce(base: string, cookie: string): Promise<number> {
  const started = performance.now();
  await page(base, pagePath, cookie);
  return performance.now() - started;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

const kilobytes = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** Every script a page makes the browser load: module scripts and module preloads, gzipped. */
async function shippedJavaScript(base: string, path: string, cookie: string) {
  const html = await page(base, path, cookie);
  const urls = new Set<string>();
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) urls.add(match[1]);
  for (const match of html.matchAll(/<script[^>]+src="([^"]+)"/g)) urls.add(match[1]);
  // Remix imports its entry and route modules from an inline module script.
  for (const match of html.matchAll(/import\s*(?:\*\s*as\s*\w+\s*from\s*)?"([^"]+\.js)"/g))
    urls.add(match[1]);
  let gzipped = 0;
  for (const url of urls) {
    const response = await fetch(new URL(url, base));
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    gzipped += gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
  }
  return { page: path, scripts: urls.size, gzippedKB: kilobytes(gzipped) };
}

/** React DOM's production build, gzipped: what any React page ships at the least. */
function reactDomGzippedKB(): number {
  const require = createRequire(new URL('../../apps/web/package.json', import.meta.url));
  const file = require.resolve('react-dom/cjs/react-dom.production.min.js');
  return kilobytes(gzipSync(readFileSync(file), { level: 9 }).length);
}

async function main() {
  const started = values.url ? null : await startProduction();
  const base = (values.url ?? started!.base).replace(/\/+$/, '');
  try {
    const requests = Number(values.requests);
    const warmup = Number(values.warmup);
    const budget = Number(values.budget);
    const cookie = await signIn(base);
    for (let i = 0; i < warmup; i += 1) await timeOnce(base, cookie);
    const times: number[] = [];
    for (let i = 0; i < requests; i += 1) times.push(await timeOnce(base, cookie));
    times.sort((a, b) => a - b);
    const round = (value: number) => Math.round(value * 10) / 10;
    const javascript = [];
    for (const path of sizedPages) javascript.push(await shippedJavaScript(base, path, cookie));
    const result = {
      page: `${base}${pagePath}`,
      build: values.url ? 'as served at --url' : 'production (npm run build)',
      requests,
      p50: round(percentile(times, 50)),
      p95: round(percentile(times, 95)),
      p99: round(percentile(times, 99)),
      max: round(times[times.length - 1]),
      budgetMs: budget,
      javascript,
      reactDomGzippedKB: reactDomGzippedKB(),
    };
    console.log(JSON.stringify(result, null, 2));
    if (result.p95 > budget) {
      console.error(`p95 ${result.p95} ms is over the ${budget} ms budget.`);
      process.exitCode = 1;
    }
  } finally {
    if (started) await stopChild(started.product, 20_000);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
