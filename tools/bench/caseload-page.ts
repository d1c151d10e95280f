/**
 * How fast the coach's home answers: the server response of `/app/:org/caseload` (session check,
 * layout and page loaders calling the API, React rendered to HTML), timed from request to the last byte
 * of the HTML, for the demo coach on the demo data.
 *
 * Usage (against a running product, e.g. `npm start`, or the production build):
 *   node --import @swc-node/register/esm-register tools/bench/caseload-page.ts [--url http://127.0.0.1:3000]
 *     [--requests 200] [--warmup 20] [--org demo] [--email coach@demo.rebound.test] [--budget 300]
 *
 * Requests go one after another, so each figure is one page's latency rather than queueing. Prints
 * p50/p95/p99/max and exits with 1 when p95 is over the budget (300 ms). Not part of `npm test`.
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.BENCH_URL ?? 'http://127.0.0.1:3000' },
    org: { type: 'string', default: 'demo' },
    email: { type: 'string', default: 'coach@demo.rebound.test' },
    password: { type: 'string', default: 'rebound-demo' },
    requests: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    budget: { type: 'string', default: '300' },
    path: { type: 'string', default: '' },
  },
});

const base = values.url.replace(/\/+$/, '');
const pagePath = values.path || `/app/${values.org}/caseload`;

/** Signs in through the web app's own form and returns the session cookie it sets. */
async function signIn(): Promise<string> {
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

async function timeOnce(cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}${pagePath}`, { headers: { cookie, 'x-bench': '1' } });
  const html = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200 || !html.includes('</html>')) {
    throw new Error(`${pagePath} answered HTTP ${response.status}`);
  }
  return elapsed;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

async function main() {
  const requests = Number(values.requests);
  const warmup = Number(values.warmup);
  const budget = Number(values.budget);
  const cookie = await signIn();
  for (let i = 0; i < warmup; i += 1) await timeOnce(cookie);
  const times: number[] = [];
  for (let i = 0; i < requests; i += 1) times.push(await timeOnce(cookie));
  times.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  const result = {
    page: `${base}${pagePath}`,
    requests,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    max: round(times[times.length - 1]),
    budgetMs: budget,
  };
  console.log(JSON.stringify(result, null, 2));
  if (result.p95 > budget) {
    console.error(`p95 ${result.p95} ms is over the ${budget} ms budget.`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
