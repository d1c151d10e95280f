import { expect, test } from '../fixtures.js';
import { CLIENT_EMAIL, signIn, WORKSPACE } from '../demo.js';
import { snap } from '../support/screenshot.js';

// Journey (c): the demo client records the answer to a feedback request that got no reason so far; the
// rejection's reason changes to the one the answer gives.
test('a client marks a feedback request answered and the rejection’s reason changes', async ({ page }) => {
  await signIn(page, CLIENT_EMAIL);
  await page.goto(WORKSPACE);
  await page
    .getByRole('navigation', { name: 'Your workspace' })
    .getByRole('link', { name: 'Feedback requests' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feedback requests');
  await expect(page.getByText(/^Follow-ups due: \d+\./)).toBeVisible();

  const unknown = page.getByRole('listitem').filter({ hasText: 'Reason on record: No reason given' }).first();
  const itemId = await unknown.getAttribute('id');
  expect(itemId).toMatch(/^request-/);
  const card = page.locator(`li[id="${itemId}"]`);
  await expect(card).toContainText('Sent, waiting');
  await expect(card).toContainText('Follow-up due');
  await snap(page, test.info(), 'feedback-before');

  await card.getByText('Record the answer', { exact: true }).click();
  await card.getByRole('button', { name: 'Save the answer' }).click();
  await expect(card.getByText('Paste or summarise the answer.')).toBeVisible();

  await card
    .getByLabel('Paste or summarise the answer')
    .fill('Thanks for asking. The team needed someone with hands-on SQL for the reporting work.');
  await card.getByLabel('What reason does the answer give?').selectOption('MISSING_SKILL');
  await card.getByRole('button', { name: 'Save the answer' }).click();

  await expect(
    card.getByRole('status').filter({ hasText: /now reads: A skill or experience was missing\.$/ }),
  ).toBeVisible();
  await expect(card).toContainText('Reason on record: A skill or experience was missing');
  await expect(card).toContainText('Answered');
  await expect(card).toContainText('hands-on SQL for the reporting work');
  await expect(card).not.toContainText('Follow-up due');
  await snap(page, test.info(), 'feedback-answered');

  // Still so after a reload: the rejection itself changed.
  await page.reload();
  await expect(page.locator(`li[id="${itemId}"]`)).toContainText(
    'Reason on record: A skill or experience was missing',
  );
});
