import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';

/** The demo organization planted by the seed, and its people (password shared). */
export const DEMO_ORG = 'demo';
export const DEMO_PASSWORD = 'rebound-demo';
export const CLIENT_EMAIL = 'client@demo.rebound.test';
export const COACH_EMAIL = 'coach@demo.rebound.test';
export const WORKSPACE = `/app/${DEMO_ORG}/me`;

const apiPort = Number(process.env.E2E_API_PORT ?? 4311);

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/app(\/[a-z0-9-]+(\/me)?)?$/);
}

type GraphQLResult<T> = { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/**
 * A coach (or anyone) talking to the API as the web app does: their own session, sent as a bearer
 * token with the organization header. Used where the web app has no page for that person yet.
 */
export async function apiSession(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  const cookie = (await context.cookies()).find((candidate) =>
    candidate.name.endsWith('authjs.session-token'),
  );
  if (!cookie) throw new Error(`No session cookie after signing in as ${email}`);
  return {
    async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await page.request.post(`http://127.0.0.1:${apiPort}/graphql`, {
        headers: { authorization: `Bearer ${cookie.value}`, 'x-rebound-org': DEMO_ORG },
        data: { query, variables },
      });
      const body = (await response.json()) as GraphQLResult<T>;
      expect(body.errors).toBeUndefined();
      return body.data!;
    },
    close: () => context.close(),
  };
}

export type ApiSession = Awaited<ReturnType<typeof apiSession>>;

/** The demo client's client id, as the coach sees it. */
export async function demoClientId(coach: ApiSession): Promise<string> {
  const { clients } = await coach.graphql<{ clients: { edges: { node: { id: string; email: string } }[] } }>(
    'query($search: String) { clients(first: 5, filter: { search: $search }) { edges { node { id email } } } }',
    { search: CLIENT_EMAIL },
  );
  const client = clients.edges.find((edge) => edge.node.email === CLIENT_EMAIL);
  if (!client) throw new Error('The demo client is not in the coach’s caseload');
  return client.node.id;
}

/** No serious or critical accessibility violations on the page as it is now (axe-core, WCAG 2.x A/AA). */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(blocking).toEqual([]);
}
