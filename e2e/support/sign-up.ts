import { expect, type Page } from '@playwright/test';
import { latestMailTo, linkIn } from '../mail.js';

/**
 * After the sign-up form: the page asks to check the email; the link in it finishes the account and
 * signs in.
 */
export async function finishSignUpFromEmail(page: Page, email: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');
  const mail = await latestMailTo(email, { subject: /Finish creating your Rebound account/ });
  await page.goto(linkIn(mail, /\/sign-up\/confirm/));
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page).toHaveURL(/\/app\/[a-z0-9-]+$/);
}
