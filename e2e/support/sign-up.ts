import { expect, type Page } from '@playwright/test';

/**
 * After the sign-up form: the page asks to check the email; the link in it (read from the development
 * mail page) finishes the account and signs in.
 */
export async function finishSignUpFromEmail(page: Page, email: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');
  await page.goto('/dev/mail');
  const message = page
    .getByRole('listitem')
    .filter({ hasText: email })
    .filter({ hasText: 'Finish creating your Rebound account' })
    .first();
  const link = await message.getByRole('link', { name: /\/sign-up\/confirm/ }).getAttribute('href');
  expect(link).toBeTruthy();
  await page.goto(link!);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page).toHaveURL(/\/app\/[a-z0-9-]+$/);
}
