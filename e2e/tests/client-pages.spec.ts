import { expect, test } from '../fixtures.js';
import { CLIENT_EMAIL, expectAccessible, signIn, WORKSPACE } from '../demo.js';
import { snap } from '../support/screenshot.js';

// The rest of the client's workspace: the plan (add an item, update it with evidence, comment), and an
// accessibility check of exercises, plan, feedback requests and my data.
test('a client works on the shared plan', async ({ page }) => {
  const title = `Book two mock interviews ${Date.now().toString(36)}`;
  await signIn(page, CLIENT_EMAIL);
  await page.goto(`${WORKSPACE}/plan`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My plan');

  const add = page.getByRole('region', { name: 'Add an item of your own' });
  await add.getByRole('button', { name: 'Add item' }).click();
  await expect(add.getByText('Say what you will do.')).toBeVisible();
  await add.getByLabel('What will you do?').fill(title);
  await add.getByLabel('Category').selectOption('PREPARATION');
  await add.getByRole('button', { name: 'Add item' }).click();
  await expect(add.getByRole('status')).toHaveText(`Added “${title}”.`);

  const item = page.getByRole('article', { name: title });
  await expect(item).toContainText('To do');
  await item.getByLabel('Status').selectOption('DONE');
  await item.getByLabel('Evidence (a link or a note)').fill('Booked with Sam on Tuesday and Thursday.');
  await item.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(item.getByRole('status').filter({ hasText: `Saved “${title}”.` })).toBeVisible();
  await expect(item.locator('header')).toContainText('Done');

  await item.getByLabel('Add a comment').fill('The second one felt much calmer.');
  await item.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(item.getByText('The second one felt much calmer.')).toBeVisible();
  await expect(item.getByRole('heading', { name: 'Comments (1)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Activity' })).toContainText('Priya Nair commented');
  await snap(page, test.info(), 'plan');
});

test('exercises, plan, feedback requests and my data have no serious or critical accessibility violations', async ({
  page,
}) => {
  await signIn(page, CLIENT_EMAIL);
  for (const [path, heading] of [
    ['exercises', 'Exercises'],
    ['plan', 'My plan'],
    ['feedback', 'Feedback requests'],
    ['data', 'My data'],
  ] as const) {
    await page.goto(`${WORKSPACE}/${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expectAccessible(page);
  }
  // The download is the client's data as JSON.
  const download = await page.request.get(`${WORKSPACE}/data/export`);
  expect(download.headers()['content-type']).toContain('application/json');
  const document = JSON.parse(await download.text());
  expect(document.account.email).toBe(CLIENT_EMAIL);
  expect(document.applications.length).toBeGreaterThan(0);
});

test('a client asks for their data to be deleted, the owner sees the request, and the client withdraws it', async ({
  page,
  browser,
}) => {
  await signIn(page, CLIENT_EMAIL);
  await page.goto(`${WORKSPACE}/data`);
  await page.getByRole('button', { name: 'Request deletion' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ask for your data to be deleted?' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Anything the admin should know? (optional)').fill('Found a job, thank you all.');
  await dialog.getByRole('button', { name: 'Send deletion request' }).click();
  await expect(page.getByText('Your deletion request is sent.')).toBeVisible();
  await expect(page.getByText(/^Deletion requested on /)).toBeVisible();

  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signIn(owner, 'owner@demo.rebound.test');
  await owner.goto('/app/demo');
  await owner
    .getByRole('navigation', { name: 'Organization' })
    .getByRole('link', { name: 'Deletion requests' })
    .click();
  const row = owner.getByRole('row', { name: /Priya Nair/ });
  await expect(row).toContainText('Found a job, thank you all.');
  await expect(row.getByRole('button', { name: 'Erase data' })).toBeVisible();
  await snap(owner, test.info(), 'deletion-requests');
  await ownerContext.close();

  await page.getByRole('button', { name: 'Withdraw the request' }).click();
  await expect(page.getByText('Your deletion request is withdrawn.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Request deletion' })).toBeVisible();
});
