import { createHmac } from 'node:crypto';
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import nodemailer from 'nodemailer';
import {
  caseloadOrganization,
  CaseloadOrg,
  CREATE_CLIENT,
  linkClientAccount,
} from '../../../test/caseload-fixture.js';
import { startTestApi, TestApi } from '../../../test/test-api.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Within the SMTP test ports given to this area (4375–4379). */
const SMTP_PORT = Number(process.env.INBOUND_TEST_SMTP_PORT ?? 4375);
const WEBHOOK_SECRET = 'inbound-webhook-secret-0123456789abcdef';
const MAX_BYTES = 8192;
const DRAFTS = `{ myForwardedEmails { id fromAddress subject suggestion { isRejection company { value } role { value } reason { value phrase confidence } } } }`;

const REJECTION = `Hi Sam,

Thank you for interviewing for the Data Analyst position at Brightwell Group. Unfortunately the position has been filled by an internal candidate.

Kind regards,
Maria
Brightwell Group`;

describe('forwarding a rejection email to a private address', () => {
  let api: TestApi;
  let o: CaseloadOrg;
  let address: string;
  const smtp = nodemailer.createTransport({
    host: '127.0.0.1',
    port: SMTP_PORT,
    secure: false,
    ignoreTLS: true,
  });
  const warnings: unknown[] = [];

  beforeAll(async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(message);
    });
    api = await startTestApi({
      INBOUND_SMTP_PORT: String(SMTP_PORT),
      INBOUND_WEBHOOK_SECRET: WEBHOOK_SECRET,
      INBOUND_MAX_BYTES: String(MAX_BYTES),
    });
    o = await caseloadOrganization(api, 'fwd');
    const clientId = (await api.graphql<Data>(CREATE_CLIENT, { input: { name: 'Sam Forward' } }, o.as.coach))
      .data!.createClient.id;
    await linkClientAccount(api.database.ownerUrl, o.org.id, clientId, o.memberIds.client);
    const result = await api.graphql<Data>('{ myForwardingAddress }', {}, o.as.client);
    expect(result.errors).toBeUndefined();
    address = result.data!.myForwardingAddress;
  });
  afterAll(async () => {
    smtp.close();
    await api.close();
    jest.restoreAllMocks();
  });

  const drafts = async () =>
    (await api.graphql<Data>(DRAFTS, {}, o.as.client)).data!.myForwardedEmails as Data[];
  const lastWarning = () => warnings[warnings.length - 1] as Data;

  it('gives each client one private address, the same every time, and none to a coach', async () => {
    expect(address).toMatch(/^fwd\+[a-z0-9]{24}@inbound\.rebound\.localhost$/);
    expect(
      (await api.graphql<Data>('{ myForwardingAddress }', {}, o.as.client)).data!.myForwardingAddress,
    ).toBe(address);
    const coach = await api.graphql<Data>('{ myForwardingAddress }', {}, o.as.coach);
    expect(coach.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('turns an email the client forwards over SMTP into a draft with what Rebound read in it, once', async () => {
    const message = {
      from: 'Sam Forward <client@fwd.test>',
      to: address,
      subject: 'Fwd: Your application for Data Analyst',
      text: REJECTION,
      messageId: '<rejection-1@mail.example>',
    };
    await smtp.sendMail(message);
    await smtp.sendMail(message);
    const [draft, ...more] = await drafts();
    expect(more).toEqual([]);
    expect(draft).toMatchObject({
      fromAddress: 'client@fwd.test',
      subject: 'Fwd: Your application for Data Analyst',
      suggestion: {
        isRejection: true,
        company: { value: 'Brightwell Group' },
        role: { value: 'Data Analyst' },
        reason: { value: 'INTERNAL_CANDIDATE' },
      },
    });
    expect(draft.suggestion.reason.confidence).not.toBe('NONE');
  });

  it('refuses mail from anyone but the client, with a logged reason', async () => {
    await expect(
      smtp.sendMail({ from: 'someone@else.test', to: address, subject: 'Hi', text: REJECTION }),
    ).rejects.toMatchObject({ responseCode: 550 });
    expect(lastWarning()).toMatchObject({
      event: 'inbound_email_refused',
      reason: 'unknown_sender',
      via: 'smtp',
    });
    expect(await drafts()).toHaveLength(1);
  });

  it('refuses an address that does not exist', async () => {
    await expect(
      smtp.sendMail({
        from: 'client@fwd.test',
        to: 'fwd+aaaaaaaaaaaaaaaaaaaaaaaa@inbound.rebound.localhost',
        text: REJECTION,
      }),
    ).rejects.toMatchObject({ responseCode: 550 });
    expect(lastWarning()).toMatchObject({ reason: 'unknown_address' });
  });

  it('refuses an email without a text part, and one over the size limit', async () => {
    await expect(
      smtp.sendMail({
        from: 'client@fwd.test',
        to: address,
        subject: 'HTML only',
        html: '<p>No thanks.</p>',
      }),
    ).rejects.toMatchObject({ responseCode: 550 });
    expect(lastWarning()).toMatchObject({ reason: 'no_text' });
    await expect(
      smtp.sendMail({
        from: 'client@fwd.test',
        to: address,
        subject: 'Big',
        text: 'x'.repeat(MAX_BYTES * 2),
      }),
    ).rejects.toMatchObject({ responseCode: 552 });
    expect(lastWarning()).toMatchObject({ reason: 'too_large' });
    expect(await drafts()).toHaveLength(1);
  });

  it('takes emails from the provider webhook when they are signed with the secret', async () => {
    const post = (body: string, signature: string) =>
      fetch(`${api.url}/webhooks/inbound-email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-rebound-signature': signature },
        body,
      });
    const body = JSON.stringify({
      to: address,
      from: 'client@fwd.test',
      subject: 'Update on your application',
      text: 'Hi Sam,\n\nWe have decided to go in a different direction for the Product Owner role.\n\nBest,\nJo\nTandemly',
      messageId: '<webhook-1@provider.example>',
    });
    const signed = `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex')}`;
    expect((await post(body, 'sha256=forged')).status).toBe(401);
    const response = await post(body, signed);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ accepted: true, duplicate: false });
    const all = await drafts();
    expect(all.map((draft) => draft.suggestion.reason.value)).toEqual([
      'DIFFERENT_DIRECTION',
      'INTERNAL_CANDIDATE',
    ]);
  });

  it('lets the client dismiss a draft, and nobody else', async () => {
    const [newest] = await drafts();
    const dismiss = 'mutation($id: ID!) { dismissForwardedEmail(id: $id) }';
    const other = await api.graphql<Data>(dismiss, { id: newest.id }, o.as['other-client']);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      (await api.graphql<Data>(dismiss, { id: newest.id }, o.as.client)).data!.dismissForwardedEmail,
    ).toBe(true);
    expect((await drafts()).map((draft) => draft.id)).not.toContain(newest.id);
  });
});
