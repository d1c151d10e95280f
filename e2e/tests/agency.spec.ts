import { expect, test, type Page } from '../fixtures.js';
import { expectAccessible, signIn } from '../demo.js';
import { latestMailTo, linkIn } from '../mail.js';
import { snap } from '../support/screenshot.js';

// The staffing agency's journey on the running product (throwaway database with the demo seed):
// upload a CSV, fix the mapping, read the dry run, import, and watch a candidate's onboarding move the funnel.
const stamp = Date.now();
const AGENCY = '/app/demo-agency/agency';
const OWNER_EMAIL = 'agency@demo.rebound.test';
const candidate = (n: number) => `cand-${stamp}-${n}@example.test`;

/** Candidates who reached a stage of the onboarding funnel, as the dashboard shows it. */
async function reached(page: Page, stage: string): Promise<number> {
  const value = await page
    .getByTestId('onboarding-funnel')
    .locator(`[data-stage="${stage}"]`)
    .getAttribute('data-count');
  return Number(value);
}

test('an agency imports candidates from a CSV, and a candidate onboards from the invitation', async ({
  page,
  browser,
}) => {
  // Generous: the machine running the suite may be busy (each first page load compiles in development).
  test.setTimeout(300_000);
  await signIn(page, OWNER_EMAIL);
  await page.goto('/app/demo-agency');
  await page.getByRole('navigation', { name: 'Organization' }).getByRole('link', { name: 'Agency' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agency dashboard');
  await expect(page.getByRole('row', { name: /Diego Alvarez/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Juniper Software/ })).toBeVisible();
  const acceptedBefore = await reached(page, 'ACCEPTED');
  const completeBefore = await reached(page, 'PROFILE_COMPLETE');
  expect(acceptedBefore).toBeGreaterThan(0);
  await expectAccessible(page);
  await snap(page, test.info(), 'agency-dashboard');

  // Upload: the file calls its email column "Contact", which the suggested mapping does not recognise.
  await page.getByRole('navigation', { name: 'Agency' }).getByRole('link', { name: 'Imports' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import candidates');
  await expectAccessible(page);
  const csv = [
    'Full name,Contact,Desired roles,City,Recruiter',
    `Rosa Lind,${candidate(1)},Data Analyst,Lisbon,recruiter@demo.rebound.test`,
    `Sven Holm,${candidate(2)},QA Engineer,Berlin,recruiter@demo.rebound.test`,
    `Tara Quinn,not-an-email,Payroll Specialist,Porto,`,
    `Umar Said,${candidate(3)},Warehouse Supervisor,Remote,`,
  ].join('\n');
  await page.getByLabel('CSV file').setInputFiles({
    name: `candidates-${stamp}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  // Invitations go out only when asked for.
  const invite = page.getByLabel('Invite the candidates once they are imported');
  await expect(invite).not.toBeChecked();
  await invite.check();
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page).toHaveURL(/\/agency\/imports\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await expect(page.getByRole('cell', { name: candidate(1) })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('0');
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue('');

  // Checking without an email column is refused beside the field; then the owner fixes the mapping.
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByText('Choose the column that holds this.')).toBeVisible();
  await page.getByLabel('Email', { exact: true }).selectOption({ label: 'Contact' });
  await snap(page, test.info(), 'import-mapping');
  await page.getByRole('button', { name: 'Check the rows' }).click();

  // The dry run: three rows are fine, the bad email is reported with its line.
  await expect(page.getByTestId('dry-run-summary')).toHaveText(
    '3 of 4 rows are ready to import; 1 rows have problems (1 problems in all) and will be skipped.',
    { timeout: 30_000 },
  );
  const issue = page.getByRole('table', { name: 'Problems by row' }).getByRole('row').nth(1);
  await expect(issue.getByRole('rowheader')).toHaveText('4');
  await expect(issue.getByRole('cell').first()).toHaveText('Email');
  await expectAccessible(page);
  await snap(page, test.info(), 'import-dry-run');

  // Import, confirmed in a dialog; the progress bar follows the worker (polled) and ends full.
  await page.getByRole('button', { name: 'Import 3 candidates' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import the candidates?' });
  await expect(dialog).toContainText('They are invited by email once the import completes.');
  await dialog.getByRole('button', { name: 'Import 3 candidates' }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await snap(page, test.info(), 'import-progress');
  await expect(
    page.getByText('The import is complete: 4 rows worked through, 3 candidates created, 1 rows skipped.'),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuemax', '4');
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '4');
  await expect(page.getByText('4 of 4 rows worked through')).toBeVisible();
  await snap(page, test.info(), 'import-complete');

  // The candidates page lists them as invited once the worker's invitation batch has run (its own job,
  // after the import): the page is read again until it says so.
  await page.getByRole('link', { name: 'See the candidates' }).click();
  await page.getByLabel('Search by name or email').fill(candidate(1));
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('row', { name: /Rosa Lind/ })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('row', { name: /Rosa Lind/ })).toContainText('Invited', { timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
  await expectAccessible(page);
  await snap(page, test.info(), 'candidates');

  // The invitation arrives by email (sent by the worker in throttled batches).
  const link = linkIn(await latestMailTo(candidate(1), { timeout: 45_000 }), /\/invitations\//);

  // The candidate accepts in a browser of their own and completes the checklist.
  const candidateContext = await browser.newContext();
  const person = await candidateContext.newPage();
  await person.goto(link);
  await person.getByLabel('Your name').fill('Rosa Lind');
  await person.getByLabel('Password', { exact: true }).fill('quiet river morning');
  await person.getByRole('button', { name: /Create account and join/ }).click();
  await expect(person).toHaveURL(/\/app\/demo-agency/);
  await person.goto('/app/demo-agency/me');
  await person
    .getByRole('navigation', { name: 'Your workspace' })
    .getByRole('link', { name: 'Onboarding' })
    .click();
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('Your onboarding checklist');
  const checklist = person.getByTestId('onboarding-checklist');
  // The import filled target roles and locations; availability and consent are still to do.
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Target roles' })).toContainText('Done');
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Consent' })).toContainText('To do');
  await person.getByLabel('Target roles').fill('Data Analyst\nBI Developer');
  await person.getByLabel('Locations').fill('Lisbon, Remote');
  await person.getByLabel('Availability').fill('In two weeks');
  await person.getByLabel('Work authorization').fill('EU citizen');
  await person.getByLabel('I agree to the text above').check();
  await person.getByRole('button', { name: 'Save' }).click();
  await expect(person.getByText('Your checklist is saved.')).toBeVisible();
  await expect(person.getByRole('heading', { name: '4 of 4 steps done' })).toBeVisible();
  await expect(person.getByText('Your profile is complete.', { exact: true })).toBeVisible();
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Consent' })).toContainText('Done');
  await expectAccessible(person);
  await snap(person, test.info(), 'candidate-onboarding');
  await candidateContext.close();

  // The funnel moved: one more candidate accepted and completed the profile.
  await page.goto(AGENCY);
  expect(await reached(page, 'ACCEPTED')).toBe(acceptedBefore + 1);
  expect(await reached(page, 'PROFILE_COMPLETE')).toBe(completeBefore + 1);
  await snap(page, test.info(), 'agency-dashboard-after');
});

test('a recruiter imports a messy file, keeps every candidate, and records what an employer answered', async ({
  page,
}) => {
  // Generous: the machine running the suite may be busy (each first page load compiles in development).
  test.setTimeout(300_000);
  const RECRUITER_EMAIL = 'recruiter@demo.rebound.test';
  const messy = (n: number) => `msy-${stamp}-${n}@example.test`;
  const employer = `Northwind ${stamp}`;
  await signIn(page, RECRUITER_EMAIL);

  // A file with rows naming no recruiter, a bad email and a repeated one.
  await page.goto(`${AGENCY}/imports`);
  const csv = [
    'Name,Email,Recruiter,Roles',
    `Mira Kovač,${messy(1)},,Data Analyst`,
    `Jonas Berg,${messy(2)},${RECRUITER_EMAIL},QA Engineer`,
    `Aiko Tanaka,${messy(3)},,Payroll Specialist`,
    `Léa Moreau,${messy(4)},,`,
    `Bad Row,not-an-email,,`,
    `Mira Again,${messy(1)},,`,
  ].join('\n');
  await expect(page.getByLabel('Invite the candidates once they are imported')).not.toBeChecked();
  await page.getByLabel('CSV file').setInputFiles({
    name: `messy-${stamp}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page).toHaveURL(/\/agency\/imports\/[0-9a-f-]+$/);
  await page.getByRole('button', { name: 'Check the rows' }).click();

  // The dry run says where the rows without a recruiter go, and offers the problems as a file.
  await expect(page.getByTestId('dry-run-summary')).toHaveText(
    '4 of 6 rows are ready to import; 2 rows have problems (2 problems in all) and will be skipped.',
    { timeout: 30_000 },
  );
  await expect(page.getByTestId('unassigned-warning')).toHaveText(
    '3 rows name no recruiter: those candidates will be assigned to Diego Alvarez, who ran this import.',
  );
  const problemsLink = page.getByRole('link', { name: 'Download the problems (CSV)' });
  const problems = await page.request.get((await problemsLink.getAttribute('href'))!);
  expect(problems.headers()['content-type']).toContain('text/csv');
  const problemsText = await problems.text();
  expect(problemsText.startsWith('\uFEFFline,field,problem,code\n')).toBe(true);
  expect(problemsText).toContain(`7,email,${messy(1)} is also on line 2.,duplicate_in_file`);
  await expectAccessible(page);
  await snap(page, test.info(), 'messy-dry-run');

  await page.getByRole('button', { name: 'Import 4 candidates' }).click();
  await page
    .getByRole('dialog', { name: 'Import the candidates?' })
    .getByRole('button', { name: 'Import 4 candidates' })
    .click();
  await expect(
    page.getByText('The import is complete: 6 rows worked through, 4 candidates created, 2 rows skipped.'),
  ).toBeVisible({ timeout: 30_000 });

  // The recruiter sees every imported candidate, then selects them all and invites them.
  await page.getByRole('link', { name: 'See the candidates' }).click();
  await page.getByLabel('Search by name or email').fill(`msy-${stamp}`);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('4 candidates', { exact: true })).toBeVisible();
  for (const name of ['Mira Kovač', 'Jonas Berg', 'Aiko Tanaka', 'Léa Moreau']) {
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Diego Alvarez');
  }
  await page.getByLabel('Select all 4 candidates this list shows, on every page').check();
  await page.getByRole('button', { name: 'Invite selected' }).click();
  await expect(page.getByText('4 invitations are on their way.')).toBeVisible();

  // Submit one of them to an employer.
  await page.getByRole('link', { name: 'Submit to an employer (Mira Kovač)' }).click();
  await page.getByLabel('Employer').fill(employer);
  await page.getByLabel('Role').fill('Data Analyst');
  await page.getByRole('button', { name: 'Record the submission' }).click();
  await expect(page.getByText(`The submission to ${employer} is recorded.`)).toBeVisible();

  // The employer's pattern: one submission, nothing decided yet.
  const pattern = () => page.getByTestId('employer-pattern').filter({ hasText: employer });
  await page.goto(AGENCY);
  await expect(pattern().locator('[data-field="decided"]')).toHaveText('0 of 1');
  await expect(pattern()).toContainText('No decision yet');

  // The board shows it as submitted; the recruiter records an interview, then a rejection with a reason.
  await page.getByRole('navigation', { name: 'Agency' }).getByRole('link', { name: 'Submissions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Submissions');
  await expect(page.getByRole('row', { name: /Mira Kovač/ })).toContainText(employer);
  await page.getByRole('link', { name: 'Board', exact: true }).click();
  await expect(page.getByTestId('board-SUBMITTED')).toContainText('Mira Kovač');
  await expectAccessible(page);
  await page
    .getByTestId('board-SUBMITTED')
    .getByRole('link', { name: /Mira Kovač/ })
    .click();
  await page.getByLabel('What happened').selectOption({ label: 'Interview' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved: Interview, round 1.')).toBeVisible();
  await page.getByLabel('What happened').selectOption({ label: 'Rejected' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Choose why it ended.')).toBeVisible();
  await page.getByLabel('What happened').selectOption({ label: 'Rejected' });
  await page
    .getByLabel('Reason (for a rejection or a withdrawal)')
    .selectOption({ label: 'A skill or experience was missing' });
  await page.getByLabel('Or a new contact’s name').fill('Hana Ito');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved: Rejected. A skill or experience was missing.')).toBeVisible();
  await expectAccessible(page);
  await snap(page, test.info(), 'submission-rejected');

  // The employer's pattern changed: one decided submission, rejected after an interview, with its reason.
  await page.goto(AGENCY);
  await expect(pattern().locator('[data-field="decided"]')).toHaveText('1 of 1');
  await expect(pattern()).toContainText('100%');
  await expect(pattern()).toContainText('First interview: 1');
  await expect(pattern()).toContainText('A skill or experience was missing: 1');
  await snap(page, test.info(), 'employer-pattern');

  // Another organization's download link answers a short coded message, not an error dump.
  const foreign = await page.request.get('/app/demo/agency/candidates.csv');
  expect(foreign.status()).toBe(404);
  expect(await foreign.text()).toMatch(/^NOT_FOUND: This file is not available to you\./);
});
