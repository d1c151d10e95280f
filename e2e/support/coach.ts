import { AxeBuilder } from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';

/** Demo sign-ins planted by the seed (apps/api/src/database/seed). */
export const DEMO = {
  org: 'demo',
  password: 'rebound-demo',
  coach: 'coach@demo.rebound.test',
  client: 'client@demo.rebound.test',
} as const;

const apiUrl = `http://127.0.0.1:${process.env.E2E_API_PORT ?? 4311}/graphql`;

export async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/app(\/|$)/);
}

/** axe-core on the page as it is: serious and critical violations fail the journey. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
  expect(serious).toEqual([]);
}

/**
 * Calls the API the way the web server does, with the session of a signed-in browser context. Used only
 * to arrange what another person would have done (a client handing in an exercise).
 */
export async function apiAs<T>(
  context: BrowserContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith('authjs.session-token'));
  if (!session) throw new Error('The context is not signed in');
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${session.value}`,
      'x-rebound-org': DEMO.org,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`API call failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}
