import { expect, test, type Page } from '../fixtures.js';
import { latestMailTo } from '../mail.js';
import { DEMO, apiAs, expectNoSeriousA11yViolations, signIn } from '../support/coach.js';
import { expectHydrated } from '../support/hydration.js';
import { snap } from '../support/screenshot.js';

// Coach and owner loops on the demo organization: analytics with its CSV, notifications that reach the
// bell and the outbox, a refused duplicate assignment, and a client archived and moved to another coach.
// This file runs before coach.spec.ts on the same database: it uses its own exercise and its own client.
const OWNER = 'owner@demo.rebound.test';
const PHONE = { width: 390, height: 844 };
test.describe.configure({ timeout: 120_000 });

async function accessibleAtBothSizes(page: Page) {
  await expectNoSeriousA11yViolations(page);
  const desktop = page.viewportSize();
  await page.setViewportSize(PHONE);
  await expectNoSeriousA11yViolations(page);
  if (desktop) await page.setViewportSize(desktop);
}

test('an owner opens the analytics and downloads them as CSV', async ({ page }, info) => {
  await signIn(page, OWNER);
  await page
    .getByRole('navigation', { name: 'Organization' })
    .getByRole('link', { name: 'Analytics' })
    .click();
  // The first visit compiles the page and its charts in development mode: give it time on a busy machine.
  await expect(page).toHaveURL(/\/analytics$/, { timeout: 45_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Analytics', { timeout: 30_000 });
  await page.getByRole('link', { name: 'Last 12 months' }).click();
  await expect(page).toHaveURL(/days=365/);
  const matrix = page.getByRole('table', { name: /Rejections by stage reached and reason/ });
  await expect(matrix).toBeVisible();
  await expect(matrix.getByRole('cell', { name: /^\d+ \(\d+%\)$/ }).first()).toBeVisible();
  await expect(page.getByRole('table', { name: /per primary coach/ })).toContainText('Marcus Bell');
  await snap(page, info, 'analytics');
  await accessibleAtBothSizes(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^rebound-demo-analytics-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('section,label,detail,value,share_or_rate');
  const rejections = Number(lines.find((line) => line.startsWith('totals,rejections,'))!.split(',')[3]);
  const cells = lines
    .filter((line) => line.startsWith('stage_reason,'))
    .reduce((sum, line) => sum + Number(line.split(',')[3]), 0);
  expect(rejections).toBeGreaterThan(0);
  expect(cells).toBe(rejections);
});

test('a submitted exercise reaches the coach’s bell and the outbox; sent back, it reaches the client', async ({
  page,
  browser,
}, info) => {
  await signIn(page, DEMO.coach);
  const { clients } = await apiAs<{ clients: { edges: { node: { id: string; email: string } }[] } }>(
    page.context(),
    'query { clients(first: 5, filter: { search: "client@demo.rebound.test" }) { edges { node { id email } } } }',
  );
  const clientId = clients.edges[0].node.id;
  const assign = 'mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }';
  const input = { templateId: 'builtin:company-research', clientIds: [clientId] };
  const { assignExercise } = await apiAs<{ assignExercise: { id: string }[] }>(page.context(), assign, {
    input,
  });
  const assignmentId = assignExercise[0].id;
  // The same exercise again, while the first is open: refused with the field at fault.
  await expect(apiAs(page.context(), assign, { input })).rejects.toThrow(
    /CONFLICT.*EXERCISE_ALREADY_OPEN.*input\.clientIds/,
  );
  // On the exercise's page the same refusal reads in the product's own words, next to the client picker.
  await page.goto(`/app/${DEMO.org}/exercises/${encodeURIComponent(input.templateId)}`);
  const priya = page.getByRole('checkbox', { name: 'Priya Nair' });
  await expectHydrated(priya);
  await priya.check();
  await page.getByRole('button', { name: 'Assign exercise' }).click();
  await expect(page.locator('#clients-error')).toHaveText(
    'This exercise is already open for Priya Nair. Withdraw it or wait until it is reviewed before assigning it again.',
  );

  const clientContext = await browser.newContext();
  const clientPage = await clientContext.newPage();
  await signIn(clientPage, DEMO.client);
  type Prompt = { key: string; type: string; options: string[] | null; min: number | null };
  const { exerciseAssignment } = await apiAs<{ exerciseAssignment: { version: number; prompts: Prompt[] } }>(
    clientContext,
    'query($id: ID!) { exerciseAssignment(id: $id) { version prompts { key type options min } } }',
    { id: assignmentId },
  );
  const answers = exerciseAssignment.prompts.map((prompt) =>
    prompt.type === 'SCALE'
      ? { promptKey: prompt.key, number: prompt.min ?? 3 }
      : prompt.type === 'SINGLE_CHOICE'
        ? { promptKey: prompt.key, text: prompt.options![0] }
        : prompt.type === 'MULTIPLE_CHOICE' || prompt.type === 'CHECKLIST'
          ? { promptKey: prompt.key, choices: [prompt.options![0]] }
          : { promptKey: prompt.key, text: 'Read their last two annual reports.' },
  );
  await apiAs(
    clientContext,
    'mutation($input: SaveExerciseAnswersInput!) { submitExercise(input: $input) { id } }',
    { input: { id: assignmentId, version: exerciseAssignment.version, answers } },
  );

  await page.goto(`/app/${DEMO.org}/caseload`);
  const bell = page.getByRole('link', { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const submitted = page.getByText('Priya Nair submitted an exercise').first();
  await expect(submitted).toBeVisible();
  await snap(page, info, 'coach-bell');

  // The coach asked for email at once: the event reached their inbox too.
  expect((await latestMailTo(DEMO.coach, { subject: /Priya Nair submitted an exercise/ })).subject).toMatch(
    /Priya Nair submitted an exercise/,
  );

  await page.goto(`/app/${DEMO.org}/exercises/review/${assignmentId}`);
  await page.getByRole('textbox', { name: 'Your comment' }).fill('Add one question you would ask them.');
  await page.getByRole('button', { name: 'Send back for changes' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /sent back/i })
      .first(),
  ).toBeVisible();

  await clientPage.goto(`/app/${DEMO.org}/notifications`);
  await expect(clientPage.getByText('Your coach sent an exercise back').first()).toBeVisible();
  await snap(clientPage, info, 'client-notified');
  await clientContext.close();
});

test('an owner archives a client with a reason and moves them to another coach', async ({ page }, info) => {
  await signIn(page, OWNER);
  const name = `Lifecycle ${Date.now()}`;
  const { createClient } = await apiAs<{ createClient: { id: string } }>(
    page.context(),
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
    { input: { name } },
  );
  await page.goto(`/app/${DEMO.org}/caseload/${createClient.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const panel = page.getByRole('region', { name: 'Status and coach' });
  await panel.getByLabel('New status').selectOption('ARCHIVED');
  await panel.getByLabel('Reason').first().fill('Moved abroad');
  await panel.getByRole('button', { name: 'Change status' }).click();
  await expect(panel.getByRole('status')).toHaveText('The status is changed.');
  await expect(panel.getByRole('list').first()).toContainText('Active → Archived');
  await expect(panel).toContainText('Reason: Moved abroad');

  await panel.getByLabel('New primary coach').selectOption({ label: 'Jonas Weber' });
  await panel.getByLabel('Reason').nth(1).fill('Closer to their field');
  await panel.getByRole('button', { name: 'Move to this coach' }).click();
  await expect(panel.getByRole('status').last()).toHaveText('The client has a new primary coach.');
  await expect(panel).toContainText('Coach: nobody → Jonas Weber');
  await snap(page, info, 'client-archived-reassigned');
  await accessibleAtBothSizes(page);

  // Archived clients leave the default caseload.
  await page.goto(`/app/${DEMO.org}/caseload?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('heading', { name: '0 clients' })).toBeVisible();
});

test('unknown and malformed addresses give the app’s own 404 inside the signed-in layout', async ({
  page,
}) => {
  await signIn(page, DEMO.coach);
  for (const path of [`/app/${DEMO.org}/caseload/not-a-uuid`, `/app/${DEMO.org}/no-such-page`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
    await expect(page.getByRole('navigation', { name: 'Organization' })).toBeVisible();
  }
  await page.goto('/app/no-such-organization');
  await expect(page.getByRole('link', { name: /Demo|Brightpath|Rebound/ }).first()).toBeVisible();
});
