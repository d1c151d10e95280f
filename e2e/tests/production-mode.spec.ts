import { expect, test, type Page } from '@playwright/test';
import { apiPort, sinkHttpPort } from '../ports.js';
import { COACH_EMAIL, signIn } from '../demo.js';

// The product as it runs in production (`npm start -- --production`): security headers on every page,
// a CSP that lets only this response's scripts run, and the development-only doors closed. Not part of a
// development run (see the configuration's testIgnore).

/** Fails on anything the Content-Security-Policy blocks while the page is used. */
function watchForViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Remix has hydrated the document: its router runs in the browser. */
async function expectHydrated(page: Page) {
  await page.waitForFunction(() => '__remixRouter' in window);
}

test('pages carry the security headers and a fresh nonce that every inline script has', async ({
  request,
}) => {
  const [first, second] = [await request.get('/'), await request.get('/sign-in')];
  for (const response of [first, second]) {
    const headers = response.headers();
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['strict-transport-security']).toBeUndefined(); // served over plain http here
    expect(headers['x-powered-by']).toBeUndefined();
    const policy = headers['content-security-policy'];
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  }
  const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
  const nonce = nonceOf(first.headers()['content-security-policy']);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(nonceOf(second.headers()['content-security-policy'])).not.toBe(nonce);

  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(2);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
});

test('public pages and a signed-in coach hydrate under the policy without a violation', async ({ page }) => {
  const violations = watchForViolations(page);
  await page.goto('/');
  await expectHydrated(page);
  // The inline time-zone script ran: it may only run with the nonce.
  await expect
    .poll(async () => (await page.context().cookies()).some((cookie) => cookie.name === 'tz'))
    .toBe(true);

  await signIn(page, COACH_EMAIL);
  await expectHydrated(page);
  // A client-side navigation: only a hydrated page does that without loading a new document.
  const documentRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documentRequests.push(request.url());
  });
  await page
    .getByRole('navigation', { name: 'Organization' })
    .getByRole('link', { name: 'Exercises' })
    .click();
  await expect(page).toHaveURL(/\/app\/demo\/exercises$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(documentRequests).toEqual([]);
  expect(violations).toEqual([]);
});

test('a page of ours cannot be framed by another page', async ({ page }) => {
  const blocked = watchForViolations(page);
  await page.setContent(`<iframe src="${test.info().project.use.baseURL}/sign-in"></iframe>`);
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  expect(await frame?.locator('form').count()).toBe(0);
  // The browser reports the refusal to the policy's report URI: the reports the run's teardown checks
  // do reach the sink.
  await expect
    .poll(async () => {
      const reports = (await (await fetch(`http://127.0.0.1:${sinkHttpPort}/csp-reports`)).json()) as {
        'csp-report'?: { 'violated-directive'?: string };
      }[];
      return reports.some((report) => report['csp-report']?.['violated-directive'] === 'frame-ancestors');
    })
    .toBe(true);
});

test('development-only doors are closed', async ({ request }) => {
  expect((await request.get('/dev/mail')).status()).toBe(404);
  const graphql = (query: string) =>
    request.post(`http://127.0.0.1:${apiPort}/graphql`, {
      data: { query },
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    });
  const outbox = await (await graphql('{ devOutbox(first: 5) { to subject text } }')).json();
  expect(outbox.data?.devOutbox ?? null).toBeNull();
  expect(outbox.errors[0].extensions.code).toBe('NOT_FOUND');

  const introspection = await (await graphql('{ __schema { types { name } } }')).json();
  expect(introspection.data?.__schema).toBeUndefined();
  expect(JSON.stringify(introspection.errors)).toMatch(/introspection/i);

  const suggestion = await (await graphql('{ viewr { id } }')).json();
  expect(JSON.stringify(suggestion.errors)).not.toMatch(/Did you mean/i);
  expect(JSON.stringify(suggestion)).not.toMatch(/\.ts:\d+|at .*\(.*:\d+:\d+\)/); // no stack trace
});

test('a form post too large to be a form is refused before a page reads it', async ({ request }) => {
  const response = await request.post('/sign-in', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: `email=${'x'.repeat(5 * 1024 * 1024)}`,
  });
  expect(response.status()).toBe(413);
});
