import { expect, test } from '../fixtures.js';
import { DEMO, apiAs, expectNoSeriousA11yViolations, signIn } from '../support/coach.js';
import { snap } from '../support/screenshot.js';

// The coach's day on the demo caseload (Marcus Bell): triage, a client's patterns, exercises, the plan.
// Journeys run in order on one throwaway database; each arranges what it needs itself.
const stamp = Date.now();
// Each journey is a whole working session (a dozen pages, axe runs): more time than a single check needs.
test.describe.configure({ timeout: 120_000 });

test('(a) the caseload puts Priya near the top; her final-round insight assigns the mock interview', async ({
  page,
}, info) => {
  await signIn(page, DEMO.coach);
  await page
    .getByRole('navigation', { name: 'Organization' })
    .getByRole('link', { name: 'Caseload' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Caseload');

  const entries = page.getByTestId('caseload-entry');
  await expect(entries.first()).toBeVisible();
  const names = await entries.getByRole('heading', { level: 3 }).allInnerTexts();
  expect(names.slice(0, 3)).toContain('Priya Nair');
  // Sorted by attention: every score is at least the next one.
  const scores = (await entries.locator('[role="img"]').allInnerTexts()).map(Number);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  const priya = entries.filter({ has: page.getByRole('link', { name: 'Priya Nair', exact: true }) });
  await expect(priya.getByRole('list', { name: 'Why' }).getByRole('listitem').first()).toBeVisible();
  await snap(page, info, 'caseload');
  await expectNoSeriousA11yViolations(page);

  // Search narrows the list.
  await page.getByLabel('Search by name or email').fill('Hannah');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('heading', { name: '1 client' })).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).first().click();

  await page.getByRole('link', { name: 'Priya Nair', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Priya Nair');
  const insight = page.getByTestId('insight').filter({ hasText: 'final round' });
  await expect(insight).toHaveCount(1);
  await expect(insight.getByRole('heading', { level: 3 })).toContainText('final round');
  await expect(insight.getByRole('link').first()).toHaveAttribute('href', /\/rejections\//);
  await expect(
    page.getByRole('table', { name: 'Conversion at each step: this client and the caseload median' }),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Number of rejections for each stage reached and reason' }),
  ).toBeVisible();
  await snap(page, info, 'client-page');
  await expectNoSeriousA11yViolations(page);

  await insight.getByRole('button', { name: 'Assign exercise: Mock interview' }).click();
  await expect(insight.getByRole('status')).toHaveText('“Mock interview” is assigned.');
  await expect(insight.getByRole('link', { name: 'See the exercise' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Everything that happened, newest first' })).toContainText(
    'Exercise assigned: Mock interview',
  );
  await snap(page, info, 'mock-interview-assigned');

  // The evidence opens the rejection, where the coach tags it and keeps private notes.
  await insight.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(':');
  await page.getByLabel('Your tag').selectOption('PRESENTATION_OR_RAPPORT');
  await page
    .getByLabel('Private notes')
    .fill('Talks past the question when nervous; rehearse the opening story.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await expect(page.getByLabel('Your tag')).toHaveValue('PRESENTATION_OR_RAPPORT');
  await snap(page, info, 'rejection-detail');
});

test('(b) the coach builds an exercise of their own and assigns it to two clients', async ({
  page,
}, info) => {
  await signIn(page, DEMO.coach);
  await page.goto(`/app/${DEMO.org}/exercises`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exercises');
  await page.getByRole('link', { name: 'New exercise' }).first().click();

  const title = `Salary talk rehearsal ${stamp}`;
  await page.getByLabel('Title').fill('ab');
  await page.getByLabel('What it is for').fill('Practise naming a number calmly, before the offer call.');
  await page.getByLabel('Minutes it takes').fill('20');
  await page.getByLabel('Question').fill('Which number will you name, and why that one?');
  await page.getByRole('button', { name: 'Add a prompt' }).click();
  const second = page.getByTestId('prompt-row').nth(1);
  await second.getByLabel('Question').fill('How steady did your voice sound?');
  await second.getByLabel('Answer type').selectOption('SCALE');
  await second.getByLabel('Label for 1 (optional)').fill('Shaky');
  await second.getByLabel('Label for 5 (optional)').fill('Steady');
  await page.getByRole('button', { name: 'Add a prompt' }).click();
  const third = page.getByTestId('prompt-row').nth(2);
  await third.getByLabel('Question').fill('Who did you rehearse with?');
  await third.getByLabel('Answer type').selectOption('SINGLE_CHOICE');
  await third.getByLabel('Options, one per line').fill('A friend');
  await page.getByRole('button', { name: 'Save exercise' }).click();

  // The server checks the whole form and says what to fix, next to each field.
  await expect(page.getByText('Give the exercise a title of at least 3 characters.')).toBeVisible();
  await expect(third.getByText('Give at least two options, one per line.')).toBeVisible();
  await snap(page, info, 'template-field-errors');

  await page.getByLabel('Title').fill(title);
  await third.getByLabel('Options, one per line').fill('A friend\nMy coach\nA recording');
  await page.getByRole('button', { name: 'Move prompt 3 up' }).click();
  await expect(page.getByTestId('prompt-row').nth(1).getByLabel('Question')).toHaveValue(
    'Who did you rehearse with?',
  );
  await page.getByRole('button', { name: 'Save exercise' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('The exercise is saved.')).toBeVisible();
  const prompts = page
    .getByRole('region', { name: 'Prompts' })
    .or(page.locator('section[aria-labelledby="prompts-title"]'));
  await expect(prompts.getByRole('listitem')).toHaveCount(3);

  await page.getByRole('checkbox', { name: 'Priya Nair' }).check();
  await page.getByRole('checkbox', { name: 'Hannah Becker' }).check();
  await page.getByLabel('Due on (optional)').fill('2026-12-20');
  await page.getByRole('button', { name: 'Assign exercise' }).click();
  const assigned = page.getByRole('status').filter({ hasText: 'Assigned to 2 clients' });
  await expect(assigned).toContainText('Priya Nair');
  await expect(assigned).toContainText('Hannah Becker');
  await snap(page, info, 'template-assigned');

  // It is in the library, and a copy can be made to adapt.
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page.getByRole('list', { name: 'Your organization’s exercises' })).toContainText(title);
});

test('(c) the coach reviews a submitted exercise and comments', async ({ page, browser }, info) => {
  await signIn(page, DEMO.coach);
  // Arrange through the API: the coach assigns a reframe to Priya, and Priya hands it in.
  const { clients } = await apiAs<{ clients: { edges: { node: { id: string } }[] } }>(
    page.context(),
    'query($s: String) { clients(first: 5, filter: { search: $s }) { edges { node { id } } } }',
    { s: 'Priya Nair' },
  );
  const priyaId = clients.edges[0].node.id;
  const { assignExercise } = await apiAs<{ assignExercise: { id: string }[] }>(
    page.context(),
    'mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }',
    { input: { templateId: 'builtin:reframe', clientIds: [priyaId] } },
  );
  const assignmentId = assignExercise[0].id;

  const clientContext = await browser.newContext();
  const clientPage = await clientContext.newPage();
  await signIn(clientPage, DEMO.client);
  type Prompt = { key: string; type: string; options: string[] | null; min: number | null };
  const { exerciseAssignment } = await apiAs<{
    exerciseAssignment: { version: number; prompts: Prompt[] };
  }>(
    clientContext,
    'query($id: ID!) { exerciseAssignment(id: $id) { version prompts { key type options min } } }',
    { id: assignmentId },
  );
  const answers = exerciseAssignment.prompts.map((prompt) => {
    switch (prompt.type) {
      case 'SCALE':
        return { promptKey: prompt.key, number: prompt.min ?? 3 };
      case 'SINGLE_CHOICE':
        return { promptKey: prompt.key, text: prompt.options![0] };
      case 'MULTIPLE_CHOICE':
      case 'CHECKLIST':
        return { promptKey: prompt.key, choices: [prompt.options![0]] };
      default:
        return {
          promptKey: prompt.key,
          text: 'They invited me to the final round, so the work sample landed.',
        };
    }
  });
  await apiAs(
    clientContext,
    'mutation($input: SaveExerciseAnswersInput!) { submitExercise(input: $input) { id status } }',
    { input: { id: assignmentId, version: exerciseAssignment.version, answers } },
  );
  await clientContext.close();

  await page.goto(`/app/${DEMO.org}/exercises`);
  await page.getByRole('link', { name: /^Review inbox/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review inbox');
  await page.getByRole('link', { name: 'Review Reframe from Priya Nair' }).first().click();
  await expect(
    page.getByText('They invited me to the final round, so the work sample landed.').first(),
  ).toBeVisible();
  await snap(page, info, 'review-submitted');

  // Sending back needs a comment: the server says so next to the field.
  await page.getByRole('button', { name: 'Send back for changes' }).click();
  await expect(page.getByText('Say what to change when you send an exercise back.')).toBeVisible();

  await page
    .getByRole('textbox', { name: 'Your comment' })
    .fill('Good catch on what went right. Next time, name one thing you will do differently.');
  await page.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(page.getByText('Reviewed. Priya Nair can read your comment.')).toBeVisible();
  await expect(page.getByText('Reviewed', { exact: true })).toBeVisible();
  await expect(page.getByText('Good catch on what went right.', { exact: false })).toBeVisible();
  await snap(page, info, 'review-done');
});

test('(d) the coach edits Priya’s plan: goal, items, order, status, comment, history', async ({
  page,
}, info) => {
  await signIn(page, DEMO.coach);
  await page.goto(`/app/${DEMO.org}/caseload?q=Priya`);
  await page.getByRole('link', { name: 'Priya Nair', exact: true }).click();
  await page.getByRole('link', { name: 'Open the plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Improvement plan');

  await page.getByLabel('New goal').fill('Turn final rounds into offers by March');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(
    page.getByRole('region', { name: 'Goals' }).or(page.locator('section[aria-labelledby="goals-title"]')),
  ).toContainText('Turn final rounds into offers by March');

  const items = page.getByTestId('plan-item');
  const before = await items.count();
  const addItem = page.locator('section[aria-labelledby="add-item-title"]');
  await addItem.getByLabel('What to do').fill('x');
  await addItem.getByRole('button', { name: 'Add item' }).click();
  await expect(addItem.getByText('Give the item a title of at least 3 characters.')).toBeVisible();

  await addItem.getByLabel('What to do').fill('Rehearse three success stories out loud');
  await addItem.getByLabel('Category').selectOption('PREPARATION');
  await addItem.getByLabel('Who does it').selectOption('CLIENT');
  await addItem.getByLabel('Goal').selectOption({ label: 'Turn final rounds into offers by March' });
  await addItem.getByRole('button', { name: 'Add item' }).click();
  await expect(items).toHaveCount(before + 1);
  await expect(items.nth(before)).toContainText('Rehearse three success stories out loud');

  await addItem.getByLabel('What to do').fill('Ask the last two panels for feedback');
  await addItem.getByLabel('Category').selectOption('NETWORKING');
  await addItem.getByRole('button', { name: 'Add item' }).click();
  await expect(items).toHaveCount(before + 2);
  await expect(items.nth(before + 1)).toContainText('Ask the last two panels for feedback');

  // Reorder: the feedback item moves to the top.
  await items
    .nth(before + 1)
    .getByRole('button', { name: 'Move “Ask the last two panels for feedback” up' })
    .click();
  await expect(items.nth(before)).toContainText('Ask the last two panels for feedback');
  await expect(items.nth(before + 1)).toContainText('Rehearse three success stories out loud');

  // Status and edit.
  const stories = items.nth(before + 1);
  await stories.getByLabel('Status of “Rehearse three success stories out loud”').selectOption('DOING');
  await stories.getByRole('button', { name: 'Set status' }).click();
  await expect(stories.getByTestId('item-status')).toHaveText('Doing');
  await stories.getByRole('button', { name: 'Edit' }).click();
  await stories.getByLabel('What to do').fill('Rehearse three success stories out loud, on video');
  await stories.getByLabel('Evidence (a link or a note)').fill('Recording shared in our folder');
  await stories.getByRole('button', { name: 'Save item' }).click();
  const edited = items.nth(before + 1);
  await expect(edited).toContainText('Rehearse three success stories out loud, on video');
  await expect(edited).toContainText('Recording shared in our folder');

  // A comment.
  await edited.getByText(/^Comments \(0\)$/).click();
  await edited
    .getByLabel('Comment on “Rehearse three success stories out loud, on video”')
    .fill('Pick stories with numbers.');
  await edited.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(edited.getByText('Pick stories with numbers.')).toBeVisible();

  // Dropping asks first.
  const feedback = items.nth(before);
  await feedback.getByRole('button', { name: 'Drop' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Drop item' }).click();
  await expect(feedback.getByTestId('item-status')).toHaveText('Dropped');

  const activity = page.getByTestId('plan-activity');
  await expect(activity).toContainText('Marcus Bell added a goal');
  await expect(activity).toContainText('Marcus Bell commented');
  await expect(activity).toContainText('Status: To do → Doing');
  await snap(page, info, 'plan-edited');
  await expectNoSeriousA11yViolations(page);

  // At phone width the plan still reads top to bottom.
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, info, 'plan-phone');
  await page.goto(`/app/${DEMO.org}/caseload`);
  await snap(page, info, 'caseload-phone');
});

test('the bell leads to notifications and the email-reminder setting', async ({ page }, info) => {
  await signIn(page, DEMO.coach);
  await page.goto(`/app/${DEMO.org}/caseload`);
  await page.getByRole('link', { name: /^Notifications/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notifications');
  await expect(page.getByLabel('Send me reminder emails')).toBeChecked();
  await page.getByLabel('Only show reminders here').check();
  await page.getByRole('button', { name: 'Save setting' }).click();
  await expect(page.getByText('Reminder emails are off.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Only show reminders here')).toBeChecked();
  await snap(page, info, 'notifications');
});

test('an owner sees every coach’s clients and can narrow the caseload to one coach', async ({
  page,
}, info) => {
  await signIn(page, 'owner@demo.rebound.test');
  await page.goto(`/app/${DEMO.org}/caseload`);
  const count = page.getByRole('heading', { name: /^\d+ clients?$/ });
  const everyone = Number((await count.innerText()).split(' ')[0]);
  await page.getByLabel('Coach', { exact: true }).selectOption({ label: 'Marcus Bell' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/coach=/);
  // Wait for the filtered list, then compare: Marcus's clients are some of everyone's.
  await expect(count).not.toHaveText(`${everyone} clients`);
  const marcus = Number((await count.innerText()).split(' ')[0]);
  expect(marcus).toBeGreaterThan(0);
  expect(marcus).toBeLessThan(everyone);
  await expect(page.getByRole('link', { name: 'Priya Nair', exact: true })).toBeVisible();
  await snap(page, info, 'caseload-owner-filtered');
});

test('(e) the client page explains the attention score and reads patterns against the caseload', async ({
  page,
  context,
}, info) => {
  await signIn(page, DEMO.coach);
  await page.goto(`/app/${DEMO.org}/caseload?q=Priya`);
  const card = page.getByTestId('caseload-entry').filter({ hasText: 'Priya Nair' });
  const score = Number(await card.getByRole('img').innerText());
  expect(score).toBeGreaterThan(0);

  // The card's score opens its explanation from the keyboard.
  const toggle = card.getByText(`Why?`);
  await card.locator('summary').focus();
  await page.keyboard.press('Enter');
  const explained = card.getByRole('list', { name: 'Why this client needs attention' });
  await expect(explained).toBeVisible();
  await expect(explained.getByRole('listitem').first()).toContainText(/\(\d+ points (each|once)\)/);
  await expect(toggle).toBeVisible();

  await card.getByRole('link', { name: 'Priya Nair', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Priya Nair');
  const attention = page.getByTestId('attention-explained');
  await expect(attention.getByRole('img', { name: `Attention score ${score}` })).toBeVisible();
  const lines = attention
    .getByRole('list', { name: 'Why this client needs attention' })
    .getByRole('listitem');
  // One line per reason, each with its points; together they make the score.
  const points = (await lines.allInnerTexts()).map((line) => Number(/^\+(\d+)/.exec(line)![1]));
  expect(points.reduce((sum, value) => sum + value, 0)).toBe(score);

  // Patterns come before the insights; the heatmap and the stage insight carry the caseload's figures.
  const patterns = await page.getByRole('heading', { level: 2, name: 'Patterns' }).boundingBox();
  const insightsTop = await page.getByRole('heading', { level: 2, name: 'Insights' }).boundingBox();
  expect(patterns!.y).toBeLessThan(insightsTop!.y);
  await expect(page.getByText(/its share across the caseload \(\d+ clients, \d+ rejections\)/)).toBeVisible();
  const baseline = await apiAs<{
    rejectionBaseline: { recentStages: { stage: string; share: number }[] };
  }>(context, 'query($id: ID!) { rejectionBaseline(clientId: $id) { recentStages { stage share } } }', {
    id: page.url().split('/').pop()!.split('?')[0],
  });
  const finalShare =
    baseline.rejectionBaseline.recentStages.find((row) => row.stage === 'FINAL_ROUND')?.share ?? 0;
  const insight = page.getByTestId('insight').filter({ hasText: 'final round' });
  await expect(insight.getByRole('heading', { level: 3 })).toContainText(
    /\d+ of \d+ rejections in the last 90 days/,
  );
  await expect(insight.getByTestId('insight-baseline')).toHaveText(
    `Across the caseload: ${Math.round(finalShare * 100)}% of rejections in the same 90 days came at this stage.`,
  );
  // No insight text carries an ISO date.
  for (const text of await page.getByTestId('insight').getByRole('heading', { level: 3 }).allInnerTexts()) {
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  }

  // The dismiss dialog: the reason above, Cancel as tall as the action beside it.
  await insight.getByRole('button', { name: 'Dismiss' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Reason')).toBeVisible();
  const cancel = await dialog.getByRole('button', { name: 'Cancel' }).boundingBox();
  const confirm = await dialog.getByRole('button', { name: 'Dismiss insight' }).boundingBox();
  expect(Math.abs(cancel!.height - confirm!.height)).toBeLessThanOrEqual(2);
  expect(Math.abs(cancel!.y - confirm!.y)).toBeLessThanOrEqual(2);
  await snap(page, info, 'dismiss-dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await snap(page, info, 'client-page-explained');
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSeriousA11yViolations(page);
  await snap(page, info, 'client-page-phone');
});

test('(f) keyboard reordering keeps focus on the moved plan item', async ({ page }) => {
  await signIn(page, DEMO.coach);
  await page.goto(`/app/${DEMO.org}/caseload?q=Priya`);
  await page.getByRole('link', { name: 'Priya Nair', exact: true }).click();
  await page.getByRole('link', { name: 'Open the plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Improvement plan');
  const items = page.getByTestId('plan-item');
  const addItem = page.locator('section[aria-labelledby="add-item-title"]');
  const moved = `Call two former colleagues ${stamp}`;
  for (const title of [`Update the portfolio ${stamp}`, `Book a mock panel ${stamp}`, moved]) {
    const count = await items.count();
    await addItem.getByLabel('What to do').fill(title);
    await addItem.getByRole('button', { name: 'Add item' }).click();
    await expect(items).toHaveCount(count + 1);
  }
  const positionOf = async (title: string) =>
    (await items.getByRole('heading', { level: 3 }).allInnerTexts()).indexOf(title);
  const up = page.getByRole('button', { name: `Move “${moved}” up` });
  const focused = page.locator(':focus');
  await up.focus();
  // Twice from the keyboard: after each move the focus is still on the moved item, so it keeps moving.
  for (const step of [1, 2]) {
    const before = await positionOf(moved);
    await page.keyboard.press('Enter');
    await expect.poll(() => positionOf(moved)).toBe(before - 1);
    await expect(focused, `after move ${step}`).toHaveAttribute(
      'aria-label',
      new RegExp(`^Move “${moved}” (up|down)$`),
    );
  }
  // The item's actions stay on one line beside its title at desktop width.
  const actions = items.filter({ hasText: moved }).getByRole('button', { name: 'Edit' });
  const moveBox = await up.boundingBox();
  const editBox = await actions.boundingBox();
  expect(Math.abs(moveBox!.y - editBox!.y)).toBeLessThanOrEqual(4);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSeriousA11yViolations(page);
});

test('(g) on a phone the menu is whole and the caseload shows a client on its first screen', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, DEMO.coach);
  await page.goto(`/app/${DEMO.org}/caseload`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Caseload');
  await expect(page.getByTestId('caseload-entry').first()).toBeInViewport();
  const links = page.getByRole('navigation', { name: 'Organization' }).getByRole('link');
  expect(await links.count()).toBeGreaterThan(3);
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  await snap(page, info, 'caseload-phone-first-screen');
  await expectNoSeriousA11yViolations(page);

  // The folded filters open and still narrow the list.
  await page.getByText('Filter the caseload').click();
  await page.getByLabel('Search by name or email').fill('Hannah');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('heading', { name: '1 client' })).toBeVisible();
  await expect(page.getByLabel('Search by name or email')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('(h) email notifications switch to a daily digest and stay so', async ({ page }, info) => {
  await signIn(page, DEMO.coach);
  await page.goto(`/app/${DEMO.org}/notifications`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notifications');
  const settings = page.getByRole('group', { name: 'Notification emails' });
  await expect(settings.getByLabel('As things happen')).toBeChecked();
  await settings.getByLabel('One daily digest').check();
  await page.getByRole('button', { name: 'Save email frequency' }).click();
  await expect(page.getByText('Notification emails now come as one daily digest.')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Notification emails' }).getByLabel('One daily digest'),
  ).toBeChecked();
  await snap(page, info, 'email-frequency');
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSeriousA11yViolations(page);
});

test('(i) the members page says how its count relates to the caseload’s', async ({ page }) => {
  await signIn(page, 'owner@demo.rebound.test');
  await page.goto(`/app/${DEMO.org}/caseload`);
  const caseloadCount = Number(
    (await page.getByRole('heading', { name: /^\d+ clients?$/ }).innerText()).split(' ')[0],
  );
  await page.goto(`/app/${DEMO.org}/settings/members`);
  await expect(page.getByRole('heading', { name: /^Members with an account \(\d+\)$/ })).toBeVisible();
  await expect(page.getByTestId('members-count-note')).toContainText(
    `The caseload counts ${caseloadCount} clients (active and paused)`,
  );
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSeriousA11yViolations(page);
});
