import { expect, test, type Page } from '../fixtures.js';
import { latestMailTo, linkIn } from '../mail.js';
import { finishSignUpFromEmail } from '../support/sign-up.js';
import { snap } from '../support/screenshot.js';

// Identity journeys on the running product (throwaway database with the demo seed).
// Every run makes its own people, so reruns never collide.
const stamp = Date.now();
const DEMO_PASSWORD = 'rebound-demo';

async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  // Wait for the action's answer, so rapid attempts are counted one after another.
  await Promise.all([
    page.waitForResponse(
      (response) => response.request().method() === 'POST' && response.url().includes('/sign-in'),
    ),
    page.getByRole('button', { name: 'Sign in', exact: true }).click(),
  ]);
}

test('a coaching practice signs up, invites a coach, and the coach joins from the emailed link', async ({
  page,
  browser,
}) => {
  const organization = `Harbor Coaching ${stamp}`;
  const coachEmail = `coach-${stamp}@example.test`;

  await page.goto('/');
  await page.getByRole('link', { name: 'Start free' }).click();
  await page.getByLabel('Your name').fill('Olivia Hart');
  await page.getByLabel('Email').fill(`olivia-${stamp}@example.test`);
  await page.getByLabel('Password', { exact: true }).fill('tide and harbor lights');
  await page.getByLabel('Organization name').fill(organization);
  await page.getByLabel('Coaching practice').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await finishSignUpFromEmail(page, `olivia-${stamp}@example.test`);
  const home = page.url();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Olivia Hart');
  await expect(page.getByRole('button', { name: 'Account menu for Olivia Hart' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Organization' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Members');
  await expect(page.getByRole('row', { name: /Olivia Hart/ })).toContainText('Owner');

  const invite = page.locator('form').filter({ has: page.getByRole('button', { name: 'Send invitation' }) });
  await invite.getByLabel('Email address').fill(coachEmail);
  await invite.getByLabel('Role').selectOption('COACH');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${coachEmail}.`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: coachEmail })).toContainText('Coach');
  await snap(page, test.info(), 'members-with-invitation');

  const link = linkIn(await latestMailTo(coachEmail), /\/invitations\//);

  // The coach opens the link in a browser of their own.
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await coach.goto(link);
  await expect(coach.getByRole('heading', { level: 1 })).toHaveText(`Join ${organization} on Rebound`);
  await expect(coach.getByText(coachEmail, { exact: true })).toBeVisible();
  await coach.getByLabel('Your name').fill('Casey Reed');
  await coach.getByLabel('Password', { exact: true }).fill('steady compass north');
  await snap(coach, test.info(), 'invitation');
  await coach.getByRole('button', { name: `Create account and join ${organization}` }).click();

  await expect(coach).toHaveURL(/\/app\/[a-z0-9-]+$/);
  await expect(coach.getByRole('heading', { level: 1 })).toHaveText('Welcome, Casey Reed');
  await expect(coach.getByRole('button', { name: new RegExp(`current: ${organization}`) })).toBeVisible();
  await expect(
    coach.getByRole('navigation', { name: 'Organization' }).getByRole('link', { name: 'Invite clients' }),
  ).toBeVisible();
  await snap(coach, test.info(), 'coach-joined');
  await coachContext.close();

  // The owner now sees the coach among the members.
  await page.goto(`${home}/settings/members`);
  await expect(page.getByRole('row', { name: /Casey Reed/ })).toContainText(coachEmail);
});

test('signing in with a wrong password says so', async ({ page }) => {
  await page.goto('/sign-in');
  await submitSignIn(page, 'coach@demo.rebound.test', 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
  await expect(page).toHaveURL(/\/sign-in$/);
  await snap(page, test.info(), 'wrong-password', { fullPage: false });
});

test('rapid wrong attempts for one email from one browser are slowed down', async ({ page }) => {
  const email = `target-${stamp}@example.test`;
  await page.goto('/sign-in');
  // A few typos cost nothing; then each wrong password makes this browser wait longer (1 s, 2 s, 4 s…).
  for (let attempt = 1; attempt <= 3; attempt++) {
    await submitSignIn(page, email, `guess number ${attempt}`);
    await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
  }
  let throttled = false;
  for (let attempt = 4; attempt <= 12 && !throttled; attempt++) {
    await submitSignIn(page, email, `guess number ${attempt}`);
    throttled = /^Too many attempts\./.test((await page.getByRole('alert').textContent()) ?? '');
  }
  expect(throttled).toBe(true);
  await expect(page.getByRole('alert')).toHaveText(
    /^Too many attempts\. Try again in \d+ (seconds?|minutes?)\.$/,
  );
  await snap(page, test.info(), 'throttled', { fullPage: false });
});

test('after signing out, the old session cookie no longer opens the app', async ({ page, context }) => {
  await page.goto('/app');
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fapp$/);
  await submitSignIn(page, 'client@demo.rebound.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/app(\/[a-z0-9-]+)?$/);
  const session = (await context.cookies()).filter((cookie) => cookie.name.endsWith('authjs.session-token'));
  expect(session).toHaveLength(1);

  await page.getByRole('button', { name: /^Account menu for / }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect(
    (await context.cookies()).filter((cookie) => cookie.name.endsWith('authjs.session-token')),
  ).toHaveLength(0);

  // Replaying the cookie from before the sign-out: the API no longer accepts its session.
  await context.addCookies(session);
  await page.goto('/app');
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fapp$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Rebound');
  await snap(page, test.info(), 'signed-out', { fullPage: false });
});
