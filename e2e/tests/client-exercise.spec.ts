import { expect, test } from '../fixtures.js';
import { apiSession, CLIENT_EMAIL, COACH_EMAIL, demoClientId, signIn, WORKSPACE } from '../demo.js';
import { expectHydrated } from '../support/hydration.js';
import { snap } from '../support/screenshot.js';

// Journey (b): the coach assigns "First look after a rejection" (over the API: the coach's pages are not
// part of this work); the client starts it, leaves, comes back to the saved draft, submits it, and then
// reads the coach's comment.
test('a client does an assigned exercise across two visits and submits it', async ({ page, browser }) => {
  const shot = (name: string) => snap(page, test.info(), name);
  const coach = await apiSession(browser, COACH_EMAIL);
  const clientId = await demoClientId(coach);
  const dueOn = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const { assignExercise } = await coach.graphql<{ assignExercise: { id: string }[] }>(
    `mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }`,
    { input: { templateId: 'builtin:first-look', clientIds: [clientId], dueOn } },
  );
  const exerciseId = assignExercise[0].id;
  const exerciseUrl = `${WORKSPACE}/exercises/${exerciseId}`;

  // First visit: from the workspace's next steps, start answering; autosave keeps it.
  await signIn(page, CLIENT_EMAIL);
  await page.goto(WORKSPACE);
  const step = page.locator(`a[href="${exerciseUrl}"]`);
  await expect(step).toContainText('First look after a rejection');
  await expect(step).toContainText('This week');
  await step.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('First look after a rejection');
  // The answers are React state: a click before the form has hydrated would be undone by hydration.
  const form = page
    .locator('form')
    .filter({ has: page.getByRole('button', { name: 'Submit to your coach' }) });
  await expectHydrated(form);
  const feeling = page.getByRole('group', { name: /How are you feeling about it right now\?/ });
  // The radio itself is visually hidden (a 1 px box): a person clicks its label, the number shown.
  await feeling.locator('label', { hasText: /^2$/ }).click();
  await expect(feeling.getByLabel('2', { exact: true })).toBeChecked();
  await page
    .getByLabel(/^In a few sentences, what happened\?/)
    .fill('The final round was with the VP; it ended after a week.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible();
  await shot('exercise-first-visit');

  // Away, and back: the draft is there, and the exercise is in progress.
  await page.goto(WORKSPACE);
  await page.goto(`${WORKSPACE}/exercises`);
  const listed = page.getByRole('listitem').filter({ has: page.locator(`a[href="${exerciseUrl}"]`) });
  await expect(listed).toContainText('In progress');
  await listed.getByRole('link').click();
  await expect(page.getByLabel(/^In a few sentences, what happened\?/)).toHaveValue(
    'The final round was with the VP; it ended after a week.',
  );
  await expect(feeling.getByLabel('2', { exact: true })).toBeChecked();
  await expectHydrated(form);

  // Submitting with required answers missing marks them; nothing typed is lost.
  await page.getByRole('button', { name: 'Submit to your coach' }).click();
  await expect(page.getByRole('alert')).toHaveText('Some answers are missing. They are marked below.');
  await expect(page.getByText('Answer this question before you submit.')).toHaveCount(3);
  await expect(page.getByLabel(/^In a few sentences, what happened\?/)).toHaveValue(
    'The final round was with the VP; it ended after a week.',
  );

  await page
    .getByRole('group', { name: /How far did you get\?/ })
    .getByLabel('Final round')
    .check();
  await page.getByLabel(/^Where did it go well\?/).fill('I explained the roadmap trade-offs clearly.');
  await page
    .getByLabel(/^Where, if anywhere, did it start to go off track\?/)
    .fill('I had no questions ready for the VP.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible();
  await page.getByRole('button', { name: 'Submit to your coach' }).click();
  await expect(page.getByText('Submitted. Your coach will have a look.')).toBeVisible();
  await shot('exercise-submitted');

  // The coach reviews it with a comment; the client reads it.
  const { exerciseAssignment } = await coach.graphql<{
    exerciseAssignment: { status: string; version: number; answers: { promptKey: string }[] };
  }>('query($id: ID!) { exerciseAssignment(id: $id) { status version answers { promptKey } } }', {
    id: exerciseId,
  });
  expect(exerciseAssignment.status).toBe('SUBMITTED');
  expect(exerciseAssignment.answers.map((answer) => answer.promptKey).sort()).toEqual([
    'feeling',
    'off_track',
    'stage_reached',
    'went_well',
    'what_happened',
  ]);
  await coach.graphql(`mutation($input: ReviewExerciseInput!) { reviewExercise(input: $input) { id } }`, {
    input: {
      id: exerciseId,
      version: exerciseAssignment.version,
      comment: 'Honest and clear. Let us prepare three questions for senior people next week.',
    },
  });
  await coach.close();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your coach’s comment' })).toBeVisible();
  await expect(page.getByText('Let us prepare three questions for senior people next week.')).toBeVisible();
  await expect(page.getByText('Reviewed', { exact: true })).toBeVisible();
  await shot('exercise-reviewed');
});
