import { withClient } from '@rebound/dev-postgres';
import { asMember, insertOrganization, SeededOrganization, sessionTokenFor } from '../../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TEST_SERVICE_KEY, TestApi } from '../../../test/test-api.js';

const INVITE = `mutation Invite($input: InviteMemberInput!) {
  inviteMember(input: $input) { id email role status invitedByName }
}`;
const service = { 'x-rebound-service-key': TEST_SERVICE_KEY, 'x-rebound-client-ip': '203.0.113.50' };

describe('invitations', () => {
  let api: TestApi;
  let org: SeededOrganization;
  let owner: Record<string, string>;
  let coach: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    org = await insertOrganization(api.database.ownerUrl, {
      name: 'Northwind Coaching',
      slug: 'northwind',
      members: [
        { email: 'owner@northwind.test', role: 'owner' },
        { email: 'coach@northwind.test', role: 'coach' },
      ],
    });
    owner = asMember(
      await sessionTokenFor(api.database.ownerUrl, org.userIds['owner@northwind.test'], TEST_AUTH_SECRET),
      'northwind',
    );
    coach = asMember(
      await sessionTokenFor(api.database.ownerUrl, org.userIds['coach@northwind.test'], TEST_AUTH_SECRET),
      'northwind',
    );
  });
  afterAll(() => api.close());

  async function latestLinkTo(email: string): Promise<string> {
    const outbox = await api.graphql<{ devOutbox: { to: string; text: string }[] }>(
      '{ devOutbox(first: 20) { to text } }',
    );
    const mail = outbox.data!.devOutbox.find((entry) => entry.to === email)!;
    return /\/invitations\/(\S+)/.exec(mail.text)![1];
  }

  it('lets an owner invite a coach, who opens the link, creates an account and becomes a member', async () => {
    const invited = await api.graphql(
      INVITE,
      { input: { email: 'New.Coach@Example.com', role: 'COACH' } },
      owner,
    );
    expect(invited.data).toEqual({
      inviteMember: {
        id: expect.any(String),
        email: 'new.coach@example.com',
        role: 'COACH',
        status: 'PENDING',
        invitedByName: 'owner',
      },
    });
    const token = await latestLinkTo('new.coach@example.com');

    const preview = await api.graphql(
      `query($t: String!) { invitation(token: $t) { organization { name } email role status accountExists } }`,
      { t: token },
    );
    expect(preview.data).toEqual({
      invitation: {
        organization: { name: 'Northwind Coaching' },
        email: 'new.coach@example.com',
        role: 'COACH',
        status: 'PENDING',
        accountExists: false,
      },
    });

    const accepted = await api.graphql<{ acceptInvitationWithSignUp: { user: { email: string } } }>(
      `mutation($input: AcceptInvitationWithSignUpInput!) { acceptInvitationWithSignUp(input: $input) { sessionId user { email } } }`,
      { input: { token, name: 'Nia Coach', password: 'a calm and steady voice' } },
      service,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitationWithSignUp.user.email).toBe('new.coach@example.com');

    const members = await api.graphql<{
      members: { totalCount: number; edges: { node: { email: string; role: string } }[] };
    }>('{ members(first: 10) { totalCount edges { node { email role } } } }', {}, owner);
    expect(members.data!.members.edges.map((edge) => edge.node)).toContainEqual({
      email: 'new.coach@example.com',
      role: 'COACH',
    });

    const reused = await api.graphql(
      `mutation($input: AcceptInvitationWithSignUpInput!) { acceptInvitationWithSignUp(input: $input) { sessionId } }`,
      { input: { token, name: 'Someone', password: 'another long passphrase' } },
      service,
    );
    expect(reused.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'INVITATION_ACCEPTED',
      fields: [
        {
          path: 'input.token',
          code: 'INVITATION_ACCEPTED',
          message: 'This invitation was already accepted.',
        },
      ],
    });
  });

  it('gives clear errors for an existing member, a pending invitation, an owner and an invalid email', async () => {
    const member = await api.graphql(
      INVITE,
      { input: { email: 'COACH@northwind.test', role: 'CLIENT' } },
      owner,
    );
    expect(member.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'ALREADY_MEMBER',
      fields: [
        {
          path: 'input.email',
          code: 'ALREADY_MEMBER',
          message: 'This person is already a member of the organization.',
        },
      ],
    });
    await api.graphql(INVITE, { input: { email: 'twice@example.com', role: 'CLIENT' } }, owner);
    const twice = await api.graphql(INVITE, { input: { email: 'twice@example.com', role: 'CLIENT' } }, owner);
    expect(twice.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'INVITATION_PENDING',
      fields: [
        {
          path: 'input.email',
          code: 'INVITATION_PENDING',
          message: 'An invitation to this email is already pending. Resend it instead.',
        },
      ],
    });
    const asOwner = await api.graphql(INVITE, { input: { email: 'boss@example.com', role: 'OWNER' } }, owner);
    expect(asOwner.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'input.role',
          code: 'OWNER_NOT_INVITABLE',
          message: 'Invite as admin, then make them owner.',
        },
      ],
    });
    const invalid = await api.graphql(INVITE, { input: { email: 'not an email', role: 'CLIENT' } }, owner);
    expect(invalid.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.email', code: 'INVALID_EMAIL', message: 'Enter a valid email address.' }],
    });
  });

  it('lets a coach invite clients only', async () => {
    const client = await api.graphql(
      INVITE,
      { input: { email: 'client-of-coach@example.com', role: 'CLIENT' } },
      coach,
    );
    expect(client.errors).toBeUndefined();
    const colleague = await api.graphql(
      INVITE,
      { input: { email: 'colleague@example.com', role: 'COACH' } },
      coach,
    );
    expect(colleague.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('resends with a fresh link (the old one stops working) and revokes', async () => {
    const invited = await api.graphql<{ inviteMember: { id: string } }>(
      INVITE,
      { input: { email: 'resend@example.com', role: 'CLIENT' } },
      owner,
    );
    const id = invited.data!.inviteMember.id;
    const firstToken = await latestLinkTo('resend@example.com');
    await api.graphql('mutation($id: ID!) { resendInvitation(id: $id) { status } }', { id }, owner);
    const secondToken = await latestLinkTo('resend@example.com');
    expect(secondToken).not.toBe(firstToken);
    const old = await api.graphql('query($t: String!) { invitation(token: $t) { status } }', {
      t: firstToken,
    });
    expect(old.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const revoked = await api.graphql(
      'mutation($id: ID!) { revokeInvitation(id: $id) { status } }',
      { id },
      owner,
    );
    expect(revoked.data).toEqual({ revokeInvitation: { status: 'REVOKED' } });
    const preview = await api.graphql('query($t: String!) { invitation(token: $t) { status } }', {
      t: secondToken,
    });
    expect(preview.data).toEqual({ invitation: { status: 'REVOKED' } });
    const resent = await api.graphql(
      'mutation($id: ID!) { resendInvitation(id: $id) { status } }',
      { id },
      owner,
    );
    expect(resent.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'INVITATION_REVOKED',
      fields: [{ path: 'id', code: 'INVITATION_REVOKED', message: 'This invitation was already revoked.' }],
    });
    const accepted = await api.graphql(
      `mutation($input: AcceptInvitationWithSignUpInput!) { acceptInvitationWithSignUp(input: $input) { sessionId } }`,
      { input: { token: secondToken, name: 'Late Comer', password: 'a long enough passphrase' } },
      service,
    );
    expect(accepted.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'INVITATION_REVOKED',
      fields: [
        {
          path: 'input.token',
          code: 'INVITATION_REVOKED',
          message: 'This invitation was withdrawn. Ask for a new one.',
        },
      ],
    });
  });

  it('lets a signed-in user accept an invitation for their own email only', async () => {
    const other = await insertOrganization(api.database.ownerUrl, {
      name: 'Elsewhere',
      slug: 'elsewhere',
      members: [{ email: 'roamer@example.com', role: 'owner' }],
    });
    const roamer = asMember(
      await sessionTokenFor(api.database.ownerUrl, other.userIds['roamer@example.com'], TEST_AUTH_SECRET),
    );
    await api.graphql(INVITE, { input: { email: 'someone-else@example.com', role: 'CLIENT' } }, owner);
    const wrongToken = await latestLinkTo('someone-else@example.com');
    const wrong = await api.graphql(
      'mutation($t: String!) { acceptInvitation(token: $t) { slug } }',
      { t: wrongToken },
      roamer,
    );
    expect(wrong.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await api.graphql(INVITE, { input: { email: 'roamer@example.com', role: 'ADMIN' } }, owner);
    const token = await latestLinkTo('roamer@example.com');
    const accepted = await api.graphql(
      'mutation($t: String!) { acceptInvitation(token: $t) { slug role } }',
      { t: token },
      roamer,
    );
    expect(accepted.data).toEqual({ acceptInvitation: { slug: 'northwind', role: 'ADMIN' } });
    const me = await api.graphql<{ me: { organizations: { slug: string }[] } }>(
      '{ me { organizations { slug } } }',
      {},
      roamer,
    );
    expect(me.data!.me.organizations.map((o) => o.slug)).toEqual(['elsewhere', 'northwind']);
  });

  it('accepts an invitation whatever organization the request names', async () => {
    const other = await insertOrganization(api.database.ownerUrl, {
      name: 'Harbour',
      slug: 'harbour',
      members: [{ email: 'sailor@example.com', role: 'owner' }],
    });
    const token = await sessionTokenFor(
      api.database.ownerUrl,
      other.userIds['sailor@example.com'],
      TEST_AUTH_SECRET,
    );
    const ACCEPT = 'mutation($t: String!) { acceptInvitation(token: $t) { slug role } }';

    await api.graphql(INVITE, { input: { email: 'sailor@example.com', role: 'COACH' } }, owner);
    const fromOwnOrganization = await api.graphql(
      ACCEPT,
      { t: await latestLinkTo('sailor@example.com') },
      asMember(token, 'harbour'),
    );
    expect(fromOwnOrganization.data).toEqual({ acceptInvitation: { slug: 'northwind', role: 'COACH' } });

    const third = await insertOrganization(api.database.ownerUrl, {
      name: 'Lighthouse',
      slug: 'lighthouse',
      members: [{ email: 'keeper@lighthouse.test', role: 'owner' }],
    });
    const keeper = asMember(
      await sessionTokenFor(api.database.ownerUrl, third.userIds['keeper@lighthouse.test'], TEST_AUTH_SECRET),
      'lighthouse',
    );
    await api.graphql(INVITE, { input: { email: 'sailor@example.com', role: 'ADMIN' } }, keeper);
    // Naming the very organization it invites to, which the viewer does not belong to yet.
    const naming = await api.graphql(
      ACCEPT,
      { t: await latestLinkTo('sailor@example.com') },
      asMember(token, 'lighthouse'),
    );
    expect(naming.data).toEqual({ acceptInvitation: { slug: 'lighthouse', role: 'ADMIN' } });
  });

  it('turns an existing account that accepts a client invitation into a client record', async () => {
    const other = await insertOrganization(api.database.ownerUrl, {
      name: 'Drift',
      slug: 'drift',
      members: [{ email: 'drifter@example.com', role: 'owner' }],
    });
    const drifter = asMember(
      await sessionTokenFor(api.database.ownerUrl, other.userIds['drifter@example.com'], TEST_AUTH_SECRET),
    );
    await api.graphql(INVITE, { input: { email: 'drifter@example.com', role: 'CLIENT' } }, coach);
    const token = await latestLinkTo('drifter@example.com');
    const accepted = await api.graphql(
      'mutation($t: String!) { acceptInvitation(token: $t) { slug role } }',
      { t: token },
      drifter,
    );
    expect(accepted.data).toEqual({ acceptInvitation: { slug: 'northwind', role: 'CLIENT' } });
    const clients = await api.graphql<{
      clients: { edges: { node: { name: string; hasAccount: boolean } }[] };
    }>(
      '{ clients(first: 20, filter: { search: "drifter" }) { edges { node { name hasAccount } } } }',
      {},
      coach,
    );
    expect(clients.data!.clients.edges.map((edge) => edge.node)).toEqual([
      { name: 'drifter', hasAccount: true },
    ]);
  });

  it('sends nothing when the invitation fails: the outbox write rolls back with it', async () => {
    const count = () =>
      withClient(
        api.database.ownerUrl,
        async (client) => (await client.query('SELECT count(*)::int AS n FROM email_outbox')).rows[0].n,
      );
    const before = await count();
    await api.graphql(INVITE, { input: { email: 'coach@northwind.test', role: 'CLIENT' } }, owner);
    expect(await count()).toBe(before);
  });
});
