// The image's HEALTHCHECK: 0 when HEALTHCHECK_URL (default: the API's /health) answers 2xx within 4 s.
// The web app's is http://127.0.0.1:3000/healthz; the worker serves no HTTP: set HEALTHCHECK_URL=none.
const url = process.env.HEALTHCHECK_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 3001}/health`;
if (url === 'none') process.exit(0);
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(4_000) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
