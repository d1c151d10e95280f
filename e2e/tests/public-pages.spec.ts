import { expect, test } from '../fixtures.js';
import { snap } from '../support/screenshot.js';

test('the landing page explains the product to its three audiences', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Rebound/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Every rejection holds a lesson. Rebound collects it.',
  );
  await expect(page.getByRole('heading', { name: 'How it works' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'For career coaches' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'For job seekers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'For staffing agencies' })).toBeVisible();
  await snap(page, test.info(), 'landing');
});

test('the organization page renders data the server fetched from the API', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /demo/i }).first().click();
  await expect(page).toHaveURL(/\/o\/demo$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Northstar Career Coaching');
  await expect(page.getByText('Coaching practice')).toBeVisible();
  await snap(page, test.info(), 'organization');
});

test('an unknown organization gets a friendly not-found page with status 404', async ({ page }) => {
  const response = await page.goto('/o/no-such-practice');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that organization');
});

test('the layout is usable at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/o/demo');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await snap(page, test.info(), 'organization-phone');
});
