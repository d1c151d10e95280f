import { withClient } from '@rebound/dev-postgres';
import { asMember } from '../../../test/fixtures.js';
import { startTestApi, TEST_SERVICE_KEY, TestApi } from '../../../test/test-api.js';
import { encode } from '@auth/core/jwt';
import { TEST_AUTH_SECRET } from '../../../test/test-api.js';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { sessionId expiresAt user { id email name } }
}`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { sessionId user { id email } } }`;
const ME = `{ me { id email organizations { slug name kind role } } }`;

function service(ip = '203.0.113.7') {
  return { 'x-rebound-service-key': TEST_SERVICE_KEY, 'x-rebound-client-ip': ip };
}

async function tokenOf(session: { sessionId: string; user: { id: string } }) {
  return encode({
    token: { sub: session.user.id, sid: session.sessionId },
    secret: TEST_AUTH_SECRET,
    salt: 'authjs.session-token',
  });
}

describe('accounts and sessions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const signUpInput = {
    name: 'Ana Lima',
    email: 'Ana.Lima@Example.com',
    password: 'a long and quiet river',
    organizationName: 'Lima Career Studio',
    organizationKind: 'COACHING_PRACTICE',
  };

  it('signs up a user, their organization and their owner membership in one go', async () => {
    const result = await api.graphql<{ signUp: { sessionId: string; user: { id: string; email: string } } }>(
      SIGN_UP,
      { input: signUpInput },
      service(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.signUp.user.email).toBe('ana.lima@example.com');

    const me = await api.graphql(ME, {}, asMember(await tokenOf(result.data!.signUp)));
    expect(me.data).toEqual({
      me: {
        id: result.data!.signUp.user.id,
        email: 'ana.lima@example.com',
        organizations: [
          {
            slug: 'lima-career-studio',
            name: 'Lima Career Studio',
            kind: 'COACHING_PRACTICE',
            role: 'OWNER',
          },
        ],
      },
    });
  });

  it('refuses a second account for the same email, whatever its case, and writes nothing', async () => {
    const before = await countRows(api, 'organizations');
    const result = await api.graphql(
      SIGN_UP,
      { input: { ...signUpInput, email: 'ANA.LIMA@example.com', organizationName: 'Other' } },
      service(),
    );
    expect(result.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      fields: [
        { path: 'input.email', message: 'An account with this email already exists. Sign in instead.' },
      ],
    });
    expect(await countRows(api, 'organizations')).toBe(before);
  });

  it.each([
    [{ password: 'short' }, 'input.password', 'Use at least 10 characters.'],
    [
      { email: 'marcus@example.com', password: 'marcus-rules-forever' },
      'input.password',
      'Choose a password that does not contain your email address.',
    ],
    [{ email: 'not-an-email' }, 'input.email', 'Enter a valid email address.'],
    [{ name: '' }, 'input.name', 'Enter your name.'],
  ])('answers BAD_USER_INPUT naming the field for %p', async (change, path, message) => {
    const result = await api.graphql(
      SIGN_UP,
      { input: { ...signUpInput, email: 'new@example.com', ...change } },
      service(),
    );
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ path, message }] });
  });

  it('takes signed-out account operations from the web server only (service key)', async () => {
    const result = await api.graphql(SIGN_IN, { input: { email: 'ana.lima@example.com', password: 'x' } });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('signs in with the right password, case-insensitively by email', async () => {
    const result = await api.graphql(
      SIGN_IN,
      { input: { email: 'ANA.lima@example.com', password: signUpInput.password } },
      service(),
    );
    expect(result.errors).toBeUndefined();
  });

  it('throttles the 6th wrong password for one email with a "try again in N minutes" message', async () => {
    const attempt = () =>
      api.graphql(
        SIGN_IN,
        { input: { email: 'ana.lima@example.com', password: 'wrong password!' } },
        service('198.51.100.1'),
      );
    for (let i = 0; i < 5; i += 1) {
      const result = await attempt();
      expect(result.errors?.[0].message).toBe('Email or password is incorrect.');
    }
    const sixth = await attempt();
    expect(sixth.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(sixth.errors?.[0].message).toMatch(/^Too many attempts\. Try again in 1[45] minutes\.$/);
    // even the right password waits out the window
    const right = await api.graphql(
      SIGN_IN,
      { input: { email: 'ana.lima@example.com', password: signUpInput.password } },
      service(),
    );
    expect(right.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('ends a session on sign-out: the old token is UNAUTHENTICATED on the next call', async () => {
    const session = await api.graphql<{ signUp: { sessionId: string; user: { id: string } } }>(
      SIGN_UP,
      { input: { ...signUpInput, email: 'leaving@example.com', organizationName: 'Leaving Ltd' } },
      service(),
    );
    const token = await tokenOf(session.data!.signUp);
    const headers = asMember(token);
    const me = await api.graphql<{ me: { organizations: { slug: string }[] } }>(ME, {}, headers);
    const inOrganization = asMember(token, me.data!.me.organizations[0].slug);
    const CLIENTS = '{ clients(first: 1) { totalCount } }';
    expect((await api.graphql(CLIENTS, {}, inOrganization)).data).toEqual({ clients: { totalCount: 0 } });
    expect((await api.graphql('mutation { signOut }', {}, headers)).data).toEqual({ signOut: true });
    expect((await api.graphql('mutation { signOut }', {}, headers)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await api.graphql(ME, {}, headers)).data).toEqual({ me: null });
    // Naming the organization changes nothing: the ended session opens no tenant.
    expect((await api.graphql(CLIENTS, {}, inOrganization)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('ends every session of the user with sign-out everywhere', async () => {
    const first = await api.graphql<{ signIn: { sessionId: string; user: { id: string } } }>(
      SIGN_IN,
      { input: { email: 'leaving@example.com', password: signUpInput.password } },
      service('192.0.2.10'),
    );
    const second = await api.graphql<{ signIn: { sessionId: string; user: { id: string } } }>(
      SIGN_IN,
      { input: { email: 'leaving@example.com', password: signUpInput.password } },
      service('192.0.2.10'),
    );
    const laptop = asMember(await tokenOf(first.data!.signIn));
    const phone = asMember(await tokenOf(second.data!.signIn));
    expect((await api.graphql('mutation { signOutEverywhere }', {}, laptop)).data).toEqual({
      signOutEverywhere: true,
    });
    expect((await api.graphql('mutation { signOut }', {}, phone)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('resets a password by a single-use emailed link and signs out every session', async () => {
    const signedIn = await api.graphql<{ signIn: { sessionId: string; user: { id: string } } }>(
      SIGN_IN,
      { input: { email: 'leaving@example.com', password: signUpInput.password } },
      service('192.0.2.11'),
    );
    const oldSession = asMember(await tokenOf(signedIn.data!.signIn));
    const unknown = await api.graphql(
      'mutation { requestPasswordReset(input: { email: "nobody@example.com" }) }',
      {},
      service(),
    );
    expect(unknown.data).toEqual({ requestPasswordReset: true });
    await api.graphql(
      'mutation { requestPasswordReset(input: { email: "Leaving@example.com" }) }',
      {},
      service(),
    );

    const outbox = await api.graphql<{ devOutbox: { to: string; subject: string; text: string }[] }>(
      '{ devOutbox(first: 5) { to subject text } }',
    );
    const mail = outbox.data!.devOutbox.find((email) => email.subject === 'Reset your Rebound password')!;
    expect(mail.to).toBe('leaving@example.com');
    expect(outbox.data!.devOutbox.some((email) => email.to === 'nobody@example.com')).toBe(false);
    const token = new URL(/http\S+/.exec(mail.text)![0]).searchParams.get('token')!;

    const RESET = 'mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) }';
    const reset = await api.graphql(
      RESET,
      { input: { token, password: 'a brand new passphrase' } },
      service(),
    );
    expect(reset.data).toEqual({ resetPassword: true });
    const again = await api.graphql(
      RESET,
      { input: { token, password: 'yet another passphrase' } },
      service(),
    );
    expect(again.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.token', message: 'This reset link is invalid or has expired. Ask for a new one.' },
    ]);
    expect((await api.graphql('mutation { signOut }', {}, oldSession)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const withNew = await api.graphql(
      SIGN_IN,
      { input: { email: 'leaving@example.com', password: 'a brand new passphrase' } },
      service('192.0.2.12'),
    );
    expect(withNew.errors).toBeUndefined();
  });

  it('refuses a disabled user at once, even with a valid token', async () => {
    const session = await api.graphql<{ signUp: { sessionId: string; user: { id: string } } }>(
      SIGN_UP,
      { input: { ...signUpInput, email: 'banned@example.com', organizationName: 'Banned Co' } },
      service(),
    );
    const headers = asMember(await tokenOf(session.data!.signUp));
    await withClient(api.database.ownerUrl, (client) =>
      client.query('UPDATE users SET disabled_at = now() WHERE id = $1', [session.data!.signUp.user.id]),
    );
    expect(
      (await api.graphql('mutation { signOutEverywhere }', {}, headers)).errors?.[0].extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });
});

async function countRows(api: TestApi, table: string): Promise<number> {
  return withClient(api.database.ownerUrl, async (client) => {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${table}`);
    return rows[0].n;
  });
}
