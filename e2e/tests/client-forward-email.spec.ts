import { expect, test } from '../fixtures.js';
import nodemailer from 'nodemailer';
import { CLIENT_EMAIL, expectAccessible, signIn, WORKSPACE } from '../demo.js';
import { inboundSmtpPort } from '../ports.js';
import { snap } from '../support/screenshot.js';

// Journey: the demo client forwards a rejection email to their private address over real SMTP, finds it
// waiting in their workspace, and records it through the guided flow. Each run makes its own company name.
const company = `Harbourside Labs ${Date.now().toString(36).toUpperCase()}`;

test.setTimeout(120_000);

test('a client forwards a rejection email over SMTP and records it from their workspace', async ({
  page,
}) => {
  const shot = (name: string) => snap(page, test.info(), name);
  await signIn(page, CLIENT_EMAIL);

  await page.goto(`${WORKSPACE}/applications/new`);
  await page.getByLabel('Company').fill(company);
  await page.getByLabel('Role').fill('Data Engineer');
  await page.getByLabel('How did you find it?').selectOption('DIRECT');
  await page.getByRole('button', { name: 'Add application' }).click();
  await expect(page).toHaveURL(new RegExp(`${WORKSPACE}/applications$`));
  await expect(page.locator('li[data-application-id]').filter({ hasText: company })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Your workspace' })
    .getByRole('link', { name: 'Forwarded emails' })
    .click();
  // The first visit compiles the page in development mode, which takes a while on a busy machine.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forward a rejection email', {
    timeout: 45_000,
  });
  const address = (await page.getByTestId('forwarding-address').textContent())?.trim() ?? '';
  expect(address).toMatch(/^demo\+[a-z0-9]{24}@/);

  const smtp = nodemailer.createTransport({
    host: '127.0.0.1',
    port: inboundSmtpPort,
    secure: false,
    ignoreTLS: true,
  });
  try {
    await smtp.sendMail({
      from: `Priya Nair <${CLIENT_EMAIL}>`,
      to: address,
      subject: 'Fwd: Your application for Data Engineer',
      text: `---------- Forwarded message ---------
From: Talent Team <talent@example.com>
Subject: Your application for Data Engineer

Dear Priya,

Thank you for interviewing for the Data Engineer role at ${company}. Unfortunately the role has been filled by an internal candidate.

Kind regards,
The ${company} Talent Team`,
    });
  } finally {
    smtp.close();
  }

  await page.reload();
  const draft = page.getByRole('article').filter({ hasText: 'Fwd: Your application for Data Engineer' });
  await expect(draft).toBeVisible();
  await expect(draft.getByLabel('Which application is it about?')).toHaveValue(/.+/);
  await expect(draft.getByLabel('Which application is it about?').locator('option:checked')).toHaveText(
    `${company} — Data Engineer`,
  );
  await expectAccessible(page);
  await shot('forwarded-draft');

  await draft.getByRole('button', { name: 'Record this rejection' }).click();
  await expect(page).toHaveURL(/\/rejection\?step=details/);
  // What was read reaches the flow as its labels (the email's words stay out of the address bar).
  await expect(page.getByLabel('The reason, as you heard it')).toHaveValue('INTERNAL_CANDIDATE');
  await shot('forwarded-flow-details');

  await page.goto(`${WORKSPACE}/forwarded`);
  await expect(page.getByRole('heading', { name: 'Nothing forwarded yet' })).toBeVisible();
});
