import { expect, test, type Page } from '../fixtures.js';
import { expectAccessible, signIn } from '../demo.js';

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
  test.setTimeout(180_000);
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
  await page.screenshot({ path: test.info().outputPath('agency-dashboard.png'), fullPage: true });

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
  await page.screenshot({ path: test.info().outputPath('import-mapping.png'), fullPage: true });
  await page.getByRole('button', { name: 'Check the rows' }).click();

  // The dry run: three rows are fine, the bad email is reported with its line.
  await expect(page.getByTestId('dry-run-summary')).toHaveText(
    '3 of 4 rows are ready to import; 1 problems were found.',
    { timeout: 30_000 },
  );
  const issue = page.getByRole('table', { name: 'Problems by row' }).getByRole('row').nth(1);
  await expect(issue.getByRole('rowheader')).toHaveText('4');
  await expect(issue.getByRole('cell').first()).toHaveText('Email');
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('import-dry-run.png'), fullPage: true });

  // Import, confirmed in a dialog; the progress bar follows the worker (polled) and ends full.
  await page.getByRole('button', { name: 'Import 3 candidates' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import the candidates?' });
  await expect(dialog).toContainText('They are invited by email once the import completes.');
  await dialog.getByRole('button', { name: 'Import 3 candidates' }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-progress.png'), fullPage: true });
  await expect(page.getByText('The import is complete: 3 candidates created, 1 rows skipped.')).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuemax', '4');
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '4');
  await expect(page.getByText('4 of 4 rows imported')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-complete.png'), fullPage: true });

  // The candidates page lists them as invited.
  await page.getByRole('link', { name: 'See the candidates' }).click();
  await page.getByLabel('Search by name or email').fill(candidate(1));
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('row', { name: /Rosa Lind/ })).toContainText('Invited');
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('candidates.png'), fullPage: true });

  // The invitation arrives in the development outbox (sent by the worker in throttled batches).
  let link: string | null = null;
  await expect(async () => {
    await page.goto('/dev/mail');
    const email = page
      .getByRole('listitem')
      .filter({ hasText: candidate(1) })
      .first();
    link = await email.getByRole('link', { name: /\/invitations\// }).getAttribute('href', { timeout: 1000 });
    expect(link).toBeTruthy();
  }).toPass({ timeout: 45_000 });

  // The candidate accepts in a browser of their own and completes the checklist.
  const candidateContext = await browser.newContext();
  const person = await candidateContext.newPage();
  await person.goto(link!);
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
  await person.screenshot({ path: test.info().outputPath('candidate-onboarding.png'), fullPage: true });
  await candidateContext.close();

  // The funnel moved: one more candidate accepted and completed the profile.
  await page.goto(AGENCY);
  expect(await reached(page, 'ACCEPTED')).toBe(acceptedBefore + 1);
  expect(await reached(page, 'PROFILE_COMPLETE')).toBe(completeBefore + 1);
  await page.screenshot({ path: test.info().outputPath('agency-dashboard-after.png'), fullPage: true });
});
