import { withClient } from '@rebound/dev-postgres';
import { asMember } from '../../../test/fixtures.js';
import { startTestApi, TEST_SERVICE_KEY, TestApi } from '../../../test/test-api.js';
import { encode } from '@auth/core/jwt';
import { TEST_AUTH_SECRET } from '../../../test/test-api.js';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) }`;
const CONFIRM_SIGN_UP = `mutation ConfirmSignUp($token: String!) {
  confirmSignUp(token: $token) { sessionId expiresAt user { id email name } }
}`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { session { sessionId user { id email } } twoFactorChallenge { token } }
}`;
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

  it('signs up a user, their organization and their owner membership from the emailed link', async () => {
    const requested = await api.graphql(SIGN_UP, { input: signUpInput }, service());
    expect(requested.data).toEqual({ signUp: true });
    expect(await countRows(api, 'users')).toBe(0);
    const [mail] = await outboxTo(api, 'ana.lima@example.com', 'Finish creating your Rebound account');
    const token = new URL(/http\S+/.exec(mail)![0]).searchParams.get('token')!;

    const result = await api.graphql<{
      confirmSignUp: { sessionId: string; user: { id: string; email: string } };
    }>(CONFIRM_SIGN_UP, { token }, service());
    expect(result.errors).toBeUndefined();
    expect(result.data!.confirmSignUp.user.email).toBe('ana.lima@example.com');
    // The link works once.
    const again = await api.graphql(CONFIRM_SIGN_UP, { token }, service());
    expect(again.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'token',
          code: 'SIGN_UP_LINK_INVALID',
          message: 'This sign-up link is invalid or has expired. Sign up again.',
        },
      ],
    });

    const me = await api.graphql(ME, {}, asMember(await tokenOf(result.data!.confirmSignUp)));
    expect(me.data).toEqual({
      me: {
        id: result.data!.confirmSignUp.user.id,
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

  it('answers a sign-up for a taken email exactly as a new one, and the email says the rest', async () => {
    const before = await countRows(api, 'organizations');
    const taken = await api.graphql(
      SIGN_UP,
      { input: { ...signUpInput, email: 'ANA.LIMA@example.com', organizationName: 'Other' } },
      service(),
    );
    const fresh = await api.graphql(
      SIGN_UP,
      { input: { ...signUpInput, email: 'someone.new@example.com', organizationName: 'Other' } },
      service(),
    );
    const answer = (result: typeof taken) => ({ status: result.status, body: [result.data, result.errors] });
    expect(answer(taken)).toEqual(answer(fresh));
    expect(answer(taken)).toEqual({ status: 200, body: [{ signUp: true }, undefined] });
    const notes = await outboxTo(api, 'ana.lima@example.com', 'You already have a Rebound account');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('/sign-in');
    expect(await countRows(api, 'organizations')).toBe(before);
    expect(await countRows(api, 'sign_up_requests')).toBe(1);
  });

  it('refuses to finish a sign-up whose address got an account meanwhile, and writes nothing', async () => {
    await api.graphql(SIGN_UP, { input: { ...signUpInput, email: 'twice@example.com' } }, service());
    await api.graphql(SIGN_UP, { input: { ...signUpInput, email: 'twice@example.com' } }, service());
    const links = await outboxTo(api, 'twice@example.com', 'Finish creating your Rebound account');
    const [first, second] = links.map((mail) => new URL(/http\S+/.exec(mail)![0]).searchParams.get('token')!);
    expect((await api.graphql(CONFIRM_SIGN_UP, { token: first }, service())).errors).toBeUndefined();
    const before = await countRows(api, 'organizations');
    const result = await api.graphql(CONFIRM_SIGN_UP, { token: second }, service());
    expect(result.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'EMAIL_TAKEN',
      fields: [
        {
          path: 'token',
          code: 'EMAIL_TAKEN',
          message: 'An account with this email already exists. Sign in instead.',
        },
      ],
    });
    expect(await countRows(api, 'organizations')).toBe(before);
  });

  it.each([
    [{ password: 'short' }, 'input.password', 'PASSWORD_TOO_SHORT', { limit: 10 }],
    [{ password: 'p'.repeat(201) }, 'input.password', 'TOO_LONG', { limit: 200 }],
    [
      { email: 'marcus@example.com', password: 'marcus-rules-forever' },
      'input.password',
      'PASSWORD_CONTAINS_EMAIL',
      undefined,
    ],
    [{ email: 'not-an-email' }, 'input.email', 'INVALID_EMAIL', undefined],
    [{ name: '' }, 'input.name', 'REQUIRED', undefined],
  ])('answers BAD_USER_INPUT naming the field for %p', async (change, path, code, params) => {
    const result = await api.graphql(
      SIGN_UP,
      { input: { ...signUpInput, email: 'new@example.com', ...change } },
      service(),
    );
    expect(result.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path, code, message: expect.any(String), ...(params ? { params } : {}) }],
    });
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

  describe('wrong passwords', () => {
    const owner = { email: 'guarded@example.com', password: 'a patient mountain path' };
    beforeAll(async () => {
      await signUpAndConfirm(api, { ...signUpInput, ...owner, organizationName: 'Guarded Co' });
    });

    const signIn = (password: string, ip: string, email = owner.email) =>
      api.graphql<{ signIn: { session: { sessionId: string } } }>(
        SIGN_IN,
        { input: { email, password } },
        service(ip),
      );

    /** The wait an address owes has passed (as if its seconds went by). */
    const waitOver = () =>
      withClient(api.database.ownerUrl, (client) =>
        client.query(`UPDATE rate_limits SET expire = 0 WHERE key LIKE 'signInDelay:%'`),
      );

    it('make the guessing address wait longer each time, never its owner elsewhere', async () => {
      const guesser = '198.51.100.1';
      for (let i = 0; i < 3; i += 1) {
        expect((await signIn('wrong password!', guesser)).errors?.[0].extensions?.code).toBe(
          'BAD_USER_INPUT',
        );
      }
      const waits: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        expect((await signIn('wrong password!', guesser)).errors?.[0].extensions?.fields).toEqual([
          { path: 'input.password', code: 'WRONG_CREDENTIALS', message: 'Email or password is incorrect.' },
        ]);
        const refused = await signIn('wrong password!', guesser);
        expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
        waits.push((refused.errors![0].extensions as { retryAfterSeconds: number }).retryAfterSeconds);
        await waitOver();
      }
      expect(waits).toEqual([1, 2, 4]);

      // Still waiting: even the right password from the guessing address waits its turn...
      await signIn('wrong password!', guesser);
      expect((await signIn(owner.password, guesser)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      // ...while the owner, from their own address, signs in at once.
      const fromHome = await signIn(owner.password, '192.0.2.200');
      expect(fromHome.errors).toBeUndefined();
      expect(fromHome.data?.signIn.session?.sessionId).toBeTruthy();
    });

    it('tell the owner once, not on every attempt, and tell no one about an unknown email', async () => {
      const notices = await outboxTo(api, owner.email, 'Several wrong passwords for your Rebound account');
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain('198.51.100.1');
      expect(notices[0]).toContain('/forgot-password');

      for (let i = 0; i < 5; i += 1) await signIn('wrong password!', '198.51.100.2', 'ghost@example.com');
      expect(await outboxTo(api, 'ghost@example.com')).toEqual([]);
    });

    it('start afresh for the pair after the right password', async () => {
      const ip = '198.51.100.3';
      for (let i = 0; i < 3; i += 1) await signIn('wrong password!', ip);
      expect((await signIn(owner.password, ip)).errors).toBeUndefined();
      for (let i = 0; i < 3; i += 1) {
        expect((await signIn('wrong password!', ip)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
    });

    it('refuse an address after 50 failures across accounts, and only that address', async () => {
      const ip = '198.51.100.4';
      for (let i = 0; i < 50; i += 1) {
        const result = await signIn('wrong password!', ip, `spray-${i}@example.com`);
        expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect((await signIn(owner.password, ip)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect((await signIn(owner.password, '198.51.100.5')).errors).toBeUndefined();
    });

    it('cost an unknown email the same password-hash work as a known one', async () => {
      const timed = async (email: string, ip: string) => {
        const started = performance.now();
        await signIn('wrong password!', ip, email);
        return performance.now() - started;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      // Interleaved, each from its own address (no waits), so machine load hits both alike.
      for (let i = 0; i < 9; i += 1) {
        known.push(await timed(owner.email, `203.0.113.${100 + i}`));
        unknown.push(await timed(`nobody-${i}@example.com`, `203.0.113.${150 + i}`));
      }
      // Without the decoy an unknown email skipped argon2 and answered in about half the time.
      expect(median(unknown) / median(known)).toBeGreaterThan(0.75);
    });
  });

  it('ends a session on sign-out: the old token is UNAUTHENTICATED on the next call', async () => {
    const session = await signUpAndConfirm(api, {
      ...signUpInput,
      email: 'leaving@example.com',
      organizationName: 'Leaving Ltd',
    });
    const token = await tokenOf(session);
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
    const first = await api.graphql<{ signIn: { session: { sessionId: string; user: { id: string } } } }>(
      SIGN_IN,
      { input: { email: 'leaving@example.com', password: signUpInput.password } },
      service('192.0.2.10'),
    );
    const second = await api.graphql<{ signIn: { session: { sessionId: string; user: { id: string } } } }>(
      SIGN_IN,
      { input: { email: 'leaving@example.com', password: signUpInput.password } },
      service('192.0.2.10'),
    );
    const laptop = asMember(await tokenOf(first.data!.signIn.session));
    const phone = asMember(await tokenOf(second.data!.signIn.session));
    expect((await api.graphql('mutation { signOutEverywhere }', {}, laptop)).data).toEqual({
      signOutEverywhere: true,
    });
    expect((await api.graphql('mutation { signOut }', {}, phone)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('resets a password by a single-use emailed link and signs out every session', async () => {
    const signedIn = await api.graphql<{ signIn: { session: { sessionId: string; user: { id: string } } } }>(
      SIGN_IN,
      { input: { email: 'leaving@example.com', password: signUpInput.password } },
      service('192.0.2.11'),
    );
    const oldSession = asMember(await tokenOf(signedIn.data!.signIn.session));
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
      {
        path: 'input.token',
        code: 'RESET_LINK_INVALID',
        message: 'This reset link is invalid or has expired. Ask for a new one.',
      },
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
    const session = await signUpAndConfirm(api, {
      ...signUpInput,
      email: 'banned@example.com',
      organizationName: 'Banned Co',
    });
    const headers = asMember(await tokenOf(session));
    await withClient(api.database.ownerUrl, (client) =>
      client.query('UPDATE users SET disabled_at = now() WHERE id = $1', [session.user.id]),
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

async function outboxTo(api: TestApi, to: string, subject?: string): Promise<string[]> {
  return withClient(api.database.ownerUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT text_body FROM email_outbox WHERE to_address = $1 AND ($2::text IS NULL OR subject = $2) ORDER BY created_at, id`,
      [to, subject ?? null],
    );
    return rows.map((row: { text_body: string }) => row.text_body);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Signs up and follows the emailed link, as a person would: the new account's session. */
async function signUpAndConfirm(
  api: TestApi,
  input: Record<string, string>,
): Promise<{ sessionId: string; user: { id: string } }> {
  await api.graphql(SIGN_UP, { input }, service('192.0.2.99'));
  const mails = await outboxTo(api, input.email.toLowerCase(), 'Finish creating your Rebound account');
  const token = new URL(/http\S+/.exec(mails.at(-1)!)![0]).searchParams.get('token')!;
  const result = await api.graphql<{ confirmSignUp: { sessionId: string; user: { id: string } } }>(
    CONFIRM_SIGN_UP,
    { token },
    service('192.0.2.99'),
  );
  return result.data!.confirmSignUp;
}
