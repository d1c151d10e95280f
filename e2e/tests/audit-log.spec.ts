import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '../fixtures.js';
import { DEMO_ORG, expectAccessible, signIn } from '../demo.js';
import { snap } from '../support/screenshot.js';

const OWNER = 'owner@demo.rebound.test';
const MEMBER = 'Jonas Weber';

async function changeRole(page: Page, role: 'ADMIN' | 'COACH', shown: string) {
  await page.goto(`/app/${DEMO_ORG}/settings/members`);
  await page.getByLabel(`Role of ${MEMBER}`, { exact: true }).selectOption(role);
  await page.getByRole('button', { name: `Save the role of ${MEMBER}` }).click();
  await expect(page.getByText(`${MEMBER} is now: ${shown}.`)).toBeVisible();
}

test('an owner changes a member’s role, finds it in the audit log and downloads the log', async ({
  page,
}, info) => {
  await signIn(page, OWNER);
  await changeRole(page, 'ADMIN', 'Admin');

  await page
    .getByRole('navigation', { name: 'Organization' })
    .getByRole('link', { name: 'Audit log' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
  const latest = page.getByRole('row').filter({ hasText: MEMBER }).first();
  await expect(latest).toContainText('Olivia Owens');
  await expect(latest).toContainText('Changed a member’s role');
  await expect(latest).toContainText('From coach to admin.');
  await expectAccessible(page);

  // Only role changes, then a period with nothing in it.
  await page.getByLabel('Action').selectOption({ label: 'Changed a member’s role' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/action=MEMBER_ROLE_CHANGED/);
  await expect(page.getByRole('row').filter({ hasText: MEMBER }).first()).toBeVisible();
  await page.getByLabel('To', { exact: true }).fill('2020-01-01');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('heading', { name: 'No entries match these filters' })).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page.getByRole('row').filter({ hasText: MEMBER }).first()).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^rebound-demo-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv).toContain('time_utc,actor,actor_user_id,action,target_type,target_id,target,details');
  expect(csv).toMatch(/Olivia Owens,[0-9a-f-]{36},member\.role_changed,member,[0-9a-f-]{36},Jonas Weber/);

  // The download is itself in the log.
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: 'Downloaded the audit log' }).first()).toContainText(
    'Olivia Owens',
  );

  // On a phone: each entry reads as a card, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByText('From coach to admin.').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await snap(page, info, 'audit-log-phone');

  // Leave the demo as it was for the other journeys.
  await page.setViewportSize({ width: 1280, height: 800 });
  await changeRole(page, 'COACH', 'Coach');
});
