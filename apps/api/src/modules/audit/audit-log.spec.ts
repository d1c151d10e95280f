import { withClient } from '@rebound/dev-postgres';
import { StripeStandIn } from '@rebound/testing';
import {
  asMember,
  assignCoach,
  insertOrganization,
  SeededOrganization,
  sessionTokenFor,
} from '../../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TEST_SERVICE_KEY, TestApi } from '../../../test/test-api.js';
import { postWebhook, stripeEnv } from '../../../test/billing-fixture.js';
import { hashPassword } from '../identity/password.js';

interface Entry {
  id: string;
  createdAt: string;
  actorKind: string;
  actorUserId: string | null;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string | null;
  targetLabel: string;
  metadata: string;
  clientAddress: string | null;
  requestId: string | null;
}
interface Page {
  auditLog: {
    edges: { cursor: string; node: Entry }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

const AUDIT_LOG = `query($filter: AuditLogFilterInput, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id createdAt actorKind actorUserId actorName action targetType targetId targetLabel
                          metadata clientAddress requestId } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;
const AUDIT_CSV = `query($filter: AuditLogFilterInput) { auditLogCsv(filter: $filter) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { session { sessionId } } }`;
const PASSWORD = 'a long enough password 42';

describe('the audit log', () => {
  let standIn: StripeStandIn;
  let api: TestApi;
  let org: SeededOrganization;
  let other: SeededOrganization;
  const as: Record<string, Record<string, string>> = {};
  let otherOwner: Record<string, string>;
  const memberIds: Record<string, string> = {};

  const sign = async (o: SeededOrganization, email: string) =>
    asMember(await sessionTokenFor(api.database.ownerUrl, o.userIds[email], TEST_AUTH_SECRET), o.slug);

  async function entries(headers = as.owner, filter: Record<string, unknown> = {}): Promise<Entry[]> {
    const result = await api.graphql<Page>(AUDIT_LOG, { filter, first: 100 }, headers);
    expect(result.errors).toBeUndefined();
    return result.data!.auditLog.edges.map((edge) => edge.node);
  }
  const actions = async () => (await entries()).map((entry) => entry.action);
  const entryCount = () =>
    withClient(api.database.ownerUrl, async (db) => {
      const { rows } = await db.query('SELECT count(*)::int AS n FROM audit_log_entries');
      return rows[0].n as number;
    });

  beforeAll(async () => {
    standIn = await StripeStandIn.start();
    api = await startTestApi(stripeEnv(standIn));
    org = await insertOrganization(api.database.ownerUrl, {
      name: 'Ledger Careers',
      slug: 'ledger',
      kind: 'staffing_agency',
      members: [
        { email: 'owner@ledger.test', role: 'owner' },
        { email: 'admin@ledger.test', role: 'admin' },
        { email: 'coach@ledger.test', role: 'coach' },
        { email: 'client@ledger.test', role: 'client' },
      ],
    });
    await assignCoach(
      api.database.ownerUrl,
      org.id,
      org.userIds['coach@ledger.test'],
      org.userIds['client@ledger.test'],
    );
    other = await insertOrganization(api.database.ownerUrl, {
      name: 'Other Ledger',
      slug: 'other-ledger',
      members: [{ email: 'owner@other-ledger.test', role: 'owner' }],
    });
    for (const role of ['owner', 'admin', 'coach', 'client']) {
      as[role] = await sign(org, `${role}@ledger.test`);
    }
    otherOwner = await sign(other, 'owner@other-ledger.test');
    const members = await api.graphql<{ members: { edges: { node: { id: string; email: string } }[] } }>(
      '{ members(first: 50) { edges { node { id email } } } }',
      {},
      as.owner,
    );
    for (const { node } of members.data!.members.edges) memberIds[node.email] = node.id;
  });
  afterAll(async () => {
    await api.close();
    await standIn.close();
  });

  it('starts empty', async () => {
    const result = await api.graphql<Page>(AUDIT_LOG, { first: 10 }, as.owner);
    expect(result.data?.auditLog).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 0,
    });
  });

  it('records a role change with who, what, the target as named then, the address and the request id', async () => {
    const changed = await api.graphql(
      'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }',
      { input: { memberId: memberIds['coach@ledger.test'], role: 'ADMIN' } },
      {
        ...as.owner,
        'x-request-id': 'audit-test-request-1',
        'x-rebound-service-key': TEST_SERVICE_KEY,
        'x-rebound-client-ip': '203.0.113.50',
      },
    );
    expect(changed.errors).toBeUndefined();
    const [entry] = await entries();
    expect(entry).toEqual({
      id: expect.any(String),
      createdAt: expect.any(String),
      actorKind: 'USER',
      actorUserId: org.userIds['owner@ledger.test'],
      actorName: 'owner',
      action: 'MEMBER_ROLE_CHANGED',
      targetType: 'member',
      targetId: memberIds['coach@ledger.test'],
      targetLabel: 'coach',
      metadata: expect.any(String),
      clientAddress: '203.0.113.50',
      requestId: 'audit-test-request-1',
    });
    expect(JSON.parse(entry.metadata)).toEqual({ from: 'coach', to: 'admin', email: 'coach@ledger.test' });
    // Back to coach for the rest of the file: a second entry.
    await api.graphql(
      'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }',
      { input: { memberId: memberIds['coach@ledger.test'], role: 'COACH' } },
      as.owner,
    );
    expect(await actions()).toEqual(['MEMBER_ROLE_CHANGED', 'MEMBER_ROLE_CHANGED']);
  });

  it('takes the client address from the header only with the service key', async () => {
    await api.graphql(
      'mutation($input: SetMemberStatusInput!) { setMemberStatus(input: $input) { status } }',
      { input: { memberId: memberIds['admin@ledger.test'], status: 'DISABLED' } },
      { ...as.owner, 'x-rebound-client-ip': '198.51.100.66' },
    );
    await api.graphql(
      'mutation($input: SetMemberStatusInput!) { setMemberStatus(input: $input) { status } }',
      { input: { memberId: memberIds['admin@ledger.test'], status: 'ACTIVE' } },
      as.owner,
    );
    const statusChanges = await entries(as.owner, { action: 'MEMBER_STATUS_CHANGED' });
    expect(statusChanges.map((entry) => JSON.parse(entry.metadata).to)).toEqual(['active', 'disabled']);
    expect(statusChanges.map((entry) => entry.clientAddress)).not.toContain('198.51.100.66');
  });

  it('records invitations sent, resent, revoked and accepted', async () => {
    const invite = (email: string) =>
      api.graphql<{ inviteMember: { id: string } }>(
        'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
        { input: { email, role: 'COACH' } },
        as.owner,
      );
    const first = (await invite('first@elsewhere.test')).data!.inviteMember.id;
    await api.graphql('mutation($id: ID!) { resendInvitation(id: $id) { id } }', { id: first }, as.owner);
    await api.graphql('mutation($id: ID!) { revokeInvitation(id: $id) { id } }', { id: first }, as.owner);

    // The invited person already has an account (in another organization) and accepts while signed in.
    const joiner = await insertOrganization(api.database.ownerUrl, {
      name: 'Joiner Home',
      slug: 'joiner-home',
      members: [{ email: 'joiner@elsewhere.test', role: 'owner' }],
    });
    const second = (await invite('joiner@elsewhere.test')).data!.inviteMember.id;
    const mail = await withClient(api.database.ownerUrl, async (db) => {
      const { rows } = await db.query(
        `SELECT text_body AS text FROM email_outbox WHERE to_address = 'joiner@elsewhere.test' ORDER BY created_at DESC LIMIT 1`,
      );
      return rows[0].text as string;
    });
    const token = /\/invitations\/([\w-]+)/.exec(mail)![1];
    const accepted = await api.graphql(
      'mutation($token: String!) { acceptInvitation(token: $token) { slug } }',
      { token },
      asMember(
        await sessionTokenFor(
          api.database.ownerUrl,
          joiner.userIds['joiner@elsewhere.test'],
          TEST_AUTH_SECRET,
        ),
      ),
    );
    expect(accepted.errors).toBeUndefined();

    const invitations = (await entries()).filter((entry) => entry.targetType === 'invitation');
    expect(
      invitations.map((entry) => [entry.action, entry.targetId, entry.targetLabel, entry.actorName]),
    ).toEqual([
      ['INVITATION_ACCEPTED', second, 'joiner@elsewhere.test', 'joiner'],
      ['INVITATION_SENT', second, 'joiner@elsewhere.test', 'owner'],
      ['INVITATION_REVOKED', first, 'first@elsewhere.test', 'owner'],
      ['INVITATION_RESENT', first, 'first@elsewhere.test', 'owner'],
      ['INVITATION_SENT', first, 'first@elsewhere.test', 'owner'],
    ]);
    // The organization the joiner came from sees nothing of it.
    const home = await entries(
      asMember(
        await sessionTokenFor(
          api.database.ownerUrl,
          joiner.userIds['joiner@elsewhere.test'],
          TEST_AUTH_SECRET,
        ),
        'joiner-home',
      ),
    );
    expect(home).toEqual([]);
  });

  it('records every export: candidates, import problems, analytics and a client’s own data', async () => {
    const csv = await api.graphql<{ candidatesCsv: string }>('{ candidatesCsv }', {}, as.coach);
    expect(csv.errors).toBeUndefined();
    const created = await api.graphql<{ createCandidateImport: { id: string } }>(
      'mutation($input: CreateCandidateImportInput!) { createCandidateImport(input: $input) { id } }',
      { input: { fileName: 'spring.csv', csv: 'Name,Email\nNo Email,\n' } },
      as.coach,
    );
    const importId = created.data!.createCandidateImport.id;
    const problems = await api.graphql(
      'query($id: ID!) { candidateImportIssuesCsv(importId: $id) }',
      { id: importId },
      as.coach,
    );
    expect(problems.errors).toBeUndefined();
    const analytics = await api.graphql(
      'query($range: AnalyticsRangeInput) { organizationAnalyticsExport(range: $range) { from to } }',
      { range: { from: '2026-01-01', to: '2026-03-31' } },
      as.coach,
    );
    expect(analytics.errors).toBeUndefined();
    // The page itself is no export.
    await api.graphql('{ organizationAnalytics { from } }', {}, as.coach);
    const myData = await api.graphql('{ myData }', {}, as.client);
    expect(myData.errors).toBeUndefined();

    const exports = (await entries()).filter((entry) => entry.action.startsWith('EXPORT_'));
    expect(exports.map((entry) => [entry.action, entry.actorName, entry.targetLabel])).toEqual([
      ['EXPORT_CLIENT_DATA', 'client', 'client'],
      ['EXPORT_ANALYTICS', 'coach', 'Analytics 2026-01-01 – 2026-03-31 (CSV)'],
      ['EXPORT_IMPORT_PROBLEMS', 'coach', 'spring.csv'],
      ['EXPORT_CANDIDATES', 'coach', 'Candidates (CSV)'],
    ]);
  });

  it('records deletion requests, their confirmation and the deletion itself', async () => {
    expect((await api.graphql('mutation { requestDeletion { id } }', {}, as.client)).errors).toBeUndefined();
    expect((await api.graphql('mutation { withdrawDeletionRequest }', {}, as.client)).errors).toBeUndefined();
    const again = await api.graphql<{ requestDeletion: { id: string } }>(
      'mutation { requestDeletion { id } }',
      {},
      as.client,
    );
    const confirmed = await api.graphql(
      'mutation($id: ID!) { confirmDeletionRequest(id: $id) }',
      { id: again.data!.requestDeletion.id },
      as.admin,
    );
    expect(confirmed.errors).toBeUndefined();
    const made = await api.graphql<{ createClient: { id: string } }>(
      'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
      { input: { name: 'Short Stay' } },
      as.owner,
    );
    const deleted = await api.graphql(
      'mutation($id: ID!) { deleteClient(id: $id) }',
      { id: made.data!.createClient.id },
      as.owner,
    );
    expect(deleted.errors).toBeUndefined();

    const recorded = (await entries()).filter(
      (entry) =>
        ['deletion_request', 'client'].includes(entry.targetType) && !entry.action.startsWith('EXPORT_'),
    );
    expect(recorded.map((entry) => [entry.action, entry.actorName, entry.targetLabel])).toEqual([
      ['CLIENT_DELETED', 'owner', 'Short Stay'],
      ['CLIENT_DELETED', 'admin', 'client'],
      ['DELETION_REQUEST_CONFIRMED', 'admin', 'client'],
      ['DELETION_REQUESTED', 'client', 'client'],
      ['DELETION_REQUEST_WITHDRAWN', 'client', 'client'],
      ['DELETION_REQUESTED', 'client', 'client'],
    ]);
  });

  it('records billing: checkout and portal started by the owner, subscription changes reported by Stripe', async () => {
    const checkout = await api.graphql<{ startCheckout: { url: string } }>(
      'mutation($input: StartCheckoutInput!) { startCheckout(input: $input) { url } }',
      { input: { plan: 'AGENCY' } },
      as.owner,
    );
    expect(checkout.errors).toBeUndefined();
    const subscription = standIn.completeCheckout(checkout.data!.startCheckout.url.split('/').at(-1)!);
    const event = standIn.event('customer.subscription.created', subscription);
    expect((await postWebhook(api.url, standIn, event)).status).toBe(200);
    // The same event again changes nothing and records nothing.
    await postWebhook(api.url, standIn, event);
    const portal = await api.graphql('mutation { openBillingPortal { url } }', {}, as.owner);
    expect(portal.errors).toBeUndefined();

    const billing = (await entries()).filter((entry) => entry.action.startsWith('BILLING_'));
    expect(billing.map((entry) => [entry.action, entry.actorKind, entry.actorName])).toEqual([
      ['BILLING_PORTAL_OPENED', 'USER', 'owner'],
      ['BILLING_SUBSCRIPTION_CHANGED', 'STRIPE', 'Stripe'],
      ['BILLING_CHECKOUT_STARTED', 'USER', 'owner'],
    ]);
    const change = JSON.parse(billing[1].metadata);
    expect(change).toMatchObject({
      after: { status: 'trialing', plan: 'agency', subscriptionId: subscription.id },
      before: { status: null, plan: null, subscriptionId: null },
      eventType: 'customer.subscription.created',
    });
    expect(billing[1].actorUserId).toBeNull();
  });

  it('records a sign-in from a new device in every organization of the user, and not a known device', async () => {
    await withClient(api.database.ownerUrl, async (db) => {
      await db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [
        org.userIds['admin@ledger.test'],
        await hashPassword(PASSWORD),
      ]);
    });
    const signIn = (ip: string, agent: string) =>
      api.graphql(
        SIGN_IN,
        { input: { email: 'admin@ledger.test', password: PASSWORD } },
        {
          'x-rebound-service-key': TEST_SERVICE_KEY,
          'x-rebound-client-ip': ip,
          'x-rebound-client-agent': agent,
        },
      );
    const newDevice = () => entries(as.owner, { action: 'SIGN_IN_NEW_DEVICE' });
    // The test fixture's session has no device: the first real sign-in is already from a new one.
    expect((await signIn('192.0.2.10', 'Firefox/140')).errors).toBeUndefined();
    expect(await newDevice()).toHaveLength(1);
    expect((await signIn('192.0.2.10', 'Firefox/140')).errors).toBeUndefined();
    expect(await newDevice()).toHaveLength(1);
    expect((await signIn('192.0.2.77', 'Safari/19')).errors).toBeUndefined();
    const recorded = await newDevice();
    expect(recorded).toHaveLength(2);
    expect(recorded[0]).toMatchObject({
      actorName: 'admin',
      actorUserId: org.userIds['admin@ledger.test'],
      targetType: 'member',
      targetId: memberIds['admin@ledger.test'],
      clientAddress: '192.0.2.77',
    });
    expect(JSON.parse(recorded[0].metadata)).toMatchObject({ userAgent: 'Safari/19' });
    // A wrong password opens no session and records nothing.
    await api.graphql(
      SIGN_IN,
      { input: { email: 'admin@ledger.test', password: 'not the password at all' } },
      {
        'x-rebound-service-key': TEST_SERVICE_KEY,
        'x-rebound-client-ip': '192.0.2.99',
        'x-rebound-client-agent': 'Edge/1',
      },
    );
    expect(await newDevice()).toHaveLength(2);
  });

  it('writes no entry when the action fails', async () => {
    const before = await entryCount();
    // The last owner cannot stop being one.
    const demoted = await api.graphql(
      'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }',
      { input: { memberId: memberIds['owner@ledger.test'], role: 'ADMIN' } },
      as.owner,
    );
    expect(demoted.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', problem: 'LAST_OWNER' });
    const duplicate = await api.graphql(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
      { input: { email: 'coach@ledger.test', role: 'COACH' } },
      as.owner,
    );
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', problem: 'ALREADY_MEMBER' });
    expect((await api.graphql('{ candidatesCsv }', {}, as.client)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await entryCount()).toBe(before);
  });

  it('pages newest first with stable cursors and filters by action, actor and time', async () => {
    const all = await entries();
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof api.graphql<Page>>> = await api.graphql<Page>(
        AUDIT_LOG,
        { first: 4, after },
        as.owner,
      );
      expect(page.data!.auditLog.totalCount).toBe(all.length);
      seen.push(...page.data!.auditLog.edges.map((edge) => edge.node.id));
      if (!page.data!.auditLog.pageInfo.hasNextPage) break;
      after = page.data!.auditLog.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((entry) => entry.id));
    const times = all.map((entry) => new Date(entry.createdAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const byClient = await entries(as.owner, { actorId: org.userIds['client@ledger.test'] });
    expect(new Set(byClient.map((entry) => entry.actorName))).toEqual(new Set(['client']));
    expect(byClient.length).toBeGreaterThanOrEqual(4);
    const middle = all[Math.floor(all.length / 2)];
    const older = await entries(as.owner, { to: middle.createdAt });
    expect(older.every((entry) => new Date(entry.createdAt) < new Date(middle.createdAt))).toBe(true);
    const newer = await entries(as.owner, { from: middle.createdAt });
    expect(older.length + newer.length).toBe(all.length);

    const backwards = await api.graphql(
      AUDIT_LOG,
      { filter: { from: '2026-06-02T00:00:00Z', to: '2026-06-01T00:00:00Z' } },
      as.owner,
    );
    expect(backwards.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'filter.to', code: 'END_BEFORE_START', message: 'The end must come after the start.' },
      ],
    });
    const forged = await api.graphql(AUDIT_LOG, { after: 'not-a-cursor' }, as.owner);
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports the filtered log as safe CSV, and records the export', async () => {
    const result = await api.graphql<{ auditLogCsv: string }>(
      AUDIT_CSV,
      { filter: { action: 'MEMBER_ROLE_CHANGED' } },
      as.admin,
    );
    expect(result.errors).toBeUndefined();
    const lines = result
      .data!.auditLogCsv.replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'time_utc,actor,actor_user_id,action,target_type,target_id,target,details,client_address,request_id',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('member.role_changed');
    const [latest] = await entries();
    expect(latest).toMatchObject({ action: 'EXPORT_AUDIT_LOG', actorName: 'admin', targetType: 'audit_log' });
    expect(JSON.parse(latest.metadata)).toEqual({ rows: 2, filter: { action: 'member.role_changed' } });
  });

  it('is for owners and admins only', async () => {
    for (const role of ['coach', 'client']) {
      expect((await api.graphql(AUDIT_LOG, {}, as[role])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await api.graphql(AUDIT_CSV, {}, as[role])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await api.graphql(AUDIT_LOG, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never shows one organization the entries of another', async () => {
    const others = await entries(otherOwner);
    expect(others).toEqual([]);
    const naming = await api.graphql(AUDIT_LOG, {}, { ...otherOwner, 'x-rebound-org': 'ledger' });
    expect(naming.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const csv = await api.graphql<{ auditLogCsv: string }>(AUDIT_CSV, {}, otherOwner);
    expect(csv.data!.auditLogCsv).not.toContain('ledger.test');
    expect(
      csv
        .data!.auditLogCsv.replace(/^\uFEFF/, '')
        .trim()
        .split('\n'),
    ).toHaveLength(1);
  });

  it('is append-only in the database: the API role can neither change nor remove an entry', async () => {
    const attempt = (sql: string) =>
      withClient(api.database.appUrl, async (db) => {
        await db.query('BEGIN');
        await db.query(`SELECT set_config('app.org_id', $1, true)`, [org.id]);
        try {
          await db.query(sql);
          return 'done';
        } catch (error) {
          return (error as { code?: string }).code;
        } finally {
          await db.query('ROLLBACK');
        }
      });
    expect(await attempt(`UPDATE audit_log_entries SET actor_name = 'someone else'`)).toBe('42501');
    expect(await attempt('DELETE FROM audit_log_entries')).toBe('42501');
    expect(await attempt('TRUNCATE audit_log_entries')).toBe('42501');
    expect(await attempt(`SELECT purge_audit_log(1)`)).toBe('22023');
    // Not even the schema owner, outside the retention purge.
    const asOwner = await withClient(api.database.ownerUrl, async (db) => {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [org.id]);
      try {
        await db.query(`UPDATE audit_log_entries SET actor_name = 'someone else'`);
        return 'done';
      } catch (error) {
        return (error as Error).message;
      } finally {
        await db.query('ROLLBACK');
      }
    });
    expect(asOwner).toBe('audit log entries are never changed or removed');
  });
});
