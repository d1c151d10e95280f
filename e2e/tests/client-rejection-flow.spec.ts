import { expect, test } from '../fixtures.js';
import { snap } from '../support/screenshot.js';
import {
  apiSession,
  CLIENT_EMAIL,
  COACH_EMAIL,
  demoClientId,
  expectAccessible,
  signIn,
  WORKSPACE,
} from '../demo.js';

// Journey (a): the demo client adds an application, moves it along the board (by keyboard and by
// dragging), closes it as rejected, and walks the whole guided flow; the coach then sees the rejection
// and the feedback request. Each run makes its own company name, so reruns never collide.
const company = `Lighthouse Analytics ${Date.now().toString(36)}`;
const EMAIL = `Dear Priya,

Thank you for taking the time to interview with us for the Product Manager role at ${company}. After careful consideration, we have decided to move forward with another candidate whose experience more closely matches our needs.

We wish you the best in your search.

Kind regards,
The hiring team`;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a client closes an application as rejected and walks the whole guided flow', async ({
  page,
  browser,
}) => {
  const shot = (name: string) => snap(page, test.info(), name);
  await signIn(page, CLIENT_EMAIL);
  await page.getByRole('link', { name: 'My workspace' }).first().click();
  await expect(page).toHaveURL(new RegExp(`${WORKSPACE}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Priya Nair');
  await expect(page.getByRole('heading', { name: 'Next steps' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How it is going' })).toBeVisible();
  await shot('workspace-home');

  // Add the application.
  await page.getByRole('link', { name: 'Add an application' }).click();
  await page.getByRole('button', { name: 'Add application' }).click();
  await expect(page.getByText('Enter the company name.')).toBeVisible();
  await page.getByLabel('Company').fill(company);
  await page.getByLabel('Role').fill('Product Manager');
  await page.getByLabel('How did you find it?').selectOption('REFERRAL');
  await page.getByRole('button', { name: 'Add application' }).click();
  await expect(page).toHaveURL(new RegExp(`${WORKSPACE}/applications$`));
  const card = page.locator('li[data-application-id]').filter({ hasText: company });
  await expect(page.locator('section[data-stage="APPLIED"]').filter({ has: card })).toBeVisible();

  // By keyboard: the card's "Move to" menu.
  await page.getByRole('combobox', { name: `Move ${company} to` }).selectOption('SCREENING');
  await page.getByRole('button', { name: `Move ${company}`, exact: true }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `${company} moved to Screening.` })).toBeVisible();
  await expect(page.locator('section[data-stage="SCREENING"]').filter({ has: card })).toBeVisible();

  // By dragging it to the Interview column, with the mouse as a person would: press on the card,
  // move over the column (twice, so the browser sends dragover), release.
  const interview = page.locator('section[data-stage="INTERVIEW"]');
  await card.getByRole('heading', { name: company }).hover();
  await page.mouse.down();
  await interview.hover({ position: { x: 40, y: 60 } });
  await interview.hover({ position: { x: 60, y: 90 } });
  await page.mouse.up();
  await expect(
    page.getByRole('status').filter({ hasText: `${company} moved to Interview, round 1.` }),
  ).toBeVisible();
  await expect(page.locator('section[data-stage="INTERVIEW"]').filter({ has: card })).toBeVisible();
  await shot('tracker-board');

  await page.getByRole('link', { name: 'Table' }).click();
  await expect(page).toHaveURL(/\?view=table$/);
  await expect(page.getByRole('row', { name: new RegExp(company) })).toContainText('Interview, round 1');
  await shot('tracker-table');
  await page.getByRole('link', { name: 'Board' }).click();
  await expect(page).toHaveURL(/\?view=board$/);
  await expect(page.getByRole('region', { name: 'Applications by stage' })).toBeVisible();

  // Closing as rejected starts the guided flow.
  await page.getByRole('combobox', { name: `Move ${company} to` }).selectOption('REJECTED');
  await page.getByRole('button', { name: `Move ${company}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`After the “no” from ${company}`);
  const progress = page.getByRole('navigation', { name: 'Progress' });
  await expect(progress).toContainText('Step 1 of 6');

  // 1. Paste the email.
  await page.getByLabel('The email you received').fill(EMAIL);
  await shot('flow-1-email');
  await page.getByRole('button', { name: 'Read it and continue' }).click();

  // 2. What happened: the email's suggestion is filled in; a bad date is refused, nothing typed is lost.
  await expect(progress).toContainText('Step 2 of 6');
  await expect(
    page.getByText('From the email: “we have decided to move forward with another candidate'),
  ).toBeVisible();
  const reason = page.getByLabel('The reason, as you heard it');
  await expect(reason).toHaveValue('BETTER_QUALIFIED_CANDIDATE');
  await expect(page.getByLabel('How far did you get?')).toHaveValue('FIRST_INTERVIEW');
  const heard = page.getByLabel('When did you hear back?');
  const today = await heard.inputValue();
  await heard.fill('');
  await page.getByLabel('The employer said no').check();
  await page.getByRole('button', { name: 'Record the rejection' }).click();
  await expect(page.getByText('Enter the date you heard, like 2026-11-30.')).toBeVisible();
  await expect(reason).toHaveValue('BETTER_QUALIFIED_CANDIDATE');
  await expect(page.getByLabel('The employer said no')).toBeChecked();
  await heard.fill(today);
  await shot('flow-2-details');
  await page.getByRole('button', { name: 'Record the rejection' }).click();

  // 3. Check-in: required.
  await expect(progress).toContainText('Step 3 of 6');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText('Choose a number from 1 to 5.')).toBeVisible();
  await page.getByLabel('4 · Hard').check();
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // 4. First look: a draft survives a reload (as it would a closed tab); a missing answer is refused.
  await expect(progress).toContainText('Step 4 of 6');
  await page
    .getByLabel('In a few sentences, what happened?')
    .fill('Two good rounds, then a short final call.');
  await page.reload();
  await expect(page.getByText('We restored what you had typed before.')).toBeVisible();
  await expect(page.getByLabel('In a few sentences, what happened?')).toHaveValue(
    'Two good rounds, then a short final call.',
  );
  await page.getByLabel('Where did it go well?').fill('The case study landed well.');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText('Write where it went off track, or “nothing I can see”.')).toBeVisible();
  await expect(page.getByLabel('Where did it go well?')).toHaveValue('The case study landed well.');
  await page
    .getByLabel('Where, if anywhere, did it start to go off track?')
    .fill('Salary talk came too early.');
  await page
    .getByLabel('What do you think the real reason was? (optional)')
    .selectOption('PRESENTATION_OR_RAPPORT');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // 5. Ask for feedback: template, copy, mailto, and the follow-up scheduled when sent.
  await expect(progress).toContainText('Step 5 of 6');
  await page.getByLabel('Yes, I will ask').check();
  await page.getByLabel('The hiring manager').check();
  await page.getByLabel('Their name (optional)').fill('Dana Reyes');
  await page.getByLabel('Their email (optional, for the email link)').fill('dana@example.com');
  const message = page.getByLabel('Your message (edit it as you like)');
  await expect(message).toHaveValue(/^Hello Dana Reyes,/);
  await expect(message).toHaveValue(new RegExp(`Product Manager role at ${company}`));
  await expect(message).toHaveValue(/is there anything I could do better next time/);
  await message.press('End');
  await message.pressSequentially('\nP.S. Thank you for the kind call.');
  await page.getByRole('button', { name: 'Copy message' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    'P.S. Thank you for the kind call.',
  );
  const mailto = await page.getByRole('link', { name: 'Open in your email app' }).getAttribute('href');
  expect(mailto).toMatch(/^mailto:dana@example\.com\?subject=Thank%20you/);
  expect(decodeURIComponent(mailto!)).toContain('P.S. Thank you for the kind call.');
  await shot('flow-5-feedback');
  await page.getByRole('button', { name: 'I have sent it' }).click();

  // 6. The closing screen: a reframe for how far it went, the follow-up date, the next step.
  await expect(progress).toContainText('Step 6 of 6');
  await expect(page.getByRole('heading', { name: 'Well done for doing this' })).toBeVisible();
  await expect(
    page.getByText('You were invited to interview: out of many applicants, they picked you.'),
  ).toBeVisible();
  await expect(page.getByText(/^We will remind you to follow up with Dana Reyes on /)).toBeVisible();
  await shot('flow-6-done');
  await page.getByRole('link', { name: 'See your feedback requests' }).click();
  await expect(page.getByRole('article').filter({ hasText: company })).toContainText('Sent, waiting');

  // The coach's view of this client (the coach's client page is not part of this work; the coach's own
  // GraphQL session shows what that page would): the new rejection and its feedback request.
  const coach = await apiSession(browser, COACH_EMAIL);
  const clientId = await demoClientId(coach);
  type Seen = {
    rejections: {
      edges: {
        node: {
          stageReached: string;
          effectiveReason: string;
          checkIn: number;
          clientNotes: string;
          clientViewReason: string;
          application: { company: string; stage: string };
          latestFeedbackRequest: {
            status: string;
            recipientName: string;
            recipientRole: string;
            followUpOn: string;
            message: string;
          };
        };
      }[];
    };
  };
  const seen = await coach.graphql<Seen>(
    `query($clientId: ID!) { rejections(first: 20, filter: { clientId: $clientId }) { edges { node {
        stageReached effectiveReason checkIn clientNotes clientViewReason application { company stage }
        latestFeedbackRequest { status recipientName recipientRole followUpOn message } } } } }`,
    { clientId },
  );
  const rejection = seen.rejections.edges
    .map((edge) => edge.node)
    .find((node) => node.application.company === company);
  expect(rejection).toMatchObject({
    stageReached: 'FIRST_INTERVIEW',
    effectiveReason: 'BETTER_QUALIFIED_CANDIDATE',
    clientViewReason: 'PRESENTATION_OR_RAPPORT',
    checkIn: 4,
    application: { company, stage: 'REJECTED' },
    latestFeedbackRequest: { status: 'SENT', recipientName: 'Dana Reyes', recipientRole: 'HIRING_MANAGER' },
  });
  expect(rejection!.clientNotes).toContain('Salary talk came too early.');
  expect(rejection!.latestFeedbackRequest.message).toContain('P.S. Thank you for the kind call.');
  expect(rejection!.latestFeedbackRequest.followUpOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await coach.close();
});

test('workspace, tracker and guided flow pages have no serious or critical accessibility violations', async ({
  page,
}) => {
  await signIn(page, CLIENT_EMAIL);
  await page.goto(WORKSPACE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Priya Nair');
  await expectAccessible(page);

  await page.goto(`${WORKSPACE}/applications`);
  await expect(page.getByRole('region', { name: 'Applications by stage' })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`${WORKSPACE}/applications?view=table`);
  await expect(page.getByRole('table')).toBeVisible();
  await expectAccessible(page);

  // The flow on an application of its own: every step, errors shown included.
  await page.goto(`${WORKSPACE}/applications/new`);
  await page.getByLabel('Company').fill(`Axe Check ${Date.now().toString(36)}`);
  await page.getByLabel('Role').fill('Analyst');
  await page.getByRole('button', { name: 'Add application' }).click();
  await page.getByRole('combobox', { name: /^Move Axe Check/ }).selectOption('REJECTED');
  await page.getByRole('button', { name: /^Move Axe Check/ }).click();
  await expect(page.getByRole('navigation', { name: 'Progress' })).toContainText('Step 1 of 6');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Read it and continue' }).click();
  await page.getByLabel('When did you hear back?').fill('');
  await page.getByRole('button', { name: 'Record the rejection' }).click();
  await expect(page.getByText('Enter the date you heard, like 2026-11-30.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('When did you hear back?').fill(new Date().toISOString().slice(0, 10));
  await page.getByRole('button', { name: 'Record the rejection' }).click();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText('Choose a number from 1 to 5.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('2 · A little').check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expectAccessible(page);
  await page.getByLabel('In a few sentences, what happened?').fill('An automated no.');
  await page.getByLabel('Where did it go well?').fill('I applied quickly.');
  await page.getByLabel('Where, if anywhere, did it start to go off track?').fill('Nothing I can see.');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByLabel('Yes, I will ask').check();
  await expectAccessible(page);
  await page.getByLabel('Not this time').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Well done for doing this' })).toBeVisible();
  await expectAccessible(page);
});
