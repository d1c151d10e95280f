import { generate } from 'otplib';
import { expect, test, type Page } from '../fixtures.js';
import { expectAccessible } from '../demo.js';
import { latestMailTo, linkIn } from '../mail.js';
import { signIn as signInAsDemo } from '../support/coach.js';
import { expectHydrated } from '../support/hydration.js';
import { snap } from '../support/screenshot.js';

// A coach turns on two-factor sign-in, signs out, and signs in again with password + app code, then
// with a recovery code; the same recovery code is refused the second time; an emailed sign-in link still
// asks for the code. On a phone-sized screen.
const stamp = Date.now();
const PERIOD_SECONDS = 30;
const coachEmail = `two-factor-coach-${stamp}@example.test`;
const coachPassword = 'quiet lantern harbour';

/** The time steps whose codes the journey has spent: the product refuses a code twice. */
let lastStep = 0;

/**
 * The app's code, as an authenticator app computes it from the secret on the page: the current 30-second
 * step's, or the next step's when the current one was spent already (the product takes a step either side).
 */
async function nextCode(secret: string): Promise<string> {
  const currentStep = () => Math.floor(Date.now() / 1000 / PERIOD_SECONDS);
  const step = Math.max(currentStep(), lastStep + 1);
  // Both the current and the next step spent: wait for the clock to reach the next one (under a step).
  await expect.poll(currentStep, { timeout: (PERIOD_SECONDS + 5) * 1000 }).toBeGreaterThanOrEqual(step - 1);
  lastStep = step;
  return generate({ secret, epoch: step * PERIOD_SECONDS });
}

/**
 * Each form is used once React has hydrated it: a submit before that is a document POST whose page load
 * can still be under way when the next step (an accessibility scan) starts, and a load that lands then
 * destroys the scan's context.
 */
async function signInWithPassword(page: Page) {
  await page.goto('/sign-in');
  await expectHydrated(page.getByRole('button', { name: 'Sign in', exact: true }));
  await page.getByLabel('Email').fill(coachEmail);
  await page.getByLabel('Password', { exact: true }).fill(coachPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter your code');
  await expect(page).toHaveURL(/\/sign-in\/two-factor$/);
  await expectHydrated(page.getByLabel('Code', { exact: true }));
}

async function submitCode(page: Page, code: string, label = 'Code') {
  const field = page.getByLabel(label, { exact: true });
  await expectHydrated(field);
  await field.fill(code);
  await field.press('Enter');
}

async function signOut(page: Page) {
  await page.goto('/sign-out');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
}

test.use({ viewport: { width: 390, height: 844 } });

test('a coach turns on two-factor sign-in and signs in with a code, then with a recovery code once', async ({
  page,
  browser,
}) => {
  test.slow();
  // The demo owner invites a new coach, who joins from the emailed link in a browser of their own.
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signInAsDemo(owner, 'owner@demo.rebound.test');
  await owner.goto('/app/demo/settings/members');
  const invite = owner
    .locator('form')
    .filter({ has: owner.getByRole('button', { name: 'Send invitation' }) });
  await invite.getByLabel('Email address').fill(coachEmail);
  await invite.getByLabel('Role').selectOption('COACH');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(owner.getByText(`Invitation sent to ${coachEmail}.`)).toBeVisible();
  await ownerContext.close();

  await page.goto(linkIn(await latestMailTo(coachEmail), /\/invitations\//));
  await page.getByLabel('Your name').fill('Tess Marlow');
  await page.getByLabel('Password', { exact: true }).fill(coachPassword);
  await page.getByRole('button', { name: /^Create account and join/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Tess Marlow');

  // Enrolment, from the account page.
  await page.goto('/account');
  await page.getByRole('link', { name: 'Manage two-factor sign-in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two-factor sign-in');
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = (await page.getByTestId('two-factor-secret').textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expectAccessible(page);

  // A wrong code first: the form says so and the set-up stays.
  await submitCode(page, '000000', 'Code from the app');
  await expect(page.getByText('That code is not right. Enter the newest code your app shows.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Turn on' })).toBeEnabled();
  await submitCode(page, await nextCode(secret), 'Code from the app');
  const codes = page.getByTestId('recovery-code');
  await expect(codes).toHaveCount(10);
  const recoveryCode = (await codes.first().textContent())!.trim();
  expect(recoveryCode).toMatch(/^[a-z2-9]{6}-[a-z2-9]{6}$/);
  await expectAccessible(page);
  await snap(page, test.info(), 'recovery-codes');
  // The secret is never shown again.
  await page.reload();
  await expect(page.getByText('Two-factor sign-in is on.')).toBeVisible();
  await expect(page.getByTestId('two-factor-secret')).toHaveCount(0);
  await expect(page.getByText('Recovery codes left: 10.')).toBeVisible();

  // Password, then a code from the app.
  await signOut(page);
  await signInWithPassword(page);
  await expectAccessible(page);
  await submitCode(page, await nextCode(secret));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Tess Marlow');

  // Password, then a recovery code (typed in capitals, as from paper).
  await signOut(page);
  await signInWithPassword(page);
  await submitCode(page, recoveryCode.toUpperCase());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Tess Marlow');

  // The same recovery code a second time: refused, and no session.
  await signOut(page);
  await signInWithPassword(page);
  await submitCode(page, recoveryCode);
  await expect(page.getByText('That code is not right. Enter the newest code your app shows.')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\/two-factor$/);
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  await page.goto('/app');
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // An emailed sign-in link is a first factor too: the code is still asked.
  await page.goto('/sign-in/email');
  await page.getByLabel('Email').fill(coachEmail);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');
  const link = linkIn(
    await latestMailTo(coachEmail, { subject: /Your Rebound sign-in link/ }),
    /\/auth\/callback\/email/,
  );
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter your code');
  await expect(page).toHaveURL(/\/sign-in\/two-factor$/);
  await page.goto('/app');
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter your code');
  await submitCode(page, await nextCode(secret));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Tess Marlow');
});
