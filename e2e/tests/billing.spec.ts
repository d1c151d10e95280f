import { expect, test, type Page } from '../fixtures.js';
import { billingWebPort, stripeStandInPort } from '../ports.js';
import { finishSignUpFromEmail } from '../support/sign-up.js';
import { snap } from '../support/screenshot.js';

// The owner's billing page: in the default setup (no Stripe keys) and in a second product whose API
// talks to the local Stripe stand-in.
const stamp = Date.now();

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/app(\/|$)/);
}

test('without Stripe keys the owner sees the trial and that billing is not configured', async ({ page }) => {
  await signIn(page, 'owner@demo.rebound.test', 'rebound-demo');
  await page.goto('/app/demo');
  await page.getByRole('navigation', { name: 'Organization' }).getByRole('link', { name: 'Billing' }).click();

  await expect(page).toHaveURL(/\/app\/demo\/settings\/billing$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Billing');
  await expect(page.getByRole('status').filter({ hasText: 'Billing is not configured' })).toBeVisible();
  await expect(page.getByText('Trial mode: billing is not configured.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue to checkout' })).toHaveCount(0);
  await snap(page, test.info(), 'billing-not-configured');
});

test.describe('with Stripe configured against the stand-in', () => {
  test.use({ baseURL: `http://127.0.0.1:${billingWebPort}` });

  test('a new owner sees the trial, picks a plan and is sent to Stripe Checkout', async ({ page }) => {
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Bea Ledger');
    await page.getByLabel('Email').fill(`bea-${stamp}@example.test`);
    await page.getByLabel('Password', { exact: true }).fill('ledgers and tides');
    await page.getByLabel('Organization name').fill(`Ledger Coaching ${stamp}`);
    await page.getByLabel('Coaching practice').check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await finishSignUpFromEmail(page, `bea-${stamp}@example.test`);

    await page
      .getByRole('navigation', { name: 'Organization' })
      .getByRole('link', { name: 'Billing' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Billing');
    await expect(page.getByText(/^Free trial until /)).toBeVisible();
    await expect(page.getByText('Billing is not configured')).toHaveCount(0);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('radio', { name: 'Practice' }).check();
    await snap(page, test.info(), 'billing-plans-phone');
    await page.getByRole('button', { name: 'Continue to checkout' }).click();

    await expect(page).toHaveURL(
      new RegExp(`^http://127\\.0\\.0\\.1:${stripeStandInPort}/checkout/cs_test_`),
    );
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Stripe stand-in');
  });
});
