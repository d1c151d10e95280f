import { expect, test, type Locator, type Page } from '../fixtures.js';
import { CLIENT_EMAIL, DEMO_PASSWORD, expectAccessible, WORKSPACE } from '../demo.js';
import { snap } from '../support/screenshot.js';

/**
 * "I got a rejection", email first: from signed out to a recorded rejection (for a company with no
 * application yet), the feedback request sent and the next step accepted. The budget is twelve
 * interactions; the test counts every click and every field it fills, and fails over budget.
 */
const BUDGET = 12;

// A whole journey and its checks, on a machine other work may be loading: the budget is in interactions, not time.
test.describe.configure({ timeout: 180_000 });

/** Clicks and fields, counted; waiting and reading the page are not interactions. */
class Interactions {
  count = 0;
  async click(target: Locator) {
    this.count += 1;
    await target.click();
  }
  async fill(target: Locator, value: string) {
    this.count += 1;
    await target.fill(value);
  }
}

/** A company name no earlier run used: capitalised letters only, as companies are written. */
function newCompany(): string {
  const letters = Date.now()
    .toString(26)
    .split('')
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 26)))
    .join('');
  return `Q${letters} Analytics`;
}

function rejectionEmail(company: string) {
  return `Hi Priya,

Thank you for completing the take-home exercise for the Data Engineer role at ${company}. The team enjoyed reading it, but we are looking for someone with more hands-on experience with Kubernetes, so unfortunately we will not be moving forward.

Best regards,
Mara
${company}`;
}

async function journey(page: Page, company: string) {
  const act = new Interactions();
  const shot = (name: string) => snap(page, test.info(), name);

  // Signed out, signing in as the demo client opens their workspace.
  await page.goto('/sign-in');
  await act.fill(page.getByLabel('Email'), CLIENT_EMAIL);
  await act.fill(page.getByLabel('Password', { exact: true }), DEMO_PASSWORD);
  await act.click(page.getByRole('button', { name: 'Sign in', exact: true }));
  await expect(page).toHaveURL(new RegExp(`${WORKSPACE}$`));

  // The entry point is in the workspace navigation (and on the home page).
  const nav = page.getByRole('navigation', { name: 'Your workspace' });
  await act.click(nav.getByRole('link', { name: 'I got a rejection' }));
  await expect(page).toHaveURL(new RegExp(`${WORKSPACE}/rejections/new$`));
  const paste = page.getByRole('textbox', { name: 'The email you received' });
  await expect(paste).toBeFocused();
  await act.fill(paste, rejectionEmail(company));
  await act.click(page.getByRole('button', { name: 'Read the email' }));

  // What was read, with the words it came from; no application at this company, so a new one.
  await expect(page.getByRole('heading', { name: 'Check what Rebound read' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Which application was it?' })).toHaveCount(0);
  await expect(page.getByLabel('Company')).toHaveValue(company);
  await expect(page.getByLabel('Role')).toHaveValue('Data Engineer');
  await expect(page.getByLabel('How far did you get?')).toHaveValue('TECHNICAL_ASSESSMENT');
  await expect(page.getByLabel('Company')).toHaveAccessibleDescription(
    /^From the email: “Thank you for completing the take-home exercise/,
  );
  await expect(page.getByLabel('How far did you get?')).toHaveAccessibleDescription(
    'From the same words of the email, quoted above.',
  );
  await expect(page.getByLabel('The reason, as the email gives it')).toHaveAccessibleDescription(
    /^From the email: “(but )?we are looking for someone with more hands-on experience with Kubernetes/,
  );
  await expect(page.getByLabel('The reason, as the email gives it')).toHaveValue('MISSING_SKILL');
  await expect(page.getByLabel('Which skill did they mention?')).toHaveValue('Kubernetes');
  // The applied date is asked, never assumed; nothing of the email is in the address.
  const applied = page.getByLabel('When did you apply?');
  await expect(applied).toHaveValue('');
  expect(page.url()).not.toContain('Kubernetes');
  await shot('email-first-confirm');
  const heard = await page.getByLabel('When did you hear back?').inputValue();
  const appliedOn = new Date(`${heard}T00:00:00Z`);
  appliedOn.setUTCDate(appliedOn.getUTCDate() - 20);
  await act.fill(applied, appliedOn.toISOString().slice(0, 10));
  await act.click(page.getByRole('button', { name: 'Record the rejection' }));

  // The guided flow goes on from the check-in; the first look can wait.
  const progress = page.getByRole('navigation', { name: 'Progress' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`After the “no” from ${company}`);
  await expect(progress).toContainText('Step 3 of 6');
  expect(page.url()).not.toMatch(/Kubernetes|take-home/i);
  await act.click(page.getByRole('button', { name: 'Skip for now' }));
  await expect(progress).toContainText('Step 4 of 6');
  await act.click(page.getByRole('button', { name: 'Skip for now' }));

  // Asking for feedback: a person wrote, so "yes" comes chosen with the message ready.
  await expect(progress).toContainText('Step 5 of 6');
  await expect(page.getByLabel('Yes, I will ask')).toBeChecked();
  await expect(page.getByLabel('Your message (edit it as you like)')).toHaveValue(
    new RegExp(`Data Engineer role at ${company}`),
  );
  await act.click(page.getByRole('button', { name: 'I have sent it' }));

  // The next step for a missing skill, named, accepted in one click.
  await expect(progress).toContainText('Step 6 of 6');
  const offer = page.getByRole('region', { name: 'One step that fits this rejection' });
  await expect(offer).toContainText('They mentioned Kubernetes');
  await expect(offer).toContainText('Close the gap in Kubernetes');
  await act.click(offer.getByRole('button', { name: 'Yes, add it' }));
  await expect(offer.getByText('Added. You will find it in your exercises and your plan.')).toBeVisible();
  await shot('email-first-done');

  expect(act.count).toBeLessThanOrEqual(BUDGET);
  test.info().annotations.push({ type: 'interactions', description: String(act.count) });
  console.log(`${test.info().title}: ${act.count} interactions`);

  // Checked after the count: the request is sent and shows its message; the exercise and plan item exist.
  await page.goto(`${WORKSPACE}/feedback`);
  const card = page.locator('article').filter({ hasText: company });
  await expect(card.getByText('Sent, waiting', { exact: true })).toBeVisible();
  await card.getByText('The message you sent').click();
  await expect(card).toContainText(`Data Engineer role at ${company}`);
  await page.goto(`${WORKSPACE}/plan`);
  await expect(page.getByText('Close the gap in Kubernetes').first()).toBeVisible();
  return act.count;
}

test('email first: a rejection from a new company, feedback asked and next step taken in twelve interactions', async ({
  page,
}) => {
  await journey(page, newCompany());
  await page.goto(`${WORKSPACE}/rejections/new`);
  await expectAccessible(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('email first at 390×844, within the same budget and without sideways scrolling', async ({ page }) => {
    await journey(page, newCompany());
    await page.goto(`${WORKSPACE}/rejections/new`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('an invitation pasted by mistake stops the flow and offers to move the application', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(CLIENT_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${WORKSPACE}$`));
  await page.goto(`${WORKSPACE}/rejections/new`);
  const company = newCompany();
  await page
    .getByLabel('The email you received')
    .fill(
      `Hi Priya,\n\nGreat news: we would like to invite you to a second interview for the Analyst role at ${company}. Could you send your availability for next week?\n\nBest,\nSam\n${company}`,
    );
  await page.getByRole('button', { name: 'Read the email' }).click();
  await expect(
    page.getByRole('heading', { name: 'Good news: this reads as an invitation, not a rejection' }),
  ).toBeVisible();
  await expect(page.getByText('Nothing was recorded as a rejection.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'It is a rejection: continue' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add it as an application' })).toBeVisible();
});
